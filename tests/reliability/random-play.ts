// Reliability: for every shipped scenario, the checker's report is the promise and seeded random play is the proof.
// Hundreds of random play-throughs must each end at an ending the checker listed, with no runtime error or tag
// problem, and with evidence inside the ranges the checker computed. A save taken at a random decision must come
// back (by ink state, and by replaying its choice log) to the same ending and evidence. Every failure names its seed:
// play-through i uses mulberry32(i) for its picks and i as ink's seed.
// The scenarios are shared among a few test files (random-play-*.test.ts), so the unit tests' two workers share the
// work: in one file they were one worker's 94-121 s while the other had finished everything else.

import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../tools/checker/check';
import type { StoryReport } from '../../tools/checker/analyse';
import {
  StoryRunner,
  type ChoiceBeat,
  type LoggedChoice,
  type Option,
  type StoryError,
} from '../../src/story/runner';
import { makeSave, restore, type Restored, type StorySave } from '../../src/story/save';
import { foldEvidence, type ScoreRange } from '../../src/scoring/evidence';
import { OUTCOMES } from '../../src/scoring/outcomes';
import { STORIES_DIR, compiled, freshStory, registries } from '../support/stories';
import { mulberry32, type Random } from '../support/random';

/** Random play-throughs per scenario; more (up to MAX_PLAYS) only while an ending the checker found is unreached. */
const PLAYS = 500;
const MAX_PLAYS = 3000;
/** Play-throughs (the first seeds) also saved at a random decision and restored both ways. */
const RESTORES = 100;
/** More decisions than this in one play-through means a loop. */
const CHOICE_LIMIT = 500;
/** Failures listed per assertion: enough to see a pattern, few enough to read. */
const SHOW = 15;

const storyFiles = readdirSync(STORIES_DIR)
  .filter((f) => f.endsWith('.ink'))
  .sort()
  .map((f) => join(STORIES_DIR, f));

interface Run {
  seed: number;
  chosen: Option[];
  log: LoggedChoice[];
  ending: string | null;
  error: string | null;
  problems: string[];
}

type Stop =
  | { kind: 'choices'; options: Option[] }
  | { kind: 'ending'; ending: string | null }
  | { kind: 'error'; message: string };

const problemText = (p: StoryError): string => `${p.kind} problem: ${p.message} near "${p.near ?? ''}"`;

/**
 * Plays on from wherever the runner is, picking with `rng` and appending to `chosen`, until an ending or an error,
 * or until the choice point at which `chosen` holds `stopAt` options (returned unchosen).
 */
function drive(runner: StoryRunner, rng: Random, chosen: Option[], stopAt = Number.POSITIVE_INFINITY): Stop {
  for (let guard = 0; guard < 100_000; guard += 1) {
    const beat = runner.next();
    if (beat.kind === 'line') continue;
    if (beat.kind === 'ending') return { kind: 'ending', ending: beat.ending };
    if (beat.kind === 'error') return { kind: 'error', message: problemText(beat.error) };
    if (chosen.length >= stopAt) return { kind: 'choices', options: beat.options };
    if (chosen.length >= CHOICE_LIMIT)
      return { kind: 'error', message: `more than ${CHOICE_LIMIT} choices: a loop?` };
    const option = rng.pick(beat.options);
    chosen.push(option);
    const err = runner.choose(option.index);
    if (err) return { kind: 'error', message: problemText(err) };
  }
  return { kind: 'error', message: 'the story did not end' };
}

function playThrough(file: string, seed: number): Run {
  const problems: string[] = [];
  const runner = new StoryRunner(freshStory(file), {
    registries,
    seed,
    onProblem: (p) => problems.push(problemText(p)),
  });
  const chosen: Option[] = [];
  const stop = drive(runner, mulberry32(seed), chosen);
  return {
    seed,
    chosen,
    log: [...runner.choiceLog],
    ending: stop.kind === 'ending' ? stop.ending : null,
    error:
      stop.kind === 'error' ? stop.message : stop.kind === 'choices' ? 'stopped at a choice point' : null,
    problems,
  };
}

const sums = (chosen: readonly Option[]): Record<string, number> => {
  const evidence = foldEvidence(chosen, {});
  return Object.fromEntries(OUTCOMES.map(({ id }) => [id, evidence[id]!.sum]));
};

