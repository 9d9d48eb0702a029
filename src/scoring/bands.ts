// Bands turn a percentage of the reachable range into words a learner can act on. Thresholds are documented in
// docs/scoring.md; change both together.

export type Band = 'strong' | 'some' | 'practice';

export const BAND_THRESHOLDS = { strong: 75, some: 40 } as const;

export const BAND_LABELS: Record<Band, string> = {
  strong: 'Strong evidence',
  some: 'Some evidence',
  practice: 'Needs more practice',
};

/**
 * A critical option taken for an outcome caps it at "needs more practice": an unsafe choice is what an
 * assessor most needs to talk through, whatever else went well.
 */
export function bandFor(percent: number, criticalTaken: boolean): Band {
  if (criticalTaken) return 'practice';
  if (percent >= BAND_THRESHOLDS.strong) return 'strong';
  if (percent >= BAND_THRESHOLDS.some) return 'some';
  return 'practice';
}
