// StoryRunner: the game asks for the next Beat (a line, a choice point or an ending) and says which option was
// chosen. It knows nothing about rendering (the Yarn Spinner model): the app decides what to do with each beat.
// Pure: it takes an ink story object, so the same runner serves the browser, Node tests and the checker.

import {
  parseChoiceTags,
  parseLineTags,
  parseStoryMeta,
  type ChoiceMeta,
  type LineDirectives,
  type Registries,
  type StoryMeta,
} from './tags.ts';
import type { InkStory } from './ink.ts';

export interface LineBeat {
  kind: 'line';
  text: string;
  speaker: string | null;
  directives: LineDirectives;
  tags: string[];
}

export interface Option {
  index: number;
  text: string;
  meta: ChoiceMeta;
  tags: string[];
}

export interface ChoiceBeat {
  kind: 'choices';
  options: Option[];
}

export interface EndingBeat {
  kind: 'ending';
  ending: string | null;
}

export interface ErrorBeat {
  kind: 'error';
  error: StoryError;
}

export type Beat = LineBeat | ChoiceBeat | EndingBeat | ErrorBeat;

/** Everything that can go wrong while playing, as data: the game shows it, never crashes on it. */
export interface StoryError {
  kind: 'runtime' | 'tag' | 'choice';
  message: string;
  /** The text the problem was found on, so an author can find it. */
  near: string | null;
  /** What the problem was found on: the story's global tags, a line, or an option. */
  on?: 'story' | 'line' | 'choice';
}

export interface LoggedChoice {
  index: number;
  text: string;
}

export interface RunnerOptions {
  registries?: Registries;
  /** Seeds ink's RANDOM and shuffles so a replay of the same choices gives the same story. */
  seed?: number;
  /** Tag problems found while playing (the checker turns them into errors; the game logs them). */
  onProblem?: (problem: StoryError) => void;
}

export class StoryRunner {
  readonly meta: StoryMeta;
  private readonly registries: Registries;
  private readonly onProblem: (p: StoryError) => void;
  private readonly globalTags: string[];
  private atStart = true;
  private pendingTags: string[] = [];
  private lastEnding: string | null = null;
  private runtimeError: StoryError | null = null;
  private log: LoggedChoice[] = [];
  private linesSinceChoice = 0;
  private lastLineText: string | null = null;

  constructor(
    readonly story: InkStory,
    options: RunnerOptions = {},
  ) {
    this.registries = options.registries ?? {};
    this.onProblem = options.onProblem ?? (() => undefined);
    this.globalTags = story.globalTags ?? [];
    const { meta, problems } = parseStoryMeta(this.globalTags, this.registries);
    this.meta = meta;
    for (const p of problems)
      this.onProblem({ kind: 'tag', message: `${p.message} (in "# ${p.tag}")`, near: p.tag, on: 'story' });
    story.onError = (message, type) => {
      // Type 2 is an error; 0 and 1 are author messages and warnings, which do not stop play.
      if (type === 2) this.runtimeError ??= { kind: 'runtime', message, near: this.lastLineText };
      else this.onProblem({ kind: 'runtime', message, near: this.lastLineText });
    };
    if (options.seed !== undefined) story.state.storySeed = options.seed;
  }

  get choiceLog(): readonly LoggedChoice[] {
    return this.log;
  }

  get linesSinceLastChoice(): number {
    return this.linesSinceChoice;
  }

  /** An ending named by a line already shown, not yet reached. */
  get pendingEnding(): string | null {
    return this.lastEnding;
  }

  get seed(): number {
    return this.story.state.storySeed;
  }