/** What went wrong with one play-through against the checker's report (empty when nothing did). */
function runFailures(run: Run, report: StoryReport, ranges: Record<string, ScoreRange>): string[] {
  const out: string[] = [];
  const at = `seed ${run.seed}`;
  if (run.error) out.push(`${at}: ${run.error}`);
  for (const p of run.problems) out.push(`${at}: ${p}`);
  if (run.ending === null && !run.error) out.push(`${at}: ended without a named ending`);
  else if (run.ending !== null && !report.endings.includes(run.ending))
    out.push(`${at}: ending "${run.ending}" is not one the checker listed`);
  const evidence = foldEvidence(run.chosen, ranges);
  for (const { id } of OUTCOMES) {
    const { min, max } = ranges[id] ?? { min: 0, max: 0 };
    const { sum, percent } = evidence[id]!;
    if (sum < min || sum > max)
      out.push(`${at}: ${id} evidence ${sum} is outside the checker's range [${min}, ${max}]`);
    if (!(percent >= 0 && percent <= 100)) out.push(`${at}: ${id} percent ${percent} is outside 0-100`);
  }
  return out;
}

/** The options a replay chose, rebuilt from the choice points it passed and the indices in its log. */
function chosenByReplay(restored: Restored): Option[] {
  const points = restored.replayed.filter((b): b is ChoiceBeat => b.kind === 'choices');
  return restored.runner.choiceLog.map((logged, step) => {
    const option = points[step]?.options.find((o) => o.index === logged.index);
    if (!option)
      throw new Error(
        `replay step ${step}: no option ${logged.index} ("${logged.text}") among the replayed choices`,
      );
    return option;
  });
}

function lazy<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

/** Describes the random play of every `of`-th scenario (in order of file name) from the `part`-th (0-based). */
export function describeRandomPlay(part: number, of: number): void {
  for (const file of storyFiles.filter((_, i) => i % of === part)) describeStory(file);
}

