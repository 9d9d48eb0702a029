// What the learner writes after a scenario, kept on this device: answers to the three reflection prompts (one set
// per play: scenario + start time), the name or initials they want on the record, and the last record of each
// play so it can be opened, printed or exported again. Persisted, versioned, repaired field by field.

import { NAME_MAX, REFLECTION_MAX, REFLECTION_PROMPTS } from '../debrief/prompts';
import type { EvidenceRecord } from '../debrief/record';
import { parseRecord } from '../debrief/record-parse';
import {
  field,
  type Notice,
  type PersistSpec,
  type SaveResult,
  type StorageLike,
  persistedStore,
} from './persist';
import { byText } from './order';

export interface ReflectionEntry {
  scenarioId: string;
  startedAt: string;
  answers: string[];
  updatedAt: string;
}

export interface ReflectionsState {
  learner: string;
  /** Keyed by reflectionKey(scenarioId, startedAt). */
  entries: Record<string, ReflectionEntry>;
  /** The last record of each play, same keys. */
  records: Record<string, EvidenceRecord>;
}

export const MAX_ENTRIES = 40;
export const MAX_RECORDS = 20;

export function reflectionKey(scenarioId: string, startedAt: string): string {
  return `${scenarioId}@${startedAt}`;
}

export const reflectionsSpec: PersistSpec<ReflectionsState> = {
  key: 'reflections',
  version: 1,
  fallback: () => ({ learner: '', entries: {}, records: {} }),
  repair: (data) => {
    const o = field.obj(data);
    if (!o) return null;
    const entries: Record<string, ReflectionEntry> = {};
    for (const [key, value] of Object.entries(field.obj(o.entries) ?? {})) {
      const e = field.obj(value);
      if (!e || typeof e.scenarioId !== 'string' || typeof e.startedAt !== 'string') continue;
      if (key !== reflectionKey(e.scenarioId, e.startedAt)) continue;
      const answers = Array.isArray(e.answers) ? e.answers : [];
      entries[key] = {
        scenarioId: e.scenarioId,
        startedAt: e.startedAt,
        answers: REFLECTION_PROMPTS.map((_, i) => field.str(answers[i], '', REFLECTION_MAX)),
        updatedAt: field.str(e.updatedAt, e.startedAt, 40),
      };
    }
    const records: Record<string, EvidenceRecord> = {};
    for (const [key, value] of Object.entries(field.obj(o.records) ?? {})) {
      const parsed = parseRecord(value);
      if (parsed.ok && key === reflectionKey(parsed.record.scenario.id, parsed.record.playedAt))
        records[key] = parsed.record;
    }
    return {
      learner: field.str(o.learner, '', NAME_MAX),
      entries: newest(entries, MAX_ENTRIES, (e) => e.updatedAt),
      records: newest(records, MAX_RECORDS, (r) => r.createdAt),
    };
  },
};

/** Keeps the `max` newest values, so the store cannot grow without end on a shared tablet. */
function newest<T>(map: Record<string, T>, max: number, when: (v: T) => string): Record<string, T> {
  const kept = Object.entries(map)
    .sort((a, b) => byText(when(b[1]), when(a[1])))
    .slice(0, max);
  return Object.fromEntries(kept);
}

export function answersFor(s: ReflectionsState, scenarioId: string, startedAt: string): string[] {
  const e = s.entries[reflectionKey(scenarioId, startedAt)];
  return REFLECTION_PROMPTS.map((_, i) => e?.answers[i] ?? '');
}

export function setAnswer(
  s: ReflectionsState,
  scenarioId: string,
  startedAt: string,
  index: number,
  text: string,
  now: Date,
): ReflectionsState {
  if (index < 0 || index >= REFLECTION_PROMPTS.length) return s;
  const key = reflectionKey(scenarioId, startedAt);
  const answers = answersFor(s, scenarioId, startedAt);
  answers[index] = text.slice(0, REFLECTION_MAX);
  const entries = { ...s.entries, [key]: { scenarioId, startedAt, answers, updatedAt: now.toISOString() } };
  return { ...s, entries: newest(entries, MAX_ENTRIES, (e) => e.updatedAt) };
}

export function setLearner(s: ReflectionsState, name: string): ReflectionsState {
  return { ...s, learner: name.slice(0, NAME_MAX) };
}

export function keepRecord(s: ReflectionsState, record: EvidenceRecord): ReflectionsState {
  const records = { ...s.records, [reflectionKey(record.scenario.id, record.playedAt)]: record };
  return { ...s, records: newest(records, MAX_RECORDS, (r) => r.createdAt) };
}

export function createReflectionsStore(
  storage: StorageLike | null,
  notify: (n: Notice) => void,
  onSave?: (r: SaveResult) => void,
) {
  return persistedStore(storage, reflectionsSpec, notify, onSave);
}

export type ReflectionsStore = ReturnType<typeof createReflectionsStore>;
