// Folds the options a learner chose into evidence per outcome. Deterministic and order-independent: the same
// choices always give the same evidence, which the tests prove with generated inputs.

import type { ChoiceMeta } from '../story/tags';
import { bandFor, type Band } from './bands';
import { OUTCOMES } from './outcomes';

export interface ScoreRange {
  min: number;
  max: number;
}

export interface ChosenOption {
  /** The option's visible text, kept so critical moments can be named in the debrief. */
  text: string;
  meta: ChoiceMeta;
}

export interface OutcomeEvidence {
  outcome: string;
  sum: number;
  /** Decisions that scored this outcome, and how they were rated. */
  decisions: number;
  best: number;
  ok: number;
  poor: number;
  /**
   * The unsafe options that cap this outcome: those that scored it, and for a demonstrate outcome every critical
   * option in the play (bands.ts says why).
   */
  critical: string[];
  /** Where the sum sits between the lowest and highest totals the scenario can reach, 0-100. */
  percent: number;
  band: Band;
}

export type Evidence = Record<string, OutcomeEvidence>;

/**
 * `ranges` come from the story checker's analysis (min and max reachable per outcome). An outcome with no
 * range, or a range of one point, is placed by its ratings alone.
 */
export function foldEvidence(
  chosen: readonly ChosenOption[],
  ranges: Readonly<Record<string, ScoreRange>>,
): Evidence {
  const out: Evidence = {};
  const criticalInPlay = chosen.filter((c) => c.meta.critical).map((c) => c.text);
  for (const { id, kind } of OUTCOMES) {
    let sum = 0;
    let decisions = 0;
    let best = 0;
    let ok = 0;
    let poor = 0;
    const critical: string[] = [];
    for (const { text, meta } of chosen) {
      const scores = meta.scores.filter((s) => s.outcome === id);
      if (scores.length === 0) continue;
      decisions += 1;
      sum += scores.reduce((a, s) => a + s.value, 0);
      if (meta.rating === 'best') best += 1;
      else if (meta.rating === 'ok') ok += 1;
      else if (meta.rating === 'poor') poor += 1;
      if (meta.critical) critical.push(text);
    }
    const percent = placeInRange(sum, ranges[id], best, ok, decisions);
    const band = bandFor(id, percent, { forOutcome: critical.length > 0, inPlay: criticalInPlay.length > 0 });
    const capping = kind === 'demonstrate' ? criticalInPlay : critical;
    out[id] = { outcome: id, sum, decisions, best, ok, poor, critical: capping, percent, band };
  }
  return out;
}

function placeInRange(
  sum: number,
  range: ScoreRange | undefined,
  best: number,
  ok: number,
  decisions: number,
): number {
  if (range && range.max > range.min) {
    const p = ((sum - range.min) / (range.max - range.min)) * 100;
    return Math.round(Math.min(100, Math.max(0, p)));
  }
  if (decisions === 0) return 0;
  // No range to place against: best counts fully, ok half (the SJT partial-credit idea).
  return Math.round(((best + ok / 2) / decisions) * 100);
}

/** Knowledge (1.4a, 1.4b) and rehearsal (1.4c, 1.4d) kept apart, as the brief asks. */
export function evidenceByKind(evidence: Evidence): {
  knowledge: OutcomeEvidence[];
  rehearsal: OutcomeEvidence[];
} {
  const pick = (kind: string) =>
    OUTCOMES.filter((o) => o.kind === kind).flatMap((o) => (evidence[o.id] ? [evidence[o.id]!] : []));
  return { knowledge: pick('knowledge'), rehearsal: pick('demonstrate') };
}
