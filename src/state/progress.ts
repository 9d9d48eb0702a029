// Progress per scenario: finished or not, endings seen, the best evidence so far, when it was last played.

import { createStore } from 'zustand/vanilla';
import { field, load, save, type Notice, type PersistSpec, type StorageLike } from './persist';

export interface ScenarioProgress {
  finished: boolean;
  endings: string[];
  /** Best percentage reached per outcome. */
  best: Record<string, number>;
  lastPlayed: string | null; // ISO date
}

export type Progress = Record<string, ScenarioProgress>;

export const progressSpec: PersistSpec<Progress> = {
  key: 'progress',
  version: 1,
  fallback: () => ({}),
  repair: (data) => {
    const o = field.obj(data);
    if (!o) return null;
    const out: Progress = {};
    for (const [id, value] of Object.entries(o)) {
      const p = field.obj(value);
      if (!p || !/^[a-z0-9-]+$/.test(id)) continue; // drop one damaged entry, keep the others
      const best: Record<string, number> = {};
      for (const [k, v] of Object.entries(field.obj(p.best) ?? {})) if (typeof v === 'number') best[k] = field.num(v, 0, 0, 100);
      out[id] = {
        finished: field.bool(p.finished, false),
        endings: Array.isArray(p.endings) ? p.endings.filter((e): e is string => typeof e === 'string').slice(0, 50) : [],
        best,
        lastPlayed: typeof p.lastPlayed === 'string' && !Number.isNaN(Date.parse(p.lastPlayed)) ? p.lastPlayed : null,
      };
    }
    return out;
  },
};

export function createProgressStore(storage: StorageLike | null, notify: (n: Notice) => void, onSave?: (r: string) => void) {
  const store = createStore<Progress>(() => load(storage, progressSpec, notify));
  store.subscribe((p) => {
    const result = save(storage, progressSpec, p);
    onSave?.(result);
  });
  return store;
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

/** Folds a finished play into progress: endings seen grow, best evidence only goes up. */
export function recordFinish(p: Progress, id: string, ending: string | null, percents: Record<string, number>, now: Date): Progress {
  const prev = p[id] ?? { finished: false, endings: [], best: {}, lastPlayed: null };
  const best = { ...prev.best };
  for (const [k, v] of Object.entries(percents)) best[k] = Math.max(best[k] ?? 0, v);
  const endings = ending && !prev.endings.includes(ending) ? [...prev.endings, ending] : prev.endings;
  return { ...p, [id]: { finished: true, endings, best, lastPlayed: now.toISOString() } };
}

export function recordStart(p: Progress, id: string, now: Date): Progress {
  const prev = p[id] ?? { finished: false, endings: [], best: {}, lastPlayed: null };
  return { ...p, [id]: { ...prev, lastPlayed: now.toISOString() } };
}
