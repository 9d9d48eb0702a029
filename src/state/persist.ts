// Local storage that never loses a learner's work silently. Every value is stored as { version, data }; on load it
// is migrated and validated field by field, and anything that cannot be read is set aside under a backup key and
// reported, so the game starts clean instead of blank. Storage that is full or missing is reported, not thrown.

import { createStore } from 'zustand/vanilla';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Notice {
  key: string;
  message: string;
}

export interface PersistSpec<T> {
  key: string;
  version: number;
  fallback: () => T;
  /** Cleans loaded data: returns a value to keep (repairing what it can), or null if nothing is usable. */
  repair: (data: unknown) => T | null;
  /** Upgrades data saved by an older version, one version at a time. */
  migrate?: Record<number, (data: unknown) => unknown>;
  /** What to tell the learner after upgrading from a version (for example, that the scoring changed). */
  migratedNotice?: Record<number, string>;
}

export const PREFIX = 'care-conversations:';

export function backupKey(key: string, now = Date.now()): string {
  return `${PREFIX}backup:${key}:${now}`;
}

export function load<T>(storage: StorageLike | null, spec: PersistSpec<T>, notify: (n: Notice) => void): T {
  if (!storage) return spec.fallback();
  const full = PREFIX + spec.key;
  let raw: string | null;
  try {
    raw = storage.getItem(full);
  } catch {
    notify({
      key: spec.key,
      message: 'This device is not letting the game read its saved data, so progress cannot be kept.',
    });
    return spec.fallback();
  }
  if (raw === null) return spec.fallback();
  const setAside = (why: string) => {
    try {
      storage.setItem(backupKey(spec.key), raw);
      storage.removeItem(full);
    } catch {
      // If even the backup cannot be written, leave the original where it is rather than lose it.
    }
    notify({ key: spec.key, message: why });
    return spec.fallback();
  };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return setAside(
      `Some saved ${label(spec.key)} could not be read. It has been kept aside, and the game has started fresh.`,
    );
  }
  const env = envelope as { version?: unknown; data?: unknown };
  if (typeof env !== 'object' || env === null || !Number.isInteger(env.version) || !('data' in env)) {
    return setAside(`Saved ${label(spec.key)} was not in a form this game knows. It has been kept aside.`);
  }
  let version = env.version as number;
  let data = env.data;
  const told: string[] = [];
  if (version > spec.version) {
    return setAside(
      `Saved ${label(spec.key)} came from a newer version of the game. It has been kept aside, not changed.`,
    );
  }
  while (version < spec.version) {
    const step = spec.migrate?.[version];
    if (!step)
      return setAside(
        `Saved ${label(spec.key)} came from an older version that cannot be updated. It has been kept aside.`,
      );
    data = step(data);
    const said = spec.migratedNotice?.[version];
    if (said) told.push(said);
    version += 1;
  }
  const repaired = spec.repair(data);
  if (repaired === null)
    return setAside(
      `Saved ${label(spec.key)} was damaged. It has been kept aside, and the game has started fresh.`,
    );
  // Said only once the upgraded data is known to be usable: data set aside has its own message.
  for (const message of told) notify({ key: spec.key, message });
  // Upgraded data is written back at once, so the next start neither migrates it nor tells the learner again.
  if ((env.version as number) < spec.version) save(storage, spec, repaired);
  return repaired;
}

export type SaveResult = 'ok' | 'full' | 'unavailable';

export function save<T>(
  storage: StorageLike | null,
  spec: Pick<PersistSpec<T>, 'key' | 'version'>,
  data: T,
): SaveResult {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(PREFIX + spec.key, JSON.stringify({ version: spec.version, data }));
    return 'ok';
  } catch (e) {
    return isQuota(e) ? 'full' : 'unavailable';
  }
}

function isQuota(e: unknown): boolean {
  return (
    e instanceof Error &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(e.message))
  );
}

function label(key: string): string {
  return { settings: 'settings', progress: 'progress', session: 'game' }[key] ?? 'data';
}

/** localStorage if the browser allows it (private modes and locked-down tablets may not). */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    const probe = `${PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** Small field readers for repair functions: take what is valid, default the rest. */
export const field = {
  bool: (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d),
  num: (v: unknown, d: number, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : d,
  oneOf: <T extends string>(v: unknown, options: readonly T[], d: T): T =>
    options.includes(v as T) ? (v as T) : d,
  str: (v: unknown, d: string, max = 500) => (typeof v === 'string' ? v.slice(0, max) : d),
  obj: (v: unknown): Record<string, unknown> | null =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null,
};

/** A zustand store that starts from what `spec` loads and saves every change through it (each result to `onSave`,
 *  so a full device can be reported once). Progress, reflections and a trainer's own scenarios are kept this way. */
export function persistedStore<T>(
  storage: StorageLike | null,
  spec: PersistSpec<T>,
  notify: (n: Notice) => void,
  onSave?: (r: SaveResult) => void,
) {
  const store = createStore<T>(() => load(storage, spec, notify));
  store.subscribe((value) => {
    const result = save(storage, spec, value);
    onSave?.(result);
  });
  return store;
}
