// How long a scenario takes with a room, for the scenario list. A room talks, votes, sees the reveal and discusses
// at every decision, so the decisions set the length, not the words. Trainers running the scenarios with a room
// measured 50 to 65 minutes for 13 decisions at full length (about 4 to 5 minutes each) and about 30 minutes when
// brisk (about 2.3 each). The range shown runs from brisk to full, rounded to 5 minutes.

export const BRISK_PER_DECISION = 2.3;
export const FULL_PER_DECISION = 4.5;
/**
 * A decision played straight through (no vote, no talk: the lines read, the strongest option played and its
 * feedback shown) takes about as long as a learner alone spends on it: about a minute.
 */
export const STRAIGHT_PER_DECISION = 1;

const round5 = (n: number) => Math.max(5, Math.round(n / 5) * 5);

export interface RoomLength {
  decisions: number;
  brisk: number;
  full: number;
}

/** The length with a room for `decisions` decisions voted on (null when the count is unknown). */
export function roomLength(decisions: number | undefined): RoomLength | null {
  if (!decisions || decisions <= 0) return null;
  return {
    decisions,
    brisk: round5(decisions * BRISK_PER_DECISION),
    full: round5(decisions * FULL_PER_DECISION),
  };
}

export function roomLengthText(l: RoomLength | null, alone: number | null): string {
  const self = alone ? ` Alone: about ${alone} minutes.` : '';
  if (!l) return `About ${alone ?? 15} minutes alone.`;
  return `With a room: ${l.brisk} to ${l.full} minutes (about ${l.decisions} decisions).${self}`;
}
