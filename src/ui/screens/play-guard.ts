// How long the play screen ignores input after a new moment appears. A tap or key arriving sooner is the second half
// of a double tap (or a bounce) meant for the screen before, not a decision.

/** A new line or feedback: long enough to swallow a double press, short enough not to slow a reader down. */
export const INPUT_GUARD_MS = 250;

/** New options replace a line under the learner's finger: a second tap on Continue 300–400 ms after the first
 *  landed on an option nobody had read. Options therefore wait longer before they take a press. */
export const OPTIONS_GUARD_MS = 600;

export function guardMsFor(kind: string): number {
  return kind === 'choices' ? OPTIONS_GUARD_MS : INPUT_GUARD_MS;
}

/** Wraps an action so that input arriving too soon after the screen appeared is ignored. */
export type Guard = (fn: () => void) => () => void;
