// Documents the learner writes inside a scenario (the incident record, say): each option chosen with a
// `record: DOC` tag adds its text as the next sentence, with the feedback that option earned.

import type { ChosenOption } from './evidence';

export interface DocumentSentence {
  text: string;
  rating: string | null;
  feedback: string | null;
  critical: boolean;
}

export function buildDocuments(chosen: readonly ChosenOption[]): Record<string, DocumentSentence[]> {
  const docs: Record<string, DocumentSentence[]> = {};
  for (const { text, meta } of chosen) {
    if (!meta.record) continue;
    (docs[meta.record] ??= []).push({
      text,
      rating: meta.rating,
      feedback: meta.feedback,
      critical: meta.critical,
    });
  }
  return docs;
}
