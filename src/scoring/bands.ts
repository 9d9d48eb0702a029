// Bands turn a percentage of the reachable range into words a learner can act on. This is the one function that
// decides an outcome's band: the debrief, the picker, the progress overview, the presenter's group debrief and the
// printed record all show bands it made. Thresholds are documented in docs/scoring.md; change both together.

import { outcome } from './outcomes';

export type Band = 'strong' | 'some' | 'practice';

export const BAND_THRESHOLDS = { strong: 75, some: 40 } as const;

export const BAND_LABELS: Record<Band, string> = {
  strong: 'Strong evidence',
  some: 'Some evidence',
  practice: 'Needs more practice',
};

const RANK: Record<Band, number> = { practice: 0, some: 1, strong: 2 };

/** The stronger of two bands (for "the best a learner has reached"). */
export function strongerBand(a: Band, b: Band): Band {
  return RANK[b] > RANK[a] ? b : a;
}

export function bandRank(b: Band): number {
  return RANK[b];
}

export interface CriticalTaken {
  /** A critical option chosen in this play scored this outcome. */
  forOutcome: boolean;
  /** Any critical option was chosen in this play, whatever it scored. */
  inPlay: boolean;
}

export const NO_CRITICAL: CriticalTaken = { forOutcome: false, inPlay: false };

/**
 * An unsafe choice is what an assessor most needs to talk through, whatever else went well:
 * - a critical option caps the outcomes it scores at "needs more practice";
 * - any critical option in a play caps both demonstrate outcomes (1.4c, 1.4d), whichever outcomes it scored,
 *   because acting safely is part of every way of working the learner is rehearsing.
 */
export function bandFor(outcomeId: string, percent: number, critical: CriticalTaken): Band {
  if (critical.forOutcome) return 'practice';
  if (critical.inPlay && outcome(outcomeId)?.kind === 'demonstrate') return 'practice';
  if (percent >= BAND_THRESHOLDS.strong) return 'strong';
  if (percent >= BAND_THRESHOLDS.some) return 'some';
  return 'practice';
}
