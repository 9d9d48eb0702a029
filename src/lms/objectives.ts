// What the LMS is told about each outcome (1.4a-d): the band in words and a scaled score. The band comes from the
// game's own scoring, so the critical rule is already in it; the scaled score follows the band down when an unsafe
// choice capped it, so an LMS report sorted by score never puts a capped outcome above "some evidence".
import { BAND_LABELS, BAND_THRESHOLDS, type Band } from '../scoring/bands';
import type { Evidence } from '../scoring/evidence';
import { OUTCOMES } from '../scoring/outcomes';

export interface ObjectiveReport {
  /** The outcome's code, e.g. "1.4a". */
  outcome: string;
  /** The objective's id in the LMS (SCORM identifiers: no spaces). */
  id: string;
  title: string;
  band: Band;
  /** The band in the game's words ("Strong evidence"). */
  label: string;
  /** Where the learner's choices sat in the scenario's range, 0-100, as the debrief shows it. */
  percent: number;
  /** 0-1, the percent capped below "some evidence" when an unsafe choice capped the band. */
  scaled: number;
  /** An unsafe choice capped this outcome. */
  capped: boolean;
  /** Decisions in the play that scored this outcome (none: the scenario did not test it this time). */
  decisions: number;
  /** One line for the LMS's description field. */
  description: string;
}

export function objectiveId(outcome: string): string {
  return `outcome-${outcome}`;
}

export function objectiveReports(evidence: Evidence): ObjectiveReport[] {
  return OUTCOMES.map(({ id, title }) => {
    const e = evidence[id];
    const percent = Math.round(e?.percent ?? 0);
    const band: Band = e?.band ?? 'practice';
    const capped = (e?.critical.length ?? 0) > 0 && band === 'practice' && percent >= BAND_THRESHOLDS.some;
    const shown = capped ? Math.min(percent, BAND_THRESHOLDS.some - 1) : percent;
    const label = BAND_LABELS[band];
    const why = capped ? ' (an unsafe choice to talk through)' : '';
    return {
      outcome: id,
      id: objectiveId(id),
      title,
      band,
      label,
      percent,
      scaled: Math.round(shown) / 100,
      capped,
      decisions: e?.decisions ?? 0,
      description: `${id} ${title}: ${label}${why}`,
    };
  });
}
