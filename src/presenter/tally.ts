// The room's vote at one decision: hands counted per option. Pure and immutable, so every change is a new
// tally the presenter view can be sent as it is.
//
// Tie rule (also in the key help and the debrief): the room's choice is the option with the most hands. When
// options tie for the most, there is no room's choice: the tie is recorded as a tie and the trainer is asked which
// of the tied options to play. With no hands counted there is no room's choice either.

export interface Tally {
  /** Hands per option, in the order the options are shown. */
  readonly counts: readonly number[];
  /** Options that got a hand by key, oldest first, so Backspace takes back the latest. Typed counts are not in it. */
  readonly log: readonly number[];
}

/** More hands than any training room has: a typo ("1000") is capped rather than trusted. */
export const MAX_HANDS = 999;

export function emptyTally(options: number): Tally {
  return { counts: Array.from({ length: Math.max(0, options) }, () => 0), log: [] };
}

/** The tally for `options` options, reusing `t` when it fits (a tally kept from an earlier visit to the screen). */
export function fitTally(t: Tally | undefined, options: number): Tally {
  return t && t.counts.length === options ? t : emptyTally(options);
}

const inRange = (t: Tally, option: number) =>
  Number.isInteger(option) && option >= 0 && option < t.counts.length;

function withCount(t: Tally, option: number, n: number, log: readonly number[]): Tally {
  const counts = t.counts.slice();
  counts[option] = n;
  return { counts, log };
}

/** One more hand for `option`. */
export function addHand(t: Tally, option: number): Tally {
  if (!inRange(t, option) || t.counts[option]! >= MAX_HANDS) return t;
  return withCount(t, option, t.counts[option]! + 1, [...t.log, option]);
}

/** One hand fewer for `option` (never below none). */
export function removeHand(t: Tally, option: number): Tally {
  if (!inRange(t, option) || t.counts[option] === 0) return t;
  const at = t.log.lastIndexOf(option);
  const log = at < 0 ? t.log : [...t.log.slice(0, at), ...t.log.slice(at + 1)];
  return withCount(t, option, t.counts[option]! - 1, log);
}

/** Takes back the latest hand added by key (Backspace). */
export function undoHand(t: Tally): Tally {
  const last = t.log[t.log.length - 1];
  if (last === undefined) return t;
  return withCount(t, last, Math.max(0, t.counts[last]! - 1), t.log.slice(0, -1));
}

/** The trainer typed a count: it replaces the count, and Backspace no longer takes back that option's hands. */
export function setHands(t: Tally, option: number, n: number): Tally {
  if (!inRange(t, option) || !Number.isFinite(n)) return t;
  const count = Math.min(MAX_HANDS, Math.max(0, Math.floor(n)));
  if (count === t.counts[option] && !t.log.includes(option)) return t;
  return withCount(
    t,
    option,
    count,
    t.log.filter((o) => o !== option),
  );
}

export function clearHands(t: Tally): Tally {
  return emptyTally(t.counts.length);
}

export function totalHands(t: Tally): number {
  return t.counts.reduce((a, n) => a + n, 0);
}

/** The options with the most hands, lowest-numbered first; none when no hands are counted. */
export function leaders(t: Tally): number[] {
  const top = Math.max(0, ...t.counts);
  if (top === 0) return [];
  return t.counts.flatMap((n, i) => (n === top ? [i] : []));
}

/** The room's choice: the one option with the most hands; null for a tie or no hands. */
export function roomChoice(t: Tally): number | null {
  const top = leaders(t);
  return top.length === 1 ? top[0]! : null;
}

/** The options the room tied on (two or more with the most hands); empty when there is no tie. */
export function tiedOptions(t: Tally): number[] {
  const top = leaders(t);
  return top.length > 1 ? top : [];
}

/**
 * Whether the count cannot be right for a room of `roomSize` people (each has one hand up): more hands than
 * people. Fewer is normal (some do not vote). No room size: nothing to check against.
 */
export function overCounted(t: Tally, roomSize: number | null): boolean {
  return roomSize !== null && roomSize > 0 && totalHands(t) > roomSize;
}

/**
 * The option Next plays: the trainer's highlighted option if they picked one, else the room's choice.
 * Null when there is neither (nothing counted or a tie, nothing picked): Next then asks instead of guessing.
 */
export function optionToPlay(t: Tally, trainerPick: number | null): number | null {
  if (trainerPick !== null && inRange(t, trainerPick)) return trainerPick;
  return roomChoice(t);
}

/** Each option's share of the hands, in whole percent (0 when nothing is counted), for the bar chart. */
export function shares(t: Tally): number[] {
  const total = totalHands(t);
  return t.counts.map((n) => (total === 0 ? 0 : Math.round((n / total) * 100)));
}
