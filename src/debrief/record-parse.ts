// Reading a record back from a file: everything is checked, nothing is repaired. A record that is not exactly right
// is refused whole, so a trainer never sees half of one, or something that was edited to look like one. The record
// returned is built afresh from the checked fields only.

import { bandFor, type Band } from '../scoring/bands';
import { OUTCOME_IDS, outcome } from '../scoring/outcomes';
import type { Feeling } from './felt';
import { REFLECTION_PROMPTS } from './prompts';
import {
  LIMITS,
  RECORD_FORMAT,
  RECORD_MAX_BYTES,
  RECORD_VERSION,
  validDate,
  type EvidenceRecord,
  type RecordChoice,
  type RecordDecision,
  type RecordOutcome,
  type RecordReflection,
  type RecordScore,
  type RecordTrust,
} from './record';
import type { RatingLevel } from './words';

export type RecordErrorKind = 'too-large' | 'not-json' | 'not-a-record' | 'newer-version' | 'invalid';

export interface RecordError {
  kind: RecordErrorKind;
  message: string;
  /** Where in the file the problem is (for "invalid"), e.g. "decisions[3].chosen.text". */
  where?: string;
}

export type ParseResult = { ok: true; record: EvidenceRecord } | { ok: false; error: RecordError };

const MESSAGES: Record<RecordErrorKind, string> = {
  'too-large': 'This file is too large to be a Care Conversations record. Nothing has been changed.',
  'not-json':
    'This file is not a Care Conversations record: it could not be read as one. Nothing has been changed.',
  'not-a-record': 'This file is not a Care Conversations record. Nothing has been changed.',
  'newer-version':
    'This record was made by a newer version of Care Conversations, so this version cannot open it. Nothing has been changed.',
  invalid:
    'This file looks like a Care Conversations record, but part of it is missing, damaged or changed, so it cannot be opened. Nothing has been changed.',
};

/** A refusal with the plain-English message for its kind. */
export function refuse(kind: RecordErrorKind, where?: string): ParseResult {
  return fail(kind, where);
}

function fail(kind: RecordErrorKind, where?: string): ParseResult {
  return {
    ok: false,
    error: where ? { kind, message: MESSAGES[kind], where } : { kind, message: MESSAGES[kind] },
  };
}

/** Reads a file's text. */
export function parseRecordText(text: string): ParseResult {
  if (text.length > RECORD_MAX_BYTES) return fail('too-large');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  return parseRecord(value);
}

class Invalid extends Error {
  constructor(readonly where: string) {
    super(where);
  }
}

const BANDS: readonly string[] = ['strong', 'some', 'practice'];
const LEVELS: readonly string[] = ['best', 'ok', 'poor', 'none', 'critical', 'unrated'];
const ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;

/** `optional`: keys that may be missing (added to the format later: a record from before them is still valid). */
function obj(
  v: unknown,
  where: string,
  keys: readonly string[],
  optional: readonly string[] = [],
): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(where);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (!keys.includes(k) && !optional.includes(k)) throw new Invalid(`${where}.${k}`);
  for (const k of keys) if (!(k in o)) throw new Invalid(`${where}.${k}`);
  return o;
}

function str(v: unknown, where: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw new Invalid(where);
  return v;
}

function strOrNull(v: unknown, where: string, max: number): string | null {
  return v === null ? null : str(v, where, max);
}

function int(v: unknown, where: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new Invalid(where);
  return v;
}

function list(v: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max) throw new Invalid(where);
  return v;
}

function oneOf<T extends string>(v: unknown, options: readonly string[], where: string): T {
  if (typeof v !== 'string' || !options.includes(v)) throw new Invalid(where);
  return v as T;
}

function date(v: unknown, where: string): string {
  const s = str(v, where, 40);
  if (!validDate(s)) throw new Invalid(where);
  return s;
}

