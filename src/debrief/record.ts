// The evidence record: one play written down as a versioned JSON document, so it can be printed, exported, and
// opened by a trainer on another device. Imported files are untrusted: parseRecord (record-parse.ts) checks every
// field's type and length and rejects anything else, and the screens only ever show the text as text.

import type { Band } from '../scoring/bands';
import type { Debrief } from './debrief';
import { NAME_MAX, REFLECTION_MAX, REFLECTION_PROMPTS } from './prompts';
import { STATEMENT, type RatingLevel } from './words';
import type { Feeling } from './felt';

export const RECORD_FORMAT = 'care-conversations-record';
export const RECORD_VERSION = 1;
/** A real record is a few kilobytes; anything near this is not one. */
export const RECORD_MAX_BYTES = 500_000;

export const LIMITS = {
  title: 200,
  situation: 300,
  text: 500,
  feedback: 2000,
  statement: 500,
  name: NAME_MAX,
  reflection: REFLECTION_MAX,
  prompt: 300,
  decisions: 200,
  trust: 20,
  critical: 50,
} as const;

export interface RecordScore {
  sum: number;
  percent: number;
  band: Band;
}

export interface RecordOutcome extends RecordScore {
  id: string;
  decisions: number;
  best: number;
  ok: number;
  poor: number;
  /** Text of each unsafe option chosen that spoke to this outcome. */
  critical: string[];
  /** This outcome before the last "try this decision again", if there was one. */
  before: RecordScore | null;
}

export interface RecordChoice {
  text: string;
  rating: RatingLevel;
  feedback: string | null;
}

export interface RecordDecision {
  number: number;
  situation: string;
  chosen: RecordChoice;
  better: RecordChoice | null;
  critical: boolean;
  /** What was chosen here the time before, when this decision was tried again. */
  triedAgain: { text: string; rating: RatingLevel } | null;
  /** "What you said first": the learner's own words before the options (only when there were some). */
  said?: string;
  /** Pairs: how the partner said it felt, in role (only when they said). */
  felt?: Feeling;
}

export interface RecordTrust {
  name: string;
  points: number[];
}

export interface RecordReflection {
  prompt: string;
  answer: string;
}

export interface EvidenceRecord {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  createdAt: string;
  /** Name or initials, if the learner gave them; otherwise empty. */
  learner: string;
  scenario: { id: string; title: string };
  playedAt: string;
  ending: string | null;
  outcomes: RecordOutcome[];
  decisions: RecordDecision[];
  trust: RecordTrust[];
  /** Set when a decision was tried again: which one, and the ending reached the time before. */
  replay: { decision: number; endingBefore: string | null } | null;
  reflections: RecordReflection[];
  statement: string;
}

export interface RecordExtras {
  learner: string;
  reflections: readonly string[];
  now: Date;
}

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

export function buildRecord(d: Debrief, extras: RecordExtras): EvidenceRecord {
  const choice = (c: { text: string; level: RatingLevel; feedback: string | null }): RecordChoice => ({
    text: clip(c.text, LIMITS.text),
    rating: c.level,
    feedback: c.feedback === null ? null : clip(c.feedback, LIMITS.feedback),
  });
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    createdAt: extras.now.toISOString(),
    learner: clip(extras.learner.trim(), LIMITS.name),
    scenario: { id: d.scenarioId, title: clip(d.title, LIMITS.title) },
    playedAt: validDate(d.startedAt) ? d.startedAt : extras.now.toISOString(),
    ending: d.ending,
    outcomes: d.outcomes.map((o) => ({
      id: o.id,
      sum: o.sum,
      percent: o.percent,
      band: o.band,
      decisions: o.decisions,
      best: o.best,
      ok: o.ok,
      poor: o.poor,
      critical: o.critical.slice(0, LIMITS.critical).map((c) => clip(c, LIMITS.text)),
      before: o.before ? { sum: o.before.sum, percent: o.before.percent, band: o.before.band } : null,
    })),
    decisions: d.decisions.slice(0, LIMITS.decisions).map((x) => ({
      number: x.index + 1,
      situation: clip(x.situation, LIMITS.situation),
      chosen: choice(x.chosen),
      better: x.better ? choice(x.better) : null,
      critical: x.critical,
      triedAgain: x.replayed ? { text: clip(x.replayed.text, LIMITS.text), rating: x.replayed.level } : null,
      ...(x.said ? { said: clip(x.said, LIMITS.text) } : {}),
      ...(x.felt ? { felt: x.felt } : {}),
    })),
    trust: d.trust
      .slice(0, LIMITS.trust)
      .map((t) => ({ name: clip(t.name, LIMITS.title), points: t.points.slice(0, LIMITS.decisions + 1) })),
    replay: d.comparison
      ? { decision: d.comparison.decisionNumber, endingBefore: d.comparison.endingBefore }
      : null,
    reflections: REFLECTION_PROMPTS.map((prompt, i) => ({
      prompt,
      answer: clip(extras.reflections[i] ?? '', LIMITS.reflection),
    })),
    statement: STATEMENT,
  };
}

export function serialiseRecord(r: EvidenceRecord): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/** "care-conversations-record-nothing-after-midnight-2026-11-25.json" */
export function recordFileName(r: EvidenceRecord): string {
  return `care-conversations-record-${r.scenario.id}-${r.playedAt.slice(0, 10)}.json`;
}

/** An ISO date and time, as the game writes them. */
export function validDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s));
}
