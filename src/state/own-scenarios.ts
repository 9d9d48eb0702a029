// The trainer's own scenarios, kept per profile on this device: each one the draft as written and what playing it
// needs (see workshop/own-scenario.ts). Persisted, versioned and repaired like every store: each kept scenario is
// read again through the scenario file's checks, so storage edited by hand is as untrusted as an imported file.
import type { StoryMeta } from '../story/tags';
import { draftFromFile } from '../workshop/draft';
import { OWN_PREFIX, castClash, type OwnScenario } from '../workshop/own-scenario';
import {
  PREFIX,
  field,
  type Notice,
  type PersistSpec,
  type SaveResult,
  type StorageLike,
  persistedStore,
} from './persist';

export interface OwnScenariosState {
  scenarios: OwnScenario[];
}

/** Enough for a trainer's own set; each one may be a few hundred KB of compiled story, and storage is small. */
export const MAX_OWN = 20;

const range = (v: unknown) => {
  const r = field.obj(v);
  return r && typeof r.min === 'number' && typeof r.max === 'number' ? { min: r.min, max: r.max } : null;
};
const strings = (v: unknown) =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null;

function repairMeta(v: unknown): StoryMeta | null {
  const m = field.obj(v);
  const outcomes = strings(m?.outcomes);
  const cast = strings(m?.cast);
  if (!m || !outcomes || !cast) return null;
  const text = (x: unknown) => (typeof x === 'string' ? x.slice(0, 600) : null);
  return {
    title: text(m.title),
    summary: text(m.summary),
    minutes: typeof m.minutes === 'number' && Number.isFinite(m.minutes) ? m.minutes : null,
    outcomes,
    location: text(m.location),
    cast,
    contentNote: text(m.contentNote),
  };
}

function repairOne(v: unknown): OwnScenario | null {
  const o = field.obj(v);
  const c = field.obj(o?.compiled);
  if (!o || !c) return null;
  const draft = draftFromFile(
    JSON.stringify({ ...field.obj(o.draft), format: 'care-conversations-scenario', version: 1 }),
  );
  const meta = repairMeta(o.meta);
  const decisions = range(c.decisions);
  const endings = strings(c.endings);
  const ranges: Record<string, { min: number; max: number }> = {};
  for (const [k, r] of Object.entries(field.obj(c.ranges) ?? {})) {
    const ok = range(r);
    if (!ok) return null;
    ranges[k] = ok;
  }
  if ('error' in draft || !meta || !decisions || !endings) return null;
  if (typeof c.json !== 'string' || typeof c.hash !== 'string' || o.id !== OWN_PREFIX + draft.id) return null;
  return {
    id: o.id,
    draft,
    meta,
    compiled: { json: c.json, hash: c.hash, ranges, endings, decisions },
    addedAt: field.str(o.addedAt, draft.updatedAt, 40),
  };
}

export const ownScenariosSpec: PersistSpec<OwnScenariosState> = {
  key: 'own-scenarios',
  version: 1,
  fallback: () => ({ scenarios: [] }),
  repair: (data) => {
    const list = field.obj(data)?.scenarios;
    if (!Array.isArray(list)) return null;
    const kept: OwnScenario[] = [];
    for (const item of list.slice(0, MAX_OWN)) {
      const o = repairOne(item);
      if (o && !kept.some((k) => k.id === o.id) && castClash(kept, o.draft) === null) kept.push(o);
    }
    return { scenarios: kept };
  },
};

/** Adds a scenario, or replaces the one with its id (a new version of the same draft); the newest last. */
export function addOwn(s: OwnScenariosState, o: OwnScenario): OwnScenariosState | { error: string } {
  const others = s.scenarios.filter((k) => k.id !== o.id);
  if (others.length >= MAX_OWN)
    return { error: `You can keep up to ${MAX_OWN} of your own scenarios. Remove one to add another.` };
  const clash = castClash(others, o.draft);
  if (clash)
    return {
      error: `Another of your scenarios has a different person with the id "${clash}". Give this person a new id.`,
    };
  return { scenarios: [...others, o] };
}

export function removeOwn(s: OwnScenariosState, id: string): OwnScenariosState {
  return { scenarios: s.scenarios.filter((k) => k.id !== id) };
}

export function createOwnScenariosStore(
  storage: StorageLike | null,
  notify: (n: Notice) => void,
  onSave?: (r: SaveResult) => void,
) {
  return persistedStore(storage, ownScenariosSpec, notify, onSave);
}

export type OwnScenariosStore = ReturnType<typeof createOwnScenariosStore>;

/** The trainer's scenarios only, read without writing: presenter mode lists them and never changes the profile. */
export function readOwnScenarios(storage: StorageLike | null): OwnScenario[] {
  try {
    const env = field.obj(JSON.parse(storage?.getItem(PREFIX + ownScenariosSpec.key) ?? 'null'));
    if (env?.version !== ownScenariosSpec.version) return [];
    return ownScenariosSpec.repair(env.data)?.scenarios ?? [];
  } catch {
    return [];
  }
}