function score(
  v: unknown,
  where: string,
  extra: readonly string[] = [],
): RecordScore & Record<string, unknown> {
  const o = obj(v, where, ['sum', 'percent', 'band', ...extra]);
  return {
    ...o,
    sum: int(o.sum, `${where}.sum`, -1000, 1000),
    percent: int(o.percent, `${where}.percent`, 0, 100),
    band: oneOf<Band>(o.band, BANDS, `${where}.band`),
  };
}

function choice(v: unknown, where: string): RecordChoice {
  const o = obj(v, where, ['text', 'rating', 'feedback']);
  return {
    text: str(o.text, `${where}.text`, LIMITS.text),
    rating: oneOf<RatingLevel>(o.rating, LEVELS, `${where}.rating`),
    feedback: strOrNull(o.feedback, `${where}.feedback`, LIMITS.feedback),
  };
}

const TOP_KEYS = [
  'format',
  'version',
  'createdAt',
  'learner',
  'scenario',
  'playedAt',
  'ending',
  'outcomes',
  'decisions',
  'trust',
  'replay',
  'reflections',
  'statement',
] as const;

/** Checks a value field by field. Returns a fresh record built only from checked fields. */
export function parseRecord(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not-a-record');
  const raw = value as Record<string, unknown>;
  if (raw.format !== RECORD_FORMAT) return fail('not-a-record');
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > RECORD_VERSION)
    return fail('newer-version');
  try {
    const o = obj(raw, 'record', TOP_KEYS);
    if (o.version !== RECORD_VERSION) throw new Invalid('version');
    const sc = obj(o.scenario, 'scenario', ['id', 'title']);
    const scenarioId = str(sc.id, 'scenario.id', 80);
    if (!ID.test(scenarioId)) throw new Invalid('scenario.id');
    const ending = strOrNull(o.ending, 'ending', 80);
    if (ending !== null && !ID.test(ending)) throw new Invalid('ending');

    const seen = new Set<string>();
    const outcomes = list(o.outcomes, 'outcomes', OUTCOME_IDS.size).map((v, i): RecordOutcome => {
      const w = `outcomes[${i}]`;
      const s = score(v, w, ['id', 'decisions', 'best', 'ok', 'poor', 'critical', 'before']);
      const id = str(s.id, `${w}.id`, 10);
      if (!OUTCOME_IDS.has(id) || seen.has(id)) throw new Invalid(`${w}.id`);
      seen.add(id);
      return {
        id,
        sum: s.sum,
        percent: s.percent,
        band: s.band,
        decisions: int(s.decisions, `${w}.decisions`, 0, 1000),
        best: int(s.best, `${w}.best`, 0, 1000),
        ok: int(s.ok, `${w}.ok`, 0, 1000),
        poor: int(s.poor, `${w}.poor`, 0, 1000),
        critical: list(s.critical, `${w}.critical`, LIMITS.critical).map((c, j) =>
          str(c, `${w}.critical[${j}]`, LIMITS.text),
        ),
        before: s.before === null ? null : pickScore(score(s.before, `${w}.before`)),
      };
    });
    if (outcomes.length === 0) throw new Invalid('outcomes');

    const decisions = list(o.decisions, 'decisions', LIMITS.decisions).map((v, i): RecordDecision => {
      const w = `decisions[${i}]`;
      const d = obj(
        v,
        w,
        ['number', 'situation', 'chosen', 'better', 'critical', 'triedAgain'],
        ['said', 'felt'],
      );
      if (typeof d.critical !== 'boolean') throw new Invalid(`${w}.critical`);
      let triedAgain: RecordDecision['triedAgain'] = null;
      if (d.triedAgain !== null) {
        const t = obj(d.triedAgain, `${w}.triedAgain`, ['text', 'rating']);
        triedAgain = {
          text: str(t.text, `${w}.triedAgain.text`, LIMITS.text),
          rating: oneOf<RatingLevel>(t.rating, LEVELS, `${w}.triedAgain.rating`),
        };
      }
      return {
        number: int(d.number, `${w}.number`, 1, LIMITS.decisions),
        situation: str(d.situation, `${w}.situation`, LIMITS.situation),
        chosen: choice(d.chosen, `${w}.chosen`),
        better: d.better === null ? null : choice(d.better, `${w}.better`),
        critical: d.critical,
        triedAgain,
        ...(d.said === undefined ? {} : { said: str(d.said, `${w}.said`, LIMITS.text) }),
        ...(d.felt === undefined
          ? {}
          : { felt: oneOf<Feeling>(d.felt, ['heard', 'unsure', 'upset'], `${w}.felt`) }),
      };
    });

    const trust = list(o.trust, 'trust', LIMITS.trust).map((v, i): RecordTrust => {
      const t = obj(v, `trust[${i}]`, ['name', 'points']);
      return {
        name: str(t.name, `trust[${i}].name`, LIMITS.title),
        points: list(t.points, `trust[${i}].points`, LIMITS.decisions + 1).map((p, j) =>
          int(p, `trust[${i}].points[${j}]`, -100, 100),
        ),
      };
    });

    let replay: EvidenceRecord['replay'] = null;
    if (o.replay !== null) {
      const r = obj(o.replay, 'replay', ['decision', 'endingBefore']);
      const endingBefore = strOrNull(r.endingBefore, 'replay.endingBefore', 80);
      if (endingBefore !== null && !ID.test(endingBefore)) throw new Invalid('replay.endingBefore');
      replay = { decision: int(r.decision, 'replay.decision', 1, LIMITS.decisions), endingBefore };
    }

    const reflections = list(o.reflections, 'reflections', REFLECTION_PROMPTS.length).map(
      (v, i): RecordReflection => {
        const r = obj(v, `reflections[${i}]`, ['prompt', 'answer']);
        return {
          prompt: str(r.prompt, `reflections[${i}].prompt`, LIMITS.prompt),
          answer: str(r.answer, `reflections[${i}].answer`, LIMITS.reflection),
        };
      },
    );

    return {
      ok: true,
      record: {
        format: RECORD_FORMAT,
        version: RECORD_VERSION,
        createdAt: date(o.createdAt, 'createdAt'),
        learner: str(o.learner, 'learner', LIMITS.name),
        scenario: { id: scenarioId, title: str(sc.title, 'scenario.title', LIMITS.title) },
        playedAt: date(o.playedAt, 'playedAt'),
        ending,
        // Bands are re-made by today's rule, so a record kept or written before an unsafe choice capped both
        // demonstrate outcomes reads the same as one made now.
        outcomes: rebandOutcomes(outcomes, decisions),
        decisions,
        trust,
        replay,
        reflections,
        statement: str(o.statement, 'statement', LIMITS.statement),
      },
    };
  } catch (e) {
    if (e instanceof Invalid) return fail('invalid', e.where);
    throw e;
  }
}

/** Each outcome's band from the one band function, with the critical options the record's decisions show. */
export function rebandOutcomes(
  outcomes: readonly RecordOutcome[],
  decisions: readonly RecordDecision[],
): RecordOutcome[] {
  const inPlay = decisions.filter((d) => d.critical).map((d) => d.chosen.text);
  return outcomes.map((o) => {
    const demonstrate = outcome(o.id)?.kind === 'demonstrate';
    const critical = demonstrate
      ? [...new Set([...o.critical, ...inPlay])].slice(0, LIMITS.critical)
      : o.critical;
    const band = bandFor(o.id, o.percent, {
      forOutcome: o.critical.length > 0,
      inPlay: inPlay.length > 0 || o.critical.length > 0,
    });
    return { ...o, critical, band };
  });
}

function pickScore(s: RecordScore): RecordScore {
  return { sum: s.sum, percent: s.percent, band: s.band };
}
