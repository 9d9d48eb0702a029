// The browser-safe checker on source text: the same problems as the command, on the lines they belong to, with the
// scenario bar as advice for a trainer's own story.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, type SourceCheck } from '../../tools/checker/check-source';
import { seniorNames } from '../../tools/checker/option-sets';
import { loadStoryData, registriesFrom } from '../../tools/ink/registries';
import { fixture, fixtureRegistries } from '../support/fixtures';

const read = (name: string) => readFileSync(fixture(name), 'utf8');
const errors = (c: SourceCheck) => c.diagnostics.filter((d) => d.severity === 'error');
const at = (c: SourceCheck, severity: string) =>
  c.diagnostics.filter((d) => d.severity === severity).map((d) => `${d.line}: ${d.message}`);

// A scenario with everything right, and too short for the bar: one decision, one ending.
const SMALL = [
  '# title: Tea',
  '# outcomes: 1.4a',
  '-> start',
  '=== start ===',
  'Mrs Kaur looks up. # speaker: kaur',
  '* [Ask what she would like # rating: best # score: 1.4a +1 # feedback: Asking keeps her in charge.]',
  '  -> fin',
  '* [Bring what you think # rating: poor # score: 1.4a -1 # feedback: You chose for her.]',
  '  -> fin',
  '=== fin ===',
  'She smiles. # ending: tea',
  '-> END',
].join('\n');

describe('checkSource', () => {
  it('reports a syntax error on the line it is on, with no figures and nothing to play', () => {
    const source = ['-> start', '=== start ===', 'Hello.', '', '', '* [Unclosed option', '  -> END'].join(
      '\n',
    );
    const c = checkSource(source, fixtureRegistries, { bar: 'advice' });
    expect(errors(c)).toHaveLength(1);
    expect(errors(c)[0]).toMatchObject({ line: 6, severity: 'error' });
    expect(errors(c)[0]!.message).toContain("Expected closing ']'");
    expect(c.figures).toBeNull();
    expect(c.compiled).toBeNull();
  });

  it('moves with the text: the same error two lines lower is reported two lines lower', () => {
    const source = read('broken-syntax.ink');
    const first = errors(checkSource(source, fixtureRegistries, { bar: 'advice' }))[0]!;
    const moved = errors(checkSource(`// one\n// two\n${source}`, fixtureRegistries, { bar: 'advice' }))[0]!;
    expect(first.line).toBe(5);
    expect(moved.line).toBe(7);
  });

  it('reports unknown tags, options without rating or feedback, and dead ends as errors, even in advice mode', () => {
    const bad = checkSource(read('bad-tags.ink'), fixtureRegistries, { bar: 'advice' });
    expect(at(bad, 'error')).toEqual(
      expect.arrayContaining([
        '3: unknown tag key "colour" (in "# colour: blue")',
        '6: unknown speaker or cast id "nobody" (in "# speaker: nobody")',
        '7: visible choice has no "rating"',
        '13: visible choice has no "feedback"',
      ]),
    );
    expect(bad.compiled).toBeNull();
    expect(bad.figures).not.toBeNull();
    const dead = checkSource(read('dead-end.ink'), fixtureRegistries, { bar: 'advice' });
    expect(at(dead, 'error')).toContain(
      "10: dead end: ran out of content. Do you need a '-> DONE' or '-> END'?",
    );
    expect(dead.compiled).toBeNull();
  });

  it('holds a story to the tag contract even before it declares its outcomes', () => {
    const source = SMALL.replace('# outcomes: 1.4a\n', '').replace(' # feedback: You chose for her.', '');
    const c = checkSource(source, fixtureRegistries, { bar: 'advice' });
    expect(at(c, 'error')).toEqual(['7: visible choice has no "feedback"']);
  });

  it('gives a bar shortfall as advice in advice mode, and as an error under the full bar', () => {
    const advice = checkSource(SMALL, fixtureRegistries, { bar: 'advice' });
    expect(errors(advice)).toEqual([]);
    expect(at(advice, 'advice')).toContain(
      '1: scenario bar: the shortest path has 1 decisions; every path needs at least 8',
    );
    expect(advice.figures).toMatchObject({
      endings: 1,
      decisions: { min: 1, max: 1 },
      criticals: 0,
      notes: 0,
      barMet: false,
    });
    expect(advice.figures!.outcomes['1.4a']).toEqual({ min: -1, max: 1 });
    expect(advice.figures!.barProblems).toContain(
      'the shortest path has 1 decisions; every path needs at least 8',
    );
    // Playable: compiled, with the figures the game's scoring needs.
    expect(advice.compiled).toMatchObject({ endings: ['tea'], decisions: { min: 1, max: 1 } });
    expect(advice.compiled!.ranges['1.4a']).toEqual({ min: -1, max: 1 });
    expect(JSON.parse(advice.compiled!.json)).toHaveProperty('inkVersion');

    const full = checkSource(SMALL, fixtureRegistries, { bar: 'full' });
    expect(at(full, 'advice')).toEqual([]);
    expect(at(full, 'error')).toEqual(at(advice, 'advice'));
    expect(full.compiled).toBeNull();
  });

  it('gives the same figures as `npm run check:stories` for one of our stories', () => {
    const file = join('stories', 'nothing-after-midnight.ink');
    const data = loadStoryData('stories');
    const c = checkSource(readFileSync(file, 'utf8'), registriesFrom(data), {
      bar: 'full',
      fileName: file,
      seniorNames: seniorNames(data.cast),
    });
    const run = spawnSync('npx', ['tsx', 'scripts/check-stories.ts', file, '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const r = (JSON.parse(run.stdout) as { stories: Record<string, unknown>[] }).stories[0] as {
      endings: string[];
      minDecisions: number;
      maxDecisions: number;
      outcomes: Record<string, { min: number; max: number }>;
      criticals: number;
      notes: number;
      states: number;
    };
    expect(c.diagnostics.filter((d) => d.severity !== 'warning')).toEqual([]);
    expect(c.figures).toEqual({
      endings: r.endings.length,
      decisions: { min: r.minDecisions, max: r.maxDecisions },
      outcomes: Object.fromEntries(
        Object.entries(r.outcomes).map(([k, o]) => [k, { min: o.min, max: o.max }]),
      ),
      criticals: r.criticals,
      notes: r.notes,
      states: r.states,
      barMet: true,
      barProblems: [],
    });
    expect(c.compiled?.endings).toEqual(r.endings);
  });

  it('refuses an INCLUDE: a trainer writes the whole scenario in one file', () => {
    const c = checkSource('INCLUDE other.ink\nHello.\n-> END\n', fixtureRegistries, { bar: 'advice' });
    expect(errors(c).length).toBeGreaterThan(0);
    expect(
      errors(c)
        .map((d) => d.message)
        .join('\n'),
    ).toMatch(/INCLUDE is not available/);
  });
});
