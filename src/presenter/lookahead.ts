// "What comes next", for the presenter view: a second runner over the same compiled story, loaded with the live
// story's state, looks one beat ahead (and, at a choice, one beat down each option). It never touches the live
// runner, so looking ahead cannot change what the room sees.

import { StoryRunner, type Beat } from '../story/runner';
import type { InkStory } from '../story/ink';

export type Preview =
  | { kind: 'line'; speaker: string | null; text: string }
  | { kind: 'choices'; options: string[] }
  | { kind: 'ending'; ending: string | null }
  | { kind: 'error'; message: string };

export interface Ahead {
  /** The next beat from here. */
  next: Preview;
  /** At a choice point: the first beat after each option, in the order shown. */
  after: Preview[];
}

export class Lookahead {
  private story: InkStory | null = null;
  private cache: { state: string; ahead: Ahead } | null = null;

  constructor(private readonly makeStory: () => InkStory) {}

  /** What follows the story state `inkState` (a session save's). */
  from(inkState: string): Ahead {
    if (this.cache?.state === inkState) return this.cache.ahead;
    let ahead: Ahead;
    try {
      const next = this.runner(inkState).next();
      const after =
        next.kind === 'choices' ? next.options.map((o) => this.afterOption(inkState, o.index)) : [];
      ahead = { next: preview(next), after };
    } catch (e) {
      ahead = { next: { kind: 'error', message: e instanceof Error ? e.message : String(e) }, after: [] };
    }
    this.cache = { state: inkState, ahead };
    return ahead;
  }

  private afterOption(inkState: string, index: number): Preview {
    const runner = this.runner(inkState);
    runner.next();
    const err = runner.choose(index);
    return err ? { kind: 'error', message: err.message } : preview(runner.next());
  }

  private runner(inkState: string): StoryRunner {
    this.story ??= this.makeStory();
    const runner = new StoryRunner(this.story);
    runner.loadState(inkState, [], 0);
    return runner;
  }
}

function preview(beat: Beat): Preview {
  switch (beat.kind) {
    case 'line':
      return { kind: 'line', speaker: beat.speaker, text: beat.text };
    case 'choices':
      return { kind: 'choices', options: beat.options.map((o) => o.text) };
    case 'ending':
      return { kind: 'ending', ending: beat.ending };
    default:
      return { kind: 'error', message: beat.error.message };
  }
}
