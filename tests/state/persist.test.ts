import { describe, expect, it } from 'vitest';
import { PREFIX, load, save, type Notice } from '../../src/state/persist';
import {
  DEFAULT_SETTINGS,
  createSettingsStore,
  prefersReducedMotion,
  settingsSpec,
} from '../../src/state/settings';
import {
  createProgressStore,
  progressSpec,
  recordFinish,
  recordStart,
  SCORING_CHANGED,
} from '../../src/state/progress';
import { createSessionStore, sessionSpec } from '../../src/state/session';
import { MemoryStorage } from '../support/memory-storage';

const notes = () => {
  const list: Notice[] = [];
  return { list, notify: (n: Notice) => list.push(n) };
};

describe('persisted settings', () => {
  it('starts from defaults and saves every change with its version', () => {
    const storage = new MemoryStorage();
    const store = createSettingsStore(storage, () => undefined);
    expect(store.getState()).toEqual(DEFAULT_SETTINGS);
    store.setState({ textSize: 150, theme: 'contrast' });
    expect(JSON.parse(storage.getItem(`${PREFIX}settings`)!)).toEqual({
      version: 1,
      data: { ...DEFAULT_SETTINGS, textSize: 150, theme: 'contrast' },
    });
    expect(createSettingsStore(storage, () => undefined).getState().textSize).toBe(150);
  });

  it('repairs bad fields one by one and keeps the good ones', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      `${PREFIX}settings`,
      JSON.stringify({ version: 1, data: { volume: 9, muted: 'yes', textSize: 175, theme: 'neon' } }),
    );
    const { list, notify } = notes();
    expect(load(storage, settingsSpec, notify)).toEqual({ ...DEFAULT_SETTINGS, volume: 1, textSize: 175 });
    expect(list).toEqual([]);
  });

  it('follows the system reduced-motion setting unless the learner chose', () => {
    expect(prefersReducedMotion({ ...DEFAULT_SETTINGS, reducedMotion: 'system' }, true)).toBe(true);
    expect(prefersReducedMotion({ ...DEFAULT_SETTINGS, reducedMotion: 'off' }, true)).toBe(false);
    expect(prefersReducedMotion({ ...DEFAULT_SETTINGS, reducedMotion: 'on' }, false)).toBe(true);
  });
});

