// The resume state an LMS keeps for us (SCORM suspend_data, a cmi5 state document). SCORM 1.2 allows only 4,096
// characters, so this is the choice path, not ink's state: the scenario, the seed, the position of each option
// chosen, and how many lines past the last choice the learner had read. Replaying the path rebuilds the rest.
import { StoryRunner, type LoggedChoice } from '../story/runner';
import type { InkStory } from '../story/ink';
import type { StorySave } from '../story/save';
import type { Session } from '../state/session';

export interface ResumeState {
  scenarioId: string;
  /** The first 8 characters of the story's hash, to tell a learner when a scenario changed since they left. */
  hash: string;
  seed: number;
  /** The position (0-based) of the option chosen at each decision, in the order they were shown. */
  path: number[];
  /** Lines read since the last decision (0 at a decision or just after one). */
  lines: number;
  /** Where the learner was: reading a line, at a decision, or at the ending. */
  at: 'line' | 'choices' | 'ending';
}

const VERSION = 'cc1';

/** Compact text: `cc1|<scenario>|<hash>|<seed>|<lines>|<at>|<path as base-36 digits, dot-separated>`. */
export function encodeResume(r: ResumeState): string {
  return [
    VERSION,
    r.scenarioId,
    r.hash,
    r.seed,
    r.lines,
    r.at[0],
    r.path.map((p) => p.toString(36)).join('.'),
  ].join('|');
}

/** The state in `text`, or null when it is empty, from another version or damaged (the learner starts afresh). */
export function decodeResume(text: string | null | undefined): ResumeState | null {
  if (!text) return null;
  const parts = text.split('|');
  if (parts.length !== 7 || parts[0] !== VERSION) return null;
  const [, scenarioId, hash, seedText, linesText, at, pathText] = parts as [string, ...string[]];
  const seed = Number(seedText);
  const lines = Number(linesText);
  const path = pathText === '' ? [] : pathText!.split('.').map((p) => parseInt(p, 36));
  const where = at === 'l' ? 'line' : at === 'c' ? 'choices' : at === 'e' ? 'ending' : null;
  if (!scenarioId || !where || !Number.isInteger(seed) || !Number.isInteger(lines) || lines < 0) return null;
  if (path.some((p) => !Number.isInteger(p) || p < 0)) return null;
  return { scenarioId, hash: hash ?? '', seed, lines, at: where, path };
}

/** The resume state of a session in play (null for one with nothing to resume: an error screen). */
export function resumeStateOf(session: Session, storyHash: string): ResumeState | null {
  const kind = session.screen.kind;
  if (kind === 'error') return null;
  return {
    scenarioId: session.scenarioId,
    hash: storyHash.slice(0, 8),
    seed: session.save.seed,
    path: session.decisions.map((d) => d.chosen),
    lines: session.save.linesSinceChoice,
    // Feedback on a decision resumes at the line after it: the decision itself is kept in the path.
    at: kind === 'ending' ? 'ending' : kind === 'choices' ? 'choices' : 'line',
  };
}

/**
 * A story save rebuilt from a resume state: the path is played again by position to find each option's text (a
 * save's choice log matches options by text). The save's hash is left empty on purpose, so the Controller replays
 * it and rebuilds the conversation, its decisions and the stage. Null when the path cannot be followed.
 */
export function saveFromResume(story: InkStory, r: ResumeState): StorySave | null {
  const runner = new StoryRunner(story, { seed: r.seed });
  const log: LoggedChoice[] = [];
  for (const position of r.path) {
    let beat = runner.next();
    while (beat.kind === 'line') beat = runner.next();
    if (beat.kind !== 'choices') return null;
    const option = beat.options[position];
    if (!option || runner.choose(option.index)) return null;
    log.push({ index: option.index, text: option.text });
  }
  return {
    version: 1,
    storyId: r.scenarioId,
    storyHash: '',
    seed: r.seed,
    choiceLog: log,
    linesSinceChoice: r.lines,
    inkState: '',
    ending: null,
  };
}
