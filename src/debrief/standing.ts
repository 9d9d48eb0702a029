// Where a learner stands on one outcome in one scenario, for the screens that sum up several plays (the picker and
// the progress overview). Progress keeps the strongest band each play reached; the records kept on the device know
// every choice, so for progress saved before today's scoring rule (legacy), the records decide where they exist.

import { strongerBand, type Band } from '../scoring/bands';
import type { ScenarioProgress } from '../state/progress';
import type { EvidenceRecord } from './record';

export interface Standing {
  percent: number;
  band: Band;
}

export function outcomeStanding(
  progress: ScenarioProgress | undefined,
  records: readonly EvidenceRecord[],
  scenarioId: string,
  outcomeId: string,
): Standing | null {
  const kept = records
    .filter((r) => r.scenario.id === scenarioId)
    .flatMap((r) => r.outcomes.filter((x) => x.id === outcomeId));
  const fromRecords =
    kept.length > 0
      ? {
          percent: Math.max(...kept.map((x) => x.percent)),
          band: kept.map((x) => x.band).reduce(strongerBand),
        }
      : null;
  const saved = progress?.finished ? progress.best[outcomeId] : undefined;
  if (!saved) return fromRecords;
  if (progress?.legacy && fromRecords) return fromRecords;
  if (!fromRecords) return { percent: saved.percent, band: saved.band };
  return {
    percent: Math.max(saved.percent, fromRecords.percent),
    band: strongerBand(saved.band, fromRecords.band),
  };
}
