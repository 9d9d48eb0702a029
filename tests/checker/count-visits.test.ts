// The workshop counts every visit on its one compile instead of compiling again (tools/checker/count-visits.ts):
// held here to the compiler's countAllVisits on every story we ship and every fixture, container by container, and
// the workshop's check gives the same report either way.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompiled } from '../../tools/checker/check-compiled';
import { countEveryVisit } from '../../tools/checker/count-visits';
import { forEachContainer } from '../../tools/checker/containers';
import type { Story } from 'inkjs/engine/Story';
import { loadStoryData, registriesFrom } from '../../tools/ink/registries';
import { compileInkSource } from '../../tools/ink/compile-source';

const ROOT = join(import.meta.dirname, '..', '..');
const files = [
  ...readdirSync(join(ROOT, 'stories'))
    .filter((f) => f.endsWith('.ink'))
    .map((f) => join(ROOT, 'stories', f)),
  ...readdirSync(join(ROOT, 'tests/fixtures/stories'))
    .filter((f) => f.endsWith('.ink') && f !== 'broken-syntax.ink')
    .map((f) => join(ROOT, 'tests/fixtures/stories', f)),
];

function counted(story: Story): string[] {
  const out: string[] = [];
  forEachContainer(story, (c) => {
    if (c.visitsShouldBeCounted) out.push(String(c.path));
  });
  return out.sort();
}

describe('counting every visit on the one compile', () => {
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))(
    '%s: the same containers as the compiler',
    (_, file) => {
      const source = readFileSync(file, 'utf8');
      const once = compileInkSource(source, file);
      const again = compileInkSource(source, file, { countAllVisits: true });
      expect(once.story && again.story).toBeTruthy();
      countEveryVisit(once.story!);
      expect(counted(once.story!)).toEqual(counted(again.story!));
    },
  );

  it('gives the same report as compiling again, on our largest story', () => {
    const file = join(ROOT, 'stories/found-on-the-floor.ink');
    const source = readFileSync(file, 'utf8');
    const registries = registriesFrom(loadStoryData(join(ROOT, 'stories')));
    const options = { registries, bar: 'advice' as const, strict: true };
    const inPlace = checkCompiled(compileInkSource(source, file), { ...options, countInPlace: true });
    const twice = checkCompiled(compileInkSource(source, file), options);
    // Everything but the speed it was found at.
    expect({ ...inPlace, statesPerSecond: 0 }).toEqual({ ...twice, statesPerSecond: 0 });
    expect(inPlace.states).toBeGreaterThan(100);
  });
});
