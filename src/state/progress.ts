// Progress per scenario: finished or not, endings seen, the strongest evidence so far per outcome, when it was last
// played. Each outcome keeps its percentage and its band: the band comes from the scoring's one band function when
// the play ends, so an unsafe choice that capped it is never lost behind a bare percentage.

import { bandFor, bandRank, NO_CRITICAL, type Band } from '../scoring/bands';
import {
  field,
  type Notice,
  type PersistSpec,
  type StorageLike,
  persistedStore,
  type SaveResult,
} from './persist';

export interface OutcomeStanding {
  percent: number;
  band: Band;
}

export interface ScenarioProgress {
  finished: boolean;
  endings: string[];
  /** The strongest standing reached per outcome (band first, then percentage). */
  best: Record<string, OutcomeStanding>;
  lastPlayed: string | null; // ISO date
  /**
   * Set on progress saved before unsafe choices capped both demonstrate outcomes: its bands were re-made from the
   * percentage alone, so the records kept on the device (which know every choice) decide where they exist.
   */
  legacy?: true;
}

export type Progress = Record<string, ScenarioProgress>;

const BANDS: readonly Band[] = ['strong', 'some', 'practice'];

export const SCORING_CHANGED =
  'The way the game scores has changed: an unsafe choice now means "needs more practice" for both outcomes you show in your work (1.4c and 1.4d). Your earlier results have been looked at again under the new rule. Nothing has been lost.';

export const progressSpec: PersistSpec<Progress> = {
  key: 'progress',
  version: 2,
  fallback: () => ({}),
  migrate: {
    // Version 1 kept only the best percentage per outcome.
    1: (data) => {
      const o = field.obj(data);
      if (!o) return data;
      const out: Record<string, unknown> = {};
      for (const [id, value] of Object.entries(o)) {
        const p = field.obj(value);
        if (!p) continue;
        const best: Record<string, OutcomeStanding> = {};
        for (const [k, v] of Object.entries(field.obj(p.best) ?? {})) {
          if (typeof v !== 'number') continue;
          const percent = field.num(v, 0, 0, 100);
          best[k] = { percent, band: bandFor(k, percent, NO_CRITICAL) };
        }
        out[id] = { ...p, best, legacy: true };
      }
      return out;
    },
  },
  migratedNotice: { 1: SCORING_CHANGED },
  repair: (data) => {
    const o = field.obj(data);
    if (!o) return null;
    const out: Progress = {};
    for (const [id, value] of Object.entries(o)) {
      const p = field.obj(value);
      if (!p || !/^[a-z0-9-]+$/.test(id)) continue; // drop one damaged entry, keep the others
      const best: Record<string, OutcomeStanding> = {};
      for (const [k, v] of Object.entries(field.obj(p.best) ?? {})) {
        const s = field.obj(v);
        if (!s || typeof s.percent !== 'number') continue;
        const percent = field.num(s.percent, 0, 0, 100);
        best[k] = { percent, band: field.oneOf(s.band, BANDS, bandFor(k, percent, NO_CRITICAL)) };
      }
      out[id] = {
        finished: field.bool(p.finished, false),
        endings: Array.isArray(p.endings)
          ? p.endings.filter((e): e is string => typeof e === 'string').slice(0, 50)
          : [],
        best,
        lastPlayed:
          typeof p.lastPlayed === 'string' && !Number.isNaN(Date.parse(p.lastPlayed)) ? p.lastPlayed : null,
        ...(p.legacy === true ? { legacy: true as const } : {}),
      };
    }
    return out;
  },
};

export function createProgressStore(
  storage: StorageLike | null,
  notify: (n: Notice) => void,
  onSave?: (r: SaveResult) => void,
) {
  return persistedStore(storage, progressSpec, notify, onSave);
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

/** The stronger of two standings: the band decides, then the percentage. */
export function strongerStanding(a: OutcomeStanding | undefined, b: OutcomeStanding): OutcomeStanding {
  if (!a) return b;
  const d = bandRank(b.band) - bandRank(a.band);
  return d > 0 || (d === 0 && b.percent > a.percent) ? b : a;
}

/** Folds a finished play into progress: endings seen grow, the best standing only goes up. */
export function recordFinish(
  p: Progress,
  id: string,
  ending: string | null,
  standings: Record<string, OutcomeStanding>,
  now: Date,
): Progress {
  const prev = p[id] ?? { finished: false, endings: [], best: {}, lastPlayed: null };
  const best = { ...prev.best };
  for (const [k, s] of Object.entries(standings))
    best[k] = strongerStanding(best[k], { percent: s.percent, band: s.band });
  const endings = ending && !prev.endings.includes(ending) ? [...prev.endings, ending] : prev.endings;
  return {
    ...p,
    [id]: {
      finished: true,
      endings,
      best,
      lastPlayed: now.toISOString(),
      ...(prev.legacy ? { legacy: true as const } : {}),
    },
  };
}

export function recordStart(p: Progress, id: string, now: Date): Progress {
  const prev = p[id] ?? { finished: false, endings: [], best: {}, lastPlayed: null };
  return { ...p, [id]: { ...prev, lastPlayed: now.toISOString() } };
}
