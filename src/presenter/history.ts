// The lines the room has seen, so the trainer can step back (PageUp, Left) to look at an earlier line again and
// step forward to where the story is. Looking back never changes the story: a choice made stays made.

export interface ShownLine {
  text: string;
  speaker: string | null;
  notes: string[];
  /** The transcript length when the line was shown: identifies it, and orders lines after a decision is replayed. */
  at: number;
}

export interface LineHistory {
  lines: readonly ShownLine[];
  /** The line being looked at again, or null when the room sees the live screen. */
  cursor: number | null;
}

export const emptyHistory = (): LineHistory => ({ lines: [], cursor: null });

/**
 * Adds a line as it is shown. A line already recorded (same `at`) is not added twice; a line from an earlier point
 * (the story was wound back to try a decision again) replaces everything shown from that point on.
 */
export function recordLine(h: LineHistory, line: ShownLine): LineHistory {
  const last = h.lines[h.lines.length - 1];
  if (last && last.at === line.at && last.text === line.text) return h;
  const kept = h.lines.filter((l) => l.at < line.at);
  return { lines: [...kept, line], cursor: null };
}

/** Forgets lines shown after transcript length `at` (the story was wound back). */
export function trimHistory(h: LineHistory, at: number): LineHistory {
  const lines = h.lines.filter((l) => l.at <= at);
  return lines.length === h.lines.length ? h : { lines, cursor: null };
}

/**
 * One line further back. `liveIsLine`: the live screen is itself the latest line (so the first step back skips
 * it); on a choice, feedback or ending screen the first step back shows the latest line. Stays put at the first.
 */
export function stepBack(h: LineHistory, liveIsLine: boolean): LineHistory {
  if (h.lines.length === 0) return h;
  if (h.cursor === null) {
    const target = h.lines.length - (liveIsLine ? 2 : 1);
    return target < 0 ? h : { ...h, cursor: target };
  }
  return h.cursor === 0 ? h : { ...h, cursor: h.cursor - 1 };
}

/** One line forward; past the latest recorded line (or onto the live line) the room is back on the live screen. */
export function stepForward(h: LineHistory, liveIsLine: boolean): LineHistory {
  if (h.cursor === null) return h;
  const next = h.cursor + 1;
  const lastReview = h.lines.length - (liveIsLine ? 2 : 1);
  return next > lastReview ? { ...h, cursor: null } : { ...h, cursor: next };
}

export function reviewing(h: LineHistory): ShownLine | null {
  return h.cursor === null ? null : (h.lines[h.cursor] ?? null);
}
