// Learner profiles for a shared tablet: a first name or initials, nothing more. Each profile's data lives under
// its own key prefix, so progress, saves and records never mix, and deleting a profile deletes all it owns.

import { PREFIX, field, load, save, type Notice, type PersistSpec, type StorageLike } from './persist';

export interface Profile {
  id: string;
  name: string;
}

export const GUEST: Profile = { id: 'guest', name: 'Guest' };
export const MAX_NAME = 20;
const ACTIVE = `${PREFIX}active-profile`;

export const profilesSpec: PersistSpec<Profile[]> = {
  key: 'profiles',
  version: 1,
  fallback: () => [],
  repair: (data) => {
    if (!Array.isArray(data)) return null;
    const seen = new Set<string>();
    return data.flatMap((p) => {
      const o = field.obj(p);
      if (
        !o ||
        typeof o.id !== 'string' ||
        !/^[a-z0-9]{1,24}$/.test(o.id) ||
        seen.has(o.id) ||
        o.id === GUEST.id
      )
        return [];
      const name = cleanName(field.str(o.name, ''));
      if (!name) return [];
      seen.add(o.id);
      return [{ id: o.id, name }];
    });
  },
};

/** Trims, collapses spaces and caps the length; a name is only ever shown as text. */
export function cleanName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

export function profilePrefix(id: string): string {
  return `${PREFIX}p:${id}:`;
}

/** A view of storage in which every game key belongs to one profile. */
export function scopedStorage(storage: StorageLike, profileId: string): StorageLike {
  const map = (key: string) =>
    key.startsWith(PREFIX) ? profilePrefix(profileId) + key.slice(PREFIX.length) : key;
  return {
    getItem: (k) => storage.getItem(map(k)),
    setItem: (k, v) => storage.setItem(map(k), v),
    removeItem: (k) => storage.removeItem(map(k)),
  };
}

export function loadProfiles(storage: StorageLike | null, notify: (n: Notice) => void): Profile[] {
  return load(storage, profilesSpec, notify);
}

export function addProfile(
  storage: StorageLike | null,
  list: Profile[],
  rawName: string,
  makeId: () => string,
): Profile[] | string {
  const name = cleanName(rawName);
  if (!name) return 'Type a first name or initials.';
  if (list.some((p) => p.name.toLowerCase() === name.toLowerCase()))
    return `There is already a profile called ${name}.`;
  const next = [...list, { id: makeId(), name }];
  if (save(storage, profilesSpec, next) !== 'ok') return 'This device could not save the new profile.';
  return next;
}

/** Removes a profile and every key it owns (progress, saved game, records, backups). */
export function deleteProfile(
  storage: StorageLike & { key?(i: number): string | null; length?: number },
  list: Profile[],
  id: string,
): Profile[] {
  const prefix = profilePrefix(id);
  const keys: string[] = [];
  for (let i = 0; i < (storage.length ?? 0); i += 1) {
    const k = storage.key?.(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  for (const k of keys) storage.removeItem(k);
  const next = list.filter((p) => p.id !== id);
  save(storage, profilesSpec, next);
  return next;
}

/** The profile chosen in this browser tab (so a reload keeps it, and the next person on the tablet chooses). */
export function activeProfile(tab: StorageLike | null): string | null {
  try {
    return tab?.getItem(ACTIVE) ?? null;
  } catch {
    return null;
  }
}

export function setActiveProfile(tab: StorageLike | null, id: string | null): void {
  try {
    if (id) tab?.setItem(ACTIVE, id);
    else tab?.removeItem(ACTIVE);
  } catch {
    // Without tab storage the learner simply chooses again after a reload.
  }
}

/** Who is playing on this device: the learner's profiles, and switching between them. */
export interface ProfilesApi {
  list(): Profile[];
  active(): Profile;
  choose(id: string): void;
  add(name: string): string | null; // an error message, or null when added
  remove(id: string): void;
}
