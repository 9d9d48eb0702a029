// Two tabs on one profile: progress from the other tab is merged in (endings seen are added, best evidence only
// goes up), never overwritten; a saved game changed in another tab is not silently replaced, the learner is told.

import { strongerStanding, type OutcomeStanding, type Progress } from './progress';
import { byText } from './order';

export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const out: Progress = { ...theirs, ...mine };
  for (const [id, t] of Object.entries(theirs)) {
    const m = mine[id];
    if (!m) continue;
    const best: Record<string, OutcomeStanding> = { ...t.best };
    for (const [k, v] of Object.entries(m.best)) best[k] = strongerStanding(best[k], v);
    const lastPlayed =
      [m.lastPlayed, t.lastPlayed]
        .filter((d): d is string => !!d)
        .sort()
        .at(-1) ?? null;
    const legacy = m.legacy && t.legacy ? { legacy: true as const } : {};
    out[id] = {
      finished: m.finished || t.finished,
      endings: [...new Set([...m.endings, ...t.endings])],
      best,
      lastPlayed,
      ...legacy,
    };
  }
  // A stable key order, so two tabs that merge the same data write the same text and stop echoing each other.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => byText(a, b)));
}

export function sameProgress(a: Progress, b: Progress): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
