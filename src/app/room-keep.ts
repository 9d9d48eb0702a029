// Presenter mode survives a reload of the room screen: the session and the presenter's state (votes, history,
// what is revealed) are kept in this tab's sessionStorage, under their own prefix. Never in localStorage: a
// room's run must not touch the saved game, progress or settings of whoever uses this device for self-study.
// sessionStorage goes when the tab closes, which is what a room's run should do.
import { initialPresenterState, type PresenterState, type PresenterStore } from '../presenter/state';
import type { StorageLike } from '../state/persist';

const PREFIX = 'presenter:';
const KEY = 'care-conversations:presenter';
const VERSION = 1;

/** This tab's sessionStorage, every key prefixed so nothing clashes with self-study's use of it. Null if barred. */
export function roomStorage(): StorageLike | null {
  try {
    const s = globalThis.sessionStorage;
    if (!s) return null;
    s.setItem(`${PREFIX}probe`, '1');
    s.removeItem(`${PREFIX}probe`);
    return {
      getItem: (k) => s.getItem(PREFIX + k),
      setItem: (k, v) => s.setItem(PREFIX + k, v),
      removeItem: (k) => s.removeItem(PREFIX + k),
    };
  } catch {
    return null;
  }
}

/** What is worth keeping: not the key list, the blank screen, a hint or whether a view was open (it says again). */
type Kept = Omit<PresenterState, 'help' | 'blank' | 'hint' | 'viewOpen'>;

function kept(st: PresenterState): Kept {
  const { help: _h, blank: _b, hint: _m, viewOpen: _v, ...rest } = st;
  return rest;
}

/** The state kept before the reload, over a fresh one; null when there is none or it cannot be read. */
export function loadPresenterState(storage: StorageLike | null): PresenterState | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { version?: unknown; data?: Partial<Kept> };
    const data = parsed.data;
    if (parsed.version !== VERSION || typeof data !== 'object' || data === null) return null;
    if (typeof data.phase?.name !== 'string' || typeof data.votes !== 'object') return null;
    return { ...initialPresenterState(), ...data };
  } catch {
    return null;
  }
}

/** Restores the kept state into the store, then keeps it after every change. Returns whether one was restored. */
export function keepPresenterState(store: PresenterStore, storage: StorageLike | null): boolean {
  if (!storage) return false;
  const loaded = loadPresenterState(storage);
  if (loaded) store.setState(loaded);
  store.subscribe((st) => {
    try {
      storage.setItem(KEY, JSON.stringify({ version: VERSION, data: kept(st) }));
    } catch {
      // A full or barred storage: the room carries on; only a reload would lose the run.
    }
  });
  return loaded !== null;
}