  /** Advances to the next beat. Asking again at a choice point or ending returns the same beat. */
  next(): Beat {
    while (this.story.canContinue && !this.runtimeError) {
      const raw = this.safely(() => this.story.Continue()) ?? '';
      if (this.runtimeError) break;
      const tags = this.ownTags(this.story.currentTags ?? []);
      const text = raw.trim();
      if (text === '') {
        // A tag-only line (a location change before the next line, say) belongs to the next line shown.
        this.pendingTags.push(...tags);
        continue;
      }
      const all = dedupe([...this.pendingTags, ...tags]);
      this.pendingTags = [];
      this.lastLineText = text;
      this.linesSinceChoice += 1;
      const directives = this.lineDirectives(all, text);
      if (directives.ending) this.lastEnding = directives.ending;
      return { kind: 'line', text, speaker: directives.speaker, directives, tags: all };
    }
    if (this.runtimeError) return { kind: 'error', error: this.runtimeError };
    if (this.pendingTags.length > 0) {
      const directives = this.lineDirectives(this.pendingTags, '');
      if (directives.ending) this.lastEnding = directives.ending;
      this.pendingTags = [];
    }
    const choices = this.story.currentChoices;
    if (choices.length > 0) {
      return {
        kind: 'choices',
        options: choices.map((c) => {
          const { meta, problems } = parseChoiceTags(c.tags, this.registries);
          for (const p of problems)
            this.onProblem({
              kind: 'tag',
              message: `${p.message} (in "# ${p.tag}")`,
              near: c.text,
              on: 'choice',
            });
          return { index: c.index, text: c.text.trim(), meta, tags: c.tags ?? [] };
        }),
      };
    }
    return { kind: 'ending', ending: this.lastEnding };
  }

  /** Picks an option of the current choice point. A stale or invalid index is a typed error, not a throw. */
  choose(index: number): StoryError | null {
    const choice = this.story.currentChoices[index];
    if (this.story.canContinue || !choice) {
      return {
        kind: 'choice',
        message: `there is no option ${index} to choose here`,
        near: this.lastLineText,
      };
    }
    this.log.push({ index, text: choice.text.trim() });
    this.safely(() => this.story.ChooseChoiceIndex(index));
    this.linesSinceChoice = 0;
    this.lastEnding = null;
    return this.runtimeError;
  }

  /** Ink's own state, for a save that can be loaded back into the same compiled story. */
  inkState(): string {
    return this.story.state.toJson();
  }

  /** Restores ink state and bookkeeping saved from this same story (same content hash). */
  loadState(
    inkState: string,
    log: readonly LoggedChoice[],
    linesSinceChoice: number,
    ending: string | null = null,
  ): void {
    this.story.state.LoadJson(inkState);
    this.log = [...log];
    this.linesSinceChoice = linesSinceChoice;
    this.lastEnding = ending;
    this.atStart = false;
  }

  /**
   * Carries on from whatever state the ink story is in now, as a runner fresh after a choice point would: the
   * story checker restores ink's state itself (in memory, far faster than a JSON save) and reuses one runner.
   */
  resumeHere(): void {
    this.atStart = false;
    this.pendingTags = [];
    this.lastEnding = null;
    this.runtimeError = null;
    this.log = [];
    this.linesSinceChoice = 0;
    this.lastLineText = null;
  }

  private lineDirectives(tags: string[], text: string): LineDirectives {
    const { directives, problems } = parseLineTags(tags, this.registries);
    for (const p of problems)
      this.onProblem({
        kind: 'tag',
        message: `${p.message} (in "# ${p.tag}")`,
        near: text || p.tag,
        on: 'line',
      });
    return directives;
  }

  /** inkjs repeats the global tags on the first line; they are story metadata, not line tags. */
  private ownTags(tags: string[]): string[] {
    if (!this.atStart) return dedupe(tags);
    this.atStart = false;
    let i = 0;
    while (i < this.globalTags.length && tags[i] === this.globalTags[i]) i += 1;
    return dedupe(tags.slice(i));
  }

  private safely<T>(work: () => T): T | null {
    try {
      return work();
    } catch (e) {
      this.runtimeError ??= {
        kind: 'runtime',
        message: e instanceof Error ? e.message : String(e),
        near: this.lastLineText,
      };
      return null;
    }
  }
}

function dedupe(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))];
}
