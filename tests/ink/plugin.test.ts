// The Vite plugin: tests import .ink files directly (the same plugin as the game build), and a broken story
// fails a real build with its file and line.
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Story } from 'inkjs';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import visit from '../fixtures/stories/visit.ink';
import { inkPlugin } from '../../tools/ink/vite-plugin';
import { StoryRunner } from '../../src/story/runner';
import { fixture } from '../support/fixtures';
import { compileInkFile } from '../../tools/ink/compile';

describe('ink Vite plugin', () => {
  it('compiles an imported .ink file to story JSON, a content hash, metadata and score ranges', () => {
    expect(visit.id).toBe('visit');
    expect(visit.hash).toBe(compileInkFile(fixture('visit.ink')).hash);
    expect(visit.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(visit.meta.title).toBe('A short visit');
    expect(visit.ranges['1.4a']).toEqual({ min: -2, max: 2 });
    expect(visit.endings).toEqual(['talked-it-through']);
    const runner = new StoryRunner(new Story(visit.json) as never);
    expect(runner.next()).toMatchObject({ kind: 'line', text: 'Mrs Kaur looks up from her chair.' });
  });

  const buildWith = async (storyName: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-plugin-'));
    for (const f of ['cast.json', 'moods.json', 'locations.json', 'sounds.json'])
      copyFileSync(fixture(f), join(dir, f));
    copyFileSync(fixture(storyName), join(dir, storyName));
    writeFileSync(
      join(dir, 'main.js'),
      `import s from './${storyName}';\nimport { scenarios } from 'virtual:scenarios';\nconsole.log(s.id, scenarios.length);\n`,
    );
    return build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      plugins: [inkPlugin({ storiesDir: dir })],
      build: { write: false, lib: { entry: join(dir, 'main.js'), formats: ['es'] } },
    });
  };

  it('builds a good story and its catalogue', async () => {
    await expect(buildWith('visit.ink')).resolves.toBeTruthy();
  });

  it('fails the build on an ink syntax error, naming the file and line', async () => {
    await expect(buildWith('broken-syntax.ink')).rejects.toThrow(
      /broken-syntax\.ink:5: Expected closing '\]'/,
    );
  });

  it('fails the build on an ink warning (a loose end) with its line', async () => {
    await expect(buildWith('dead-end.ink')).rejects.toThrow(/dead-end\.ink:10: Apparent loose end/);
  });

  it('fails the build on a tag that breaks the contract', async () => {
    await expect(buildWith('bad-tags.ink')).rejects.toThrow(/bad-tags\.ink:7: unknown tag key "ratng"/);
  });
});
