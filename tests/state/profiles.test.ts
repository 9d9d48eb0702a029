import { describe, expect, it } from 'vitest';
import { PREFIX } from '../../src/state/persist';
import {
  GUEST,
  addProfile,
  cleanName,
  deleteProfile,
  loadProfiles,
  profilePrefix,
  scopedStorage,
} from '../../src/state/profiles';
import { createProgressStore, recordStart } from '../../src/state/progress';
import { MemoryStorage } from '../support/memory-storage';

class KeyedStorage extends MemoryStorage {
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
}

describe('profiles', () => {
  it('keeps only a short name', () => {
    expect(cleanName('  Sam   Okafor  the second of that name ')).toBe('Sam Okafor the secon');
  });

  it('adds profiles, refusing empty and duplicate names', () => {
    const s = new KeyedStorage();
    let n = 0;
    const id = () => `p${(n += 1)}`;
    expect(addProfile(s, [], '   ', id)).toBe('Type a first name or initials.');
    const one = addProfile(s, [], 'Sam', id);
    expect(one).toEqual([{ id: 'p1', name: 'Sam' }]);
    expect(addProfile(s, one as never, 'sam', id)).toBe('There is already a profile called sam.');
    expect(loadProfiles(s, () => undefined)).toEqual([{ id: 'p1', name: 'Sam' }]);
  });

  it("keeps each profile's data apart, and deleting one removes everything it owns", () => {
    const s = new KeyedStorage();
    const sam = createProgressStore(scopedStorage(s, 'p1'), () => undefined);
    const ali = createProgressStore(scopedStorage(s, 'p2'), () => undefined);
    sam.setState((p) => recordStart(p, 'x', new Date()));
    expect(ali.getState()).toEqual({});
    expect(createProgressStore(scopedStorage(s, 'p1'), () => undefined).getState().x).toBeDefined();
    s.setItem(`${profilePrefix('p1')}backup:progress:1`, 'old');
    ali.setState((p) => recordStart(p, 'y', new Date()));
    const left = deleteProfile(
      s,
      [
        { id: 'p1', name: 'Sam' },
        { id: 'p2', name: 'Ali' },
      ],
      'p1',
    );
    expect(left).toEqual([{ id: 'p2', name: 'Ali' }]);
    expect([...s.map.keys()].filter((k) => k.startsWith(profilePrefix('p1')))).toEqual([]);
    expect(s.getItem(`${profilePrefix('p2')}progress`)).not.toBeNull();
  });

  it('sets aside a damaged profile list and never lists the guest', () => {
    const s = new KeyedStorage();
    s.setItem(
      `${PREFIX}profiles`,
      JSON.stringify({
        version: 1,
        data: [
          { id: 'guest', name: 'X' },
          { id: 'ok1', name: '<b>Jo</b>' },
          { id: 'BAD', name: 'Z' },
        ],
      }),
    );
    expect(loadProfiles(s, () => undefined)).toEqual([{ id: 'ok1', name: '<b>Jo</b>' }]);
    expect(GUEST.id).toBe('guest');
  });
});
