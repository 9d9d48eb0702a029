// What the trainer can do, as data: keys, buttons, a clicker and the presenter view all become these commands, so
// every action works from the keyboard and the presenter view can drive the room screen over a channel.

export type Command =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'reveal' }
  | { type: 'blank' }
  | { type: 'fullscreen' }
  /** A clicker's "start presentation" button (F5): full screen on, never a reload that would lose the session. */
  | { type: 'present' }
  | { type: 'help' }
  | { type: 'escape' }
  | { type: 'discuss' }
  | { type: 'hand'; option: number; delta: 1 | -1 }
  | { type: 'undo-hand' }
  | { type: 'clear-hands' }
  | { type: 'set-hands'; option: number; count: number }
  | { type: 'type-counts' }
  | { type: 'pick'; option: number }
  | { type: 'move-pick'; delta: 1 | -1 }
  | { type: 'play'; option?: number }
  | { type: 'retry' }
  /** People in the room (0: not given), so a count with more hands than people is flagged. */
  | { type: 'room-size'; size: number }
  /** "Your words first" on or off for every vote of the run. */
  | { type: 'words-first'; on: boolean }
  | { type: 'view' }
  | { type: 'mute' }
  | { type: 'text-size'; delta: 1 | -1 }
  /** The decisions the room votes on (null: every one), set on the scenario card. */
  | { type: 'vote-plan'; plan: number[] | null }
  /** Opens (or, with null, closes) the count of an earlier decision for correcting, on the group debrief. */
  | { type: 'correct'; decision: number | null }
  /** A corrected count for an earlier decision: the record changes, the story does not. */
  | { type: 'correct-hands'; decision: number; option: number; count: number };

export type CommandType = Command['type'];

const SIMPLE = new Set<CommandType>([
  'next',
  'back',
  'reveal',
  'blank',
  'fullscreen',
  'present',
  'help',
  'escape',
  'discuss',
  'undo-hand',
  'clear-hands',
  'type-counts',
  'retry',
  'view',
  'mute',
]);

const isOption = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) < 50;
const isDecision = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) < 99;
const isDelta = (n: unknown): n is 1 | -1 => n === 1 || n === -1;

/** Checks a command that came over the channel (any page of this origin could post one). */
export function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  const type = c.type as CommandType;
  if (SIMPLE.has(type)) return true;
  switch (type) {
    case 'hand':
      return isOption(c.option) && isDelta(c.delta);
    case 'set-hands':
      return isOption(c.option) && Number.isInteger(c.count) && (c.count as number) >= 0;
    case 'pick':
      return isOption(c.option);
    case 'move-pick':
    case 'text-size':
      return isDelta(c.delta);
    case 'play':
      return c.option === undefined || isOption(c.option);
    case 'words-first':
      return typeof c.on === 'boolean';
    case 'vote-plan':
      return (
        c.plan === null ||
        (Array.isArray(c.plan) &&
          c.plan.length <= 99 &&
          c.plan.every((n) => Number.isInteger(n) && n >= 1 && n <= 99))
      );
    case 'correct':
      return c.decision === null || isDecision(c.decision);
    case 'correct-hands':
      return (
        isDecision(c.decision) && isOption(c.option) && Number.isInteger(c.count) && (c.count as number) >= 0
      );
    case 'room-size':
      return Number.isInteger(c.size) && (c.size as number) >= 0 && (c.size as number) <= 999;
    default:
      return false;
  }
}
