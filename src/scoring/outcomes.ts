// The outcome registry: the one list of valid outcome ids (Care Certificate Standard 1.4).
// Wording is our own plain-English paraphrase of the Care Certificate's Standard 1.4 (see docs/content-sources.md).
// "knowledge" outcomes can be shown by explaining; "demonstrate" outcomes are observed at work, so the game only
// ever offers rehearsal for them.

export type OutcomeKind = 'knowledge' | 'demonstrate';

export interface Outcome {
  id: string;
  title: string;
  meaning: string;
  kind: OutcomeKind;
}

export const OUTCOMES: readonly Outcome[] = [
  {
    id: '1.4a',
    title: 'Why teamwork and partnership matter',
    meaning:
      'Explain why working as a team, and with other people and services, gives safer care: no one person has all the skills or all the information.',
    kind: 'knowledge',
  },
  {
    id: '1.4b',
    title: 'Partnership with the person and the people who matter to them',
    meaning:
      'Explain why you work with the person first, and with their family, friends, carers and advocates, who know them and speak up for them.',
    kind: 'knowledge',
  },
  {
    id: '1.4c',
    title: 'Ways of working that build partnership',
    meaning:
      'Show the behaviours that help: plain words, checking understanding, respect, honesty, keeping confidences, and clear, factual records.',
    kind: 'demonstrate',
  },
  {
    id: '1.4d',
    title: 'Getting support and advice',
    meaning:
      'Show how and when to ask for help: going to your senior or manager at the right time, and dealing with disagreements calmly and through the right route.',
    kind: 'demonstrate',
  },
];

const BY_ID = new Map(OUTCOMES.map((o) => [o.id, o]));

export const OUTCOME_IDS: ReadonlySet<string> = new Set(BY_ID.keys());

export function outcome(id: string): Outcome | undefined {
  return BY_ID.get(id);
}
