// The debrief's words: how ratings, bands and outcomes read to a learner and to an assessor. Plain English; never
// "passed" or "achieved". The strongest phrase is "ready to discuss with your assessor".

import { BAND_LABELS, type Band } from '../scoring/bands';
import type { OutcomeKind } from '../scoring/outcomes';
import type { ChoiceMeta, Rating } from '../story/tags';

/** Shown on the debrief, the record and the printed page: what this game is, and is not. */
export const STATEMENT =
  'This is learning and rehearsal, not a Care Certificate assessment. The Care Certificate is awarded by your employer after someone has watched you at work.';

export const REHEARSAL_NOTE = 'Rehearsal for workplace observation';

export const REHEARSAL_EXPLAINED =
  'Outcomes 1.4c and 1.4d are about what you do, so they can only be shown for real at work, with your assessor watching. Here you rehearse them.';

/** A rating as words. `critical` wins over the rating: an unsafe choice is named as unsafe. */
export type RatingLevel = Rating | 'critical' | 'unrated';

export function ratingLevel(meta: Pick<ChoiceMeta, 'rating' | 'critical'>): RatingLevel {
  if (meta.critical) return 'critical';
  return meta.rating ?? 'unrated';
}

export const RATING_WORDS: Record<RatingLevel, string> = {
  critical: 'Unsafe: this could cause harm',
  best: 'A strong choice',
  ok: 'Safe, but it could be better',
  poor: 'Not the best choice',
  none: 'Moving the story on',
  unrated: 'Not rated',
};

/** Best first; used to find a better option than the one chosen. */
export function ratingRank(level: RatingLevel): number {
  return { best: 3, ok: 2, poor: 1, critical: 0, none: -1, unrated: -1 }[level];
}

/** The band as a learner reads it. Strong evidence for a demonstrate outcome is only ever "ready to discuss". */
export function bandWords(band: Band, kind: OutcomeKind): string {
  if (band === 'strong')
    return kind === 'demonstrate' ? 'Ready to discuss with your assessor' : BAND_LABELS.strong;
  return BAND_LABELS[band];
}

/** "Understood-and-supported" -> "Understood and supported". */
export function endingWords(id: string | null): string {
  if (!id) return 'The scenario is over';
  const s = id.replace(/[-_]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One line of the situation: whitespace folded, long lines cut at a word with an ellipsis. */
export function oneLine(text: string, max = 160): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Option text in quotation marks, unless it is already a quotation (options that are words said aloud). */
export function quote(text: string): string {
  return /^["“‘']/.test(text.trim()) ? text : `"${text}"`;
}

/** "+2", "0", "-1": a trust level as a signed number. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
