// Save and restore of a story in progress. A save carries two ways back: ink's own state (exact, but only valid
// for the same compiled story) and the log of choices (which survives an edit to the story, as long as the
// options chosen still exist). Restore prefers the first and falls back to the second.

import { StoryRunner, type Beat, type LoggedChoice, type RunnerOptions } from './runner';
import type { InkStory } from './ink';

export interface StorySave {
  version: 1;
  storyId: string;
  storyHash: string;
  seed: number;
  choiceLog: LoggedChoice[];
  linesSinceChoice: number;
  inkState: string;
  /** The ending named by a line already shown (a save on the last line must not lose it). */
  ending?: string | null;
}

export interface Divergence {
  /** Which logged choice (0-based) could no longer be followed. */
  step: number;
  reason: string;
}

export interface Restored {
  runner: StoryRunner;
  how: 'state' | 'replay';
  /** Beats produced while replaying (empty for a state restore), so a transcript can be rebuilt. */
  replayed: Beat[];
  /** Ink state at each replayed choice point, so a replayed decision can still be tried again. */
  states: string[];
  divergence: Divergence | null;
}

export function makeSave(runner: StoryRunner, storyId: string, storyHash: string): StorySave {
  return {
    version: 1,
    storyId,
    storyHash,
    seed: runner.seed,
    choiceLog: [...runner.choiceLog],
    linesSinceChoice: runner.linesSinceLastChoice,
    inkState: runner.inkState(),
    ending: runner.pendingEnding,
  };
}

/** Checks a save's shape field by field; anything else is not a save (a corrupt or foreign value). */
export function isStorySave(value: unknown): value is StorySave {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === 1 &&
    typeof v.storyId === 'string' &&
    typeof v.storyHash === 'string' &&
    typeof v.seed === 'number' &&
    Number.isInteger(v.linesSinceChoice) &&
    typeof v.inkState === 'string' &&
    (v.ending === undefined || v.ending === null || typeof v.ending === 'string') &&
    Array.isArray(v.choiceLog) &&
    v.choiceLog.every(
      (c: unknown) =>
        typeof c === 'object' &&
        c !== null &&
        Number.isInteger((c as LoggedChoice).index) &&
        typeof (c as LoggedChoice).text === 'string',
    )
  );
}

/**
 * Restores a save into a fresh story. `makeStory` must return a new, unplayed story each call (replay may
 * need a clean one after a failed state load).
 */
export function restore(
  makeStory: () => InkStory,
  storyHash: string,
  save: StorySave,
  options: RunnerOptions = {},
): Restored {
  if (save.storyHash === storyHash) {
    const runner = new StoryRunner(makeStory(), { ...options, seed: save.seed });
    try {
      runner.loadState(save.inkState, save.choiceLog, save.linesSinceChoice, save.ending ?? null);
      return { runner, how: 'state', replayed: [], states: [], divergence: null };
    } catch {
      // A state that will not load (hand-edited, truncated) still has its choice log: replay it below.
    }
  }
  return replay(makeStory(), save.choiceLog, save.linesSinceChoice, { ...options, seed: save.seed });
}

/** Plays the logged choices again, matching options by their text so a reordered story still follows. */
export function replay(
  story: InkStory,
  log: readonly LoggedChoice[],
  linesAfter: number,
  options: RunnerOptions = {},
): Restored {
  const runner = new StoryRunner(story, options);
  const replayed: Beat[] = [];
  const states: string[] = [];
  const done = (divergence: Divergence | null): Restored => ({
    runner,
    how: 'replay',
    replayed,
    states,
    divergence,
  });
  for (const [step, logged] of log.entries()) {
    let beat = runner.next();
    while (beat.kind === 'line') {
      replayed.push(beat);
      beat = runner.next();
    }
    if (beat.kind !== 'choices') {
      return done({
        step,
        reason: `the story now reaches ${describe(beat)} before this choice: "${logged.text}"`,
      });
    }
    replayed.push(beat);
    const option = beat.options.find((o) => o.text === logged.text.trim());
    if (!option) return done({ step, reason: `the option "${logged.text}" is no longer offered here` });
    states.push(runner.inkState());
    const err = runner.choose(option.index);
    if (err) return done({ step, reason: err.message });
  }
  for (let i = 0; i < linesAfter; i += 1) {
    const beat = runner.next();
    if (beat.kind !== 'line') break;
    replayed.push(beat);
  }
  return done(null);
}

function describe(beat: Beat): string {
  if (beat.kind === 'ending') return `an ending (${beat.ending ?? 'unnamed'})`;
  if (beat.kind === 'error') return `an error (${beat.error.message})`;
  return 'a line';
}