function describeStory(file: string): void {
  const id = basename(file, '.ink');
  describe(`random play: ${id}`, () => {
    const report = lazy(() => checkFile(file, { registries }).report);
    const ranges = lazy(
      () =>
        Object.fromEntries(
          Object.entries(report().outcomes).map(([o, { min, max }]) => [o, { min, max }]),
        ) as Record<string, ScoreRange>,
    );
    /** PLAYS seeded play-throughs, extended one seed at a time while a listed ending is still unreached. */
    let played: Run[] | null = null;
    const runs = lazy(() => {
      const out: Run[] = (played = []);
      const wanted = new Set(report().endings);
      const reached = new Set<string>();
      for (let seed = 0; seed < MAX_PLAYS; seed += 1) {
        if (seed >= PLAYS && [...wanted].every((e) => reached.has(e))) break;
        const run = playThrough(file, seed);
        out.push(run);
        if (run.ending !== null) reached.add(run.ending);
      }
      return out;
    });
    let restoresChecked = 0;

    afterAll(() => {
      // Nothing to sum up when the play-throughs never ran (a filtered run, or the checker failed first).
      if (!played) return;
      const counts = new Map<string, number>();
      for (const r of played) counts.set(r.ending ?? '(none)', (counts.get(r.ending ?? '(none)') ?? 0) + 1);
      const reached = [...counts].map(([e, n]) => `${e} ${n}`).join(', ');
      console.log(
        `${id}: ${played.length} plays; endings reached ${counts.size}/${report().endings.length} (${reached}); ${restoresChecked} restores checked (state and replay)`,
      );
    });

    it('the checker explores the whole story and lists its endings and score ranges', () => {
      const r = report();
      expect(r.complete, 'exploration complete, so the ranges are exact').toBe(true);
      expect(r.endings.length).toBeGreaterThan(0);
      for (const { id: outcome } of OUTCOMES) expect(r.outcomes[outcome], outcome).toBeDefined();
    });

    it(`${PLAYS}+ seeded random play-throughs end at a listed ending, cleanly, with evidence inside the checked ranges`, () => {
      const played = runs();
      expect(played.length).toBeGreaterThanOrEqual(PLAYS);
      const failures = played.flatMap((run) => runFailures(run, report(), ranges()));
      expect(failures.slice(0, SHOW), `${failures.length} failures`).toEqual([]);
    });

    it(`random play reaches every ending the checker lists (within ${MAX_PLAYS} plays)`, () => {
      const reached = new Set(runs().flatMap((r) => (r.ending === null ? [] : [r.ending])));
      expect([...reached].sort()).toEqual([...report().endings].sort());
    });

    it(`a save at a random decision, restored by state and by replay, finishes the same (${RESTORES} seeds)`, () => {
      const hash = compiled(file).hash;
      const failures: string[] = [];
      for (const run of runs().slice(0, RESTORES)) {
        const at = `seed ${run.seed}`;
        if (run.error || run.chosen.length === 0) {
          failures.push(
            `${at}: the uninterrupted play-through has nothing to save (${run.error ?? 'no decisions'})`,
          );
          continue;
        }
        const problems: string[] = [];
        const opts = { registries, onProblem: (p: StoryError) => problems.push(problemText(p)) };
        const expected = { ending: run.ending, evidence: foldEvidence(run.chosen, ranges()), log: run.log };

        // Play the same seed again and stop at decision `stopAt`, before choosing.
        const stopAt = mulberry32(run.seed ^ 0x5bd1e995).int(run.chosen.length);
        const rng = mulberry32(run.seed);
        const original = new StoryRunner(freshStory(file), { ...opts, seed: run.seed });
        const before: Option[] = [];
        const stop = drive(original, rng, before, stopAt);
        if (stop.kind !== 'choices') {
          failures.push(
            `${at}: expected decision ${stopAt + 1} but reached ${stop.kind === 'ending' ? `ending ${stop.ending}` : stop.message}`,
          );
          continue;
        }
        const save = JSON.parse(JSON.stringify(makeSave(original, id, hash))) as StorySave;
        const texts = stop.options.map((o) => o.text);

        const finish = (how: 'state' | 'replay', restored: Restored, chosenBefore: Option[]) => {
          const where = `${at}, ${how} restore at decision ${stopAt + 1}`;
          if (restored.how !== how) failures.push(`${where}: restored by ${restored.how}`);
          if (restored.divergence)
            failures.push(
              `${where}: diverged at step ${restored.divergence.step}: ${restored.divergence.reason}`,
            );
          const first = restored.runner.next();
          const firstTexts =
            first.kind === 'choices' ? first.options.map((o) => o.text) : [`(${first.kind})`];
          if (JSON.stringify(firstTexts) !== JSON.stringify(texts))
            failures.push(
              `${where}: resumes at ${JSON.stringify(firstTexts)}, not the saved choice point ${JSON.stringify(texts)}`,
            );
          const chosen = [...chosenBefore];
          const end = drive(restored.runner, rng.clone(), chosen);
          const got = {
            ending: end.kind === 'ending' ? end.ending : `(${end.kind === 'error' ? end.message : end.kind})`,
            evidence: foldEvidence(chosen, ranges()),
            log: [...restored.runner.choiceLog],
          };
          if (got.ending !== expected.ending)
            failures.push(`${where}: ending ${got.ending}, uninterrupted ${expected.ending}`);
          if (JSON.stringify(got.evidence) !== JSON.stringify(expected.evidence))
            failures.push(
              `${where}: evidence ${JSON.stringify(sums(chosen))}, uninterrupted ${JSON.stringify(sums(run.chosen))}`,
            );
          if (JSON.stringify(got.log) !== JSON.stringify(expected.log))
            failures.push(`${where}: choice log differs from the uninterrupted one`);
        };

        finish(
          'state',
          restore(() => freshStory(file), hash, save, opts),
          before,
        );
        const replayed = restore(() => freshStory(file), `${hash}-other`, save, opts);
        if (replayed.how !== 'replay') {
          failures.push(`${at}: a save with another hash was restored by ${replayed.how}, not by replay`);
          continue;
        }
        let replayedBefore: Option[];
        try {
          replayedBefore = chosenByReplay(replayed);
        } catch (e) {
          failures.push(`${at}: ${(e as Error).message}`);
          continue;
        }
        if (JSON.stringify(replayedBefore) !== JSON.stringify(before))
          failures.push(`${at}: the replay chose different options before the save`);
        finish('replay', replayed, replayedBefore);
        for (const p of problems) failures.push(`${at}: ${p}`);
        restoresChecked += 1;
      }
      expect(failures.slice(0, SHOW), `${failures.length} failures`).toEqual([]);
      expect(restoresChecked).toBe(Math.min(RESTORES, runs().length));
    });
  });
}
