// "Try this decision again" from the debrief: before the story is wound back, the evidence of the finished route
// is kept on the session, so the next ending can show what changed. Each decision tried again is remembered with
// what was chosen the time before, so the debrief and the record can say so.

import type { Evidence } from '../scoring/evidence';
import type { Band } from '../scoring/bands';
import { OUTCOME_IDS } from '../scoring/outcomes';
import { field } from '../state/persist';
import type { ChoiceMeta } from '../story/tags';
import { ratingLevel, type RatingLevel } from './words';

export interface OutcomeSnapshot {
  sum: number;
  percent: number;
  band: Band;
}

export interface ReplayMark {
  /** The decision tried again (0-based). */
  decision: number;
  /** What was chosen there the time before, and how it was rated. */
  text: string;
  level: RatingLevel;
}

export interface PreviousEvidence {
  /** The ending the earlier route reached (null if it had no name). */
  ending: string | null;
  /** The decision that was tried again most recently (0-based). */
  decision: number;
  outcomes: Record<string, OutcomeSnapshot>;
  /** Every decision tried again on this play that still stands, oldest first. */
  replays: ReplayMark[];
}

/** The minimum a session needs to offer: its decisions and where it ended. Spelt out rather than taken from the
 *  session's type, because the session store repairs saved PreviousEvidence with this module. */
interface FinishedRoute {
  decisions: readonly { options: readonly { text: string; meta: ChoiceMeta }[]; chosen: number }[];
  screen: { kind: string; ending?: string | null };
  previousEvidence?: PreviousEvidence | null;
}

/**
 * What to keep before trying decision `index` again: the evidence now, the ending reached, and the replay marks
 * still true afterwards (decisions after `index` are played afresh, so marks there no longer apply).
 */
export function snapshotBeforeRetry(
  session: FinishedRoute,
  evidence: Evidence,
  index: number,
): PreviousEvidence | null {
  const d = session.decisions[index];
  const chosen = d?.options[d.chosen];
  if (!d || !chosen) return null;
  const outcomes: Record<string, OutcomeSnapshot> = {};
  for (const e of Object.values(evidence))
    outcomes[e.outcome] = { sum: e.sum, percent: e.percent, band: e.band };
  const earlier = (session.previousEvidence?.replays ?? []).filter((r) => r.decision < index);
  return {
    ending: session.screen.kind === 'ending' ? (session.screen.ending ?? null) : null,
    decision: index,
    outcomes,
    replays: [...earlier, { decision: index, text: chosen.text, level: ratingLevel(chosen.meta) }],
  };
}

const BANDS: readonly Band[] = ['strong', 'some', 'practice'];
const LEVELS: readonly RatingLevel[] = ['best', 'ok', 'poor', 'none', 'critical', 'unrated'];

/** Repairs a saved PreviousEvidence; anything unusable is dropped (the comparison is a bonus, not the game). */
export function repairPreviousEvidence(value: unknown): PreviousEvidence | null {
  const o = field.obj(value);
  if (!o || !Number.isInteger(o.decision) || (o.decision as number) < 0) return null;
  const outs = field.obj(o.outcomes);
  if (!outs) return null;
  const outcomes: Record<string, OutcomeSnapshot> = {};
  for (const [id, v] of Object.entries(outs)) {
    const s = field.obj(v);
    if (!s || !OUTCOME_IDS.has(id) || typeof s.sum !== 'number' || typeof s.percent !== 'number') continue;
    outcomes[id] = {
      sum: field.num(s.sum, 0, -1000, 1000),
      percent: Math.round(field.num(s.percent, 0, 0, 100)),
      band: field.oneOf(s.band, BANDS, 'practice'),
    };
  }
  const replays = (Array.isArray(o.replays) ? o.replays : []).flatMap((r): ReplayMark[] => {
    const m = field.obj(r);
    if (!m || !Number.isInteger(m.decision) || (m.decision as number) < 0 || typeof m.text !== 'string')
      return [];
    return [
      {
        decision: m.decision as number,
        text: m.text.slice(0, 500),
        level: field.oneOf(m.level, LEVELS, 'unrated'),
      },
    ];
  });
  return {
    ending: typeof o.ending === 'string' ? o.ending.slice(0, 100) : null,
    decision: o.decision as number,
    outcomes,
    replays: replays.slice(0, 100),
  };
}