describe('bad saved data is set aside and reported, never lost', () => {
  const cases: [string, string][] = [
    ['garbage', '{not json'],
    ['another app', JSON.stringify({ theme: 'dark', user: 'x' })],
    ['a newer version', JSON.stringify({ version: 99, data: {} })],
    ['an older version with no migration', JSON.stringify({ version: 0, data: {} })],
    ['the wrong shape', JSON.stringify({ version: 1, data: 'hello' })],
  ];
  for (const [name, raw] of cases) {
    it(`${name}: backup kept, fallback used, learner told`, () => {
      const storage = new MemoryStorage();
      storage.setItem(`${PREFIX}progress`, raw);
      const { list, notify } = notes();
      expect(load(storage, progressSpec, notify)).toEqual({});
      expect(list).toHaveLength(1);
      expect(list[0]!.message).toMatch(/kept aside/);
      const [backup] = storage.backups();
      expect(storage.getItem(backup!)).toBe(raw);
      expect(storage.getItem(`${PREFIX}progress`)).toBeNull();
    });
  }

  it('migrates data from an older version when a migration exists', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${PREFIX}settings`, JSON.stringify({ version: 0, data: { vol: 0.2 } }));
    const spec = {
      ...settingsSpec,
      migrate: { 0: (d: unknown) => ({ volume: (d as { vol: number }).vol }) },
    };
    expect(load(storage, spec, () => undefined).volume).toBe(0.2);
  });

  it('keeps good progress entries when one is damaged', () => {
    const storage = new MemoryStorage();
    const good = {
      finished: true,
      endings: ['a'],
      best: { '1.4a': { percent: 80, band: 'strong' } },
      lastPlayed: '2026-11-25T10:00:00.000Z',
    };
    storage.setItem(
      `${PREFIX}progress`,
      JSON.stringify({ version: 2, data: { good, 'BAD ID': good, broken: 7 } }),
    );
    expect(load(storage, progressSpec, () => undefined)).toEqual({ good });
  });

  it('sets aside a session that is only half there', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      `${PREFIX}session`,
      JSON.stringify({ version: 1, data: { session: { scenarioId: 'x', save: { version: 1 } } } }),
    );
    const { list, notify } = notes();
    expect(load(storage, sessionSpec, notify)).toEqual({ session: null });
    expect(list[0]!.message).toMatch(/game was damaged/);
  });
});

describe('storage that is full or missing', () => {
  it('reports a full disk on save and keeps playing', () => {
    const storage = new MemoryStorage();
    const results: string[] = [];
    const store = createProgressStore(
      storage,
      () => undefined,
      (r) => results.push(r),
    );
    storage.full = true;
    store.setState((p) => recordStart(p, 'x', new Date()));
    expect(results).toEqual(['full']);
    expect(store.getState().x).toBeDefined();
  });

  it('works without storage at all (private mode)', () => {
    const results: string[] = [];
    const store = createSessionStore(
      null,
      () => undefined,
      (r) => results.push(r),
    );
    store.setState({ session: null });
    expect(results).toEqual(['unavailable']);
    expect(save(null, settingsSpec, DEFAULT_SETTINGS)).toBe('unavailable');
  });

  it('reports storage that throws on read', () => {
    const storage = new MemoryStorage();
    storage.broken = true;
    const { list, notify } = notes();
    expect(load(storage, settingsSpec, notify)).toEqual(DEFAULT_SETTINGS);
    expect(list[0]!.message).toMatch(/cannot be kept/);
  });
});

describe('progress', () => {
  it('grows endings seen and keeps the best standing: band first, then percentage', () => {
    const t = new Date('2026-11-25T12:00:00Z');
    let p = recordFinish(
      {},
      's',
      'good',
      { '1.4a': { percent: 60, band: 'some' }, '1.4c': { percent: 90, band: 'practice' } },
      t,
    );
    p = recordFinish(
      p,
      's',
      'bad',
      { '1.4a': { percent: 80, band: 'strong' }, '1.4c': { percent: 50, band: 'some' } },
      t,
    );
    p = recordFinish(p, 's', 'good', { '1.4a': { percent: 10, band: 'practice' } }, t);
    // 1.4c: the play capped at 90% by an unsafe choice ranks below a clean play's "some evidence" at 50%.
    expect(p.s).toEqual({
      finished: true,
      endings: ['good', 'bad'],
      best: { '1.4a': { percent: 80, band: 'strong' }, '1.4c': { percent: 50, band: 'some' } },
      lastPlayed: t.toISOString(),
    });
  });

  it('re-bands progress saved before the critical-option rule, keeps everything, and says so once', () => {
    const storage = new MemoryStorage();
    const old = {
      s: {
        finished: true,
        endings: ['good'],
        best: { '1.4a': 80, '1.4c': 50, '1.4d': 20 },
        lastPlayed: '2026-11-01T00:00:00.000Z',
      },
    };
    storage.setItem(`${PREFIX}progress`, JSON.stringify({ version: 1, data: old }));
    const { list, notify } = notes();
    const store = createProgressStore(storage, notify);
    expect(store.getState().s).toEqual({
      finished: true,
      endings: ['good'],
      best: {
        '1.4a': { percent: 80, band: 'strong' },
        '1.4c': { percent: 50, band: 'some' },
        '1.4d': { percent: 20, band: 'practice' },
      },
      lastPlayed: '2026-11-01T00:00:00.000Z',
      legacy: true,
    });
    expect(list.map((n) => n.message)).toEqual([SCORING_CHANGED]);
    // Written back at once: the next start finds version 2 and says nothing.
    const again = notes();
    createProgressStore(storage, again.notify);
    expect(again.list).toEqual([]);
    expect(JSON.parse(storage.getItem(`${PREFIX}progress`)!).version).toBe(2);
  });
});
