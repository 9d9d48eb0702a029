import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../tools/checker/check';
import { fixture, fixtureRegistries } from '../support/fixtures';
import { seniorNames, seniorPattern } from '../../tools/checker/option-sets';
import { duplicateCastIds } from '../../tools/checker/cast';

const check = (name: string, bar = false) =>
  checkFile(fixture(name), { registries: fixtureRegistries, bar }).report;
const messages = (r: ReturnType<typeof check>, kind: 'errors' | 'warnings' = 'errors') =>
  r[kind].map((e) => `${e.line}: ${e.message}`);

describe('story checker', () => {
  it('gives the figures for a clean story', () => {
    const r = check('visit.ink');
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({
      title: 'A short visit',
      complete: true,
      endings: ['talked-it-through'],
      decisionPoints: 2,
      minDecisions: 2,
      maxDecisions: 2,
      criticals: 1,
      notes: 1,
      speakers: ['kaur', 'sam', 'you'],
      moods: { kaur: ['worried'] },
    });
    expect(r.outcomes['1.4a']).toEqual({ min: -2, max: 2, scoredChoices: 2, minDecisions: 1 });
    expect(r.outcomes['1.4c']).toEqual({ min: -1, max: 2, scoredChoices: 3, minDecisions: 1 });
    expect(r.states).toBeGreaterThanOrEqual(2);
    // No role cards for pairs in this fixture: reported, one warning per decision point.
    expect(r.partners).toMatchObject({ decisionPoints: 2, withDirection: 0 });
    expect(r.warnings.filter((w) => w.message.startsWith('no partner direction'))).toHaveLength(2);
  });

  it('reports a compile error with its file and line', () => {
    const r = check('broken-syntax.ink');
    expect(r.errors).toEqual([
      {
        file: fixture('broken-syntax.ink'),
        line: 5,
        message: "Expected closing ']' for weave-style option but saw end of line",
      },
    ]);
  });

  it('reports each contract error kind with its line', () => {
    expect(messages(check('bad-tags.ink'))).toEqual([
      '1: outcome 1.4b is listed in "outcomes:" but no choice scores it',
      '3: unknown tag key "colour" (in "# colour: blue")',
      '6: unknown mood "grumpy" (in "# mood: sam grumpy")',
      '6: unknown speaker or cast id "nobody" (in "# speaker: nobody")',
      '7: unknown tag key "ratng" (in "# ratng: best")',
      '7: visible choice has no "rating"',
      '9: +3 is out of range (-2 to +2) (in "# score: 1.4a +3")',
      '9: visible choice has no "score"',
      '11: unknown outcome id "2.1z" (in "# score: 2.1z +1")',
      '11: visible choice has no "score"',
      '13: visible choice has no "feedback"',
      '20: this path ends without an "ending:" tag on its last line',
      '22: knot or stitch "orphan" is never reached',
    ]);
  });

  it('reports a dead end and the compiler warning that goes with it', () => {
    expect(messages(check('dead-end.ink'))).toEqual([
      "10: Apparent loose end exists where the flow runs out. Do you need a '-> DONE' statement, choice or divert?",
      "10: dead end: ran out of content. Do you need a '-> DONE' or '-> END'?",
    ]);
  });

  it('reports an ink runtime error on the path that raises it', () => {
    expect(messages(check('runtime-error.ink'))).toEqual([
      '6: runtime error: Cannot perform operation * on String',
    ]);
  });

  it('keeps once-only choices apart when a weave loops back, and merges routes that rejoin', () => {
    const r = check('loop.ink');
    expect(r.errors).toEqual([]);
    // Asking both questions in either order, then leaving: up to 3 decisions, and each option offered once.
    expect(r).toMatchObject({ complete: true, minDecisions: 1, maxDecisions: 3, endings: ['left'] });
    expect(r.outcomes['1.4b']).toMatchObject({ min: 0, max: 2 });
    expect(r.states).toBe(4);
    // visit.ink's three first options rejoin at the same knot with nothing changed: one state, not three.
    expect(check('visit.ink').states).toBe(2);
  });

  it('checks the scenario bar when asked', () => {
    expect(messages(check('visit.ink', true))).toEqual([
      '1: scenario bar: 1 critical options; at least 2 are needed',
      '1: scenario bar: 1 named endings; at least 3 are needed',
      '1: scenario bar: 1 trainer notes; at least 3 are needed',
      '1: scenario bar: outcome 1.4a is scored by only 1 decision(s) on some path; every path needs at least 2',
      '1: scenario bar: outcome 1.4c is scored by only 1 decision(s) on some path; every path needs at least 2',
      '1: scenario bar: the best option is the longest in 50% of decision points; at most 40% may be',
      '1: scenario bar: the shortest path has 2 decisions; every path needs at least 8',
      // Role-play in pairs: under the bar, a decision point without a role card is an error.
      '12: no partner direction before this decision (partner:, partner-feels: … on a line before it)',
      '22: no partner direction before this decision (partner:, partner-feels: … on a line before it)',
    ]);
  });

  it('holds option sets to real partial credit (best > ok > poor on every outcome), as an error under the bar', () => {
    const partial = (m: string) => m.includes('partial credit');
    const withBar = messages(check('partial-credit.ink', true)).filter(partial);
    expect(withBar).toEqual([
      '12: partial credit: an ok option scores 1.4a below zero (-1)',
      // The poor option does not score 1.4a, so it counts 0 there: no lower than the best (0) or the ok (-1).
      '14: partial credit: on 1.4a this poor option (0) scores at least as much as the best option "Ask her what she needs" (0); best must score more',
      '14: partial credit: on 1.4a this poor option (0) scores at least as much as the ok option "Say you will be back" (-1); ok must score more',
      '14: partial credit: on 1.4c this poor option (0) scores at least as much as the ok option "Say you will be back" (0); ok must score more',
    ]);
    // The second decision keeps partial credit: the poor option is lower on 1.4d (+1 against +2) and 1.4c (-1 against 0).
    // Without the bar (a trainer's own story) the same findings are advice.
    const r = check('partial-credit.ink', false);
    expect(r.errors.map((e) => e.message).filter(partial)).toEqual([]);
    expect(r.warnings.map((e) => e.message).filter(partial)).toHaveLength(withBar.length);
  });

  it('warns where 1.4d is scored by an option that names nobody to get support from', () => {
    const r = check('partial-credit.ink', true);
    expect(messages(r, 'warnings')).toContain(
      '20: 1.4d is for getting support or advice, and this option names nobody to get it from (a private word or a record is 1.4c)',
    );
    expect(messages(r, 'warnings').some((m) => m.startsWith('18:') && m.includes('1.4d'))).toBe(false);
  });

  it('reports the option-set figures the bar asks for', () => {
    const r = checkFile(fixture('partial-credit.ink'), {
      registries: fixtureRegistries,
      bar: true,
      senior: seniorPattern(['Sam']),
    }).report;
    expect(r.optionSets).toEqual({
      withOk: 1,
      okShare: 0.5,
      bestLongest: 2,
      bestLongestShare: 1,
      bestNamesSenior: 1,
      bestOwnMove: 1,
      seniorOptions: 1,
      seniorOptionsBest: 1,
    });
    expect(messages(r)).toContain(
      "1: scenario bar: only 1 decision point(s) have a best option that is the learner's own move (naming no senior); at least 2 are needed",
    );
    expect(messages(r)).toContain(
      '1: scenario bar: 1 of the 1 options that name a senior are the best: "tell the senior" gives the answer away',
    );
  });

  it('explores a long third-party story within the state bound, with warnings and no crash', () => {
    // A story with none of our tags: a hub that loops, with a counter, so the state space never closes.
    const dir = mkdtempSync(join(tmpdir(), 'cc-third-party-'));
    const knots = Array.from({ length: 60 }, (_, i) =>
      [
        `=== room${i} ===`,
        `~ steps += 1`,
        `You are in room ${i}. {steps > 100: You are tired.}`,
        `+ [North] -> room${(i + 1) % 60}`,
        `+ [South] -> room${(i + 59) % 60}`,
        `+ {steps > 3} [Rest] -> hub`,
      ].join('\n'),
    );
    const source = [
      'VAR steps = 0',
      '-> hub',
      '=== hub ===',
      'A hall of doors.',
      '+ [Enter] -> room0',
      '+ [Leave] -> END',
      ...knots,
    ].join('\n');
    const file = join(dir, 'maze.ink');
    writeFileSync(file, source);
    const started = Date.now();
    const r = checkFile(file, { registries: fixtureRegistries, maxStates: 400 }).report;
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.complete).toBe(false);
    expect(r.errors).toEqual([]);
    expect(r.states).toBeGreaterThanOrEqual(400);
    expect(r.warnings.some((w) => w.message.includes('exploration stopped at the state bound'))).toBe(true);
    expect(r.warnings.some((w) => w.message.includes('visible choice has no "rating"'))).toBe(true);
  });

  it('runs as a command: exit 1 with file:line on errors, and --json prints one object', () => {
    const run = (args: string[]) =>
      spawnSync('npx', ['tsx', 'scripts/check-stories.ts', ...args], { encoding: 'utf8' });
    const bad = run([fixture('broken-syntax.ink')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('tests/fixtures/stories/broken-syntax.ink:5: Expected closing');
    const json = run([fixture('broken-syntax.ink'), '--json']);
    expect(json.status).toBe(1);
    const parsed = JSON.parse(json.stdout) as {
      stories: { file: string; complete: boolean; errors: { file: string; line: number }[] }[];
    };
    expect(parsed.stories[0]).toMatchObject({
      file: 'tests/fixtures/stories/broken-syntax.ink',
      complete: false,
    });
    expect(parsed.stories[0]!.errors[0]).toMatchObject({
      file: 'tests/fixtures/stories/broken-syntax.ink',
      line: 5,
    });
  });

  it('gives the scenario bar as advice for a file outside stories/: shown, never failing', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/check-stories.ts', fixture('visit.ink')], {
      encoding: 'utf8',
    });
    // visit.ink is far short of the bar (2 decisions, 1 ending), yet outside stories/ that is advice.
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'advice: tests/fixtures/stories/visit.ink:1: scenario bar: the shortest path has 2 decisions; every path needs at least 8',
    );
    expect(run.stdout).toMatch(/scenario bar: \d+ shortfalls \(advice, not failing\)/);
    expect(run.stdout).not.toContain('error:');
  });

  it("names a story's seniors by their short and first names, and senior words match whole words only", () => {
    const names = seniorNames({
      ewa: { name: 'Ewa Nowak', short: 'Ewa', role: 'senior carer on nights' },
      patel: { name: 'Mrs Hema Patel', short: 'Mrs Patel', role: 'resident' },
      osei: { name: 'Mr Michael Osei', short: 'Michael', role: 'registered manager' },
    });
    expect(names.sort()).toEqual(['Ewa', 'Michael']);
    const p = seniorPattern(names);
    expect(p.test('Call Ewa now')).toBe(true);
    expect(p.test('Ask your manager')).toBe(true);
    expect(p.test('Ring the office')).toBe(true);
    expect(p.test('Ask Mrs Patel first')).toBe(false);
    expect(p.test('Seniority is not the point')).toBe(false);
  });

  it('finds a cast id given twice in the registry, which JSON.parse would hide', () => {
    const text =
      '{\n  "daniel": { "name": "Daniel Tan" },\n  "kaur": {},\n  "daniel": { "name": "Daniel Cheung" }\n}\n';
    expect(duplicateCastIds(text)).toEqual([
      'cast id "daniel" is given 2 times: each person needs an id of their own',
    ]);
    expect(
      duplicateCastIds(readFileSync(join(import.meta.dirname, '..', '..', 'stories', 'cast.json'), 'utf8')),
    ).toEqual([]);
  });
});
