// Role-play in pairs: after each decision the partner says how the care worker's words felt, in role. Never scored:
// it sits beside the option's rating in the debrief and on the practice record, as something to talk about.

export const FEELINGS = ['heard', 'unsure', 'upset', 'skipped'] as const;

export type Feeling = (typeof FEELINGS)[number];

/** On the buttons the partner presses. */
export const FEELING_LABELS: Record<Feeling, string> = {
  heard: 'Heard',
  unsure: 'Unsure',
  upset: 'Upset',
  skipped: 'Skip',
};

/** In the debrief and on the record; a skipped answer says nothing there. */
export function feelingWords(f: Feeling | null | undefined): string | null {
  if (!f || f === 'skipped') return null;
  return `Your partner felt ${f}`;
}

export function isFeeling(v: unknown): v is Feeling {
  return typeof v === 'string' && (FEELINGS as readonly string[]).includes(v);
}

/** The longest a learner's own words are kept (as long as an option's text on the record). */
export const SAID_MAX = 500;

/** The learner's own words as kept: trimmed, clipped; nothing when there is nothing to keep. */
export function tidySaid(text: string | null | undefined): string | undefined {
  const t = (text ?? '').trim();
  return t ? t.slice(0, SAID_MAX) : undefined;
}
