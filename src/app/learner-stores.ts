// Self-study's stores: the learner's profiles on a shared device, and each profile's settings, progress, saved game
// and reflections under its own prefix in this device's storage. Anything unreadable is set aside and reported
// through `tell`, never a blank screen.
import { backupKey, browserStorage, type StorageLike } from '../state/persist';
import { createOwnScenariosStore } from '../state/own-scenarios';
import { createProgressStore } from '../state/progress';
import {
  GUEST,
  activeProfile,
  addProfile,
  deleteProfile,
  loadProfiles,
  scopedStorage,
  setActiveProfile,
  type ProfilesApi,
} from '../state/profiles';
import { createReflectionsStore } from '../state/reflections';
import { createSessionStore, type Session } from '../state/session';
import { createSettingsStore } from '../state/settings';
import { writeBehind } from '../state/write-behind';

const CANNOT_SAVE =
  'This browser is not letting the game save. You can play, but your progress will not be kept after you close it.';
const FULL =
  'This device is out of storage space, so your latest progress could not be saved. You can keep playing.';
const OWN_FULL =
  'This device is out of storage space, so your own scenario could not be kept. Export it to a file to keep it.';
const REFLECTIONS_FULL =
  'This device is out of storage space, so your reflections could not be saved. Copy them somewhere safe.';

export function openLearnerStores(tell: (message: string) => void) {
  const storage = browserStorage();
  if (!storage) tell(CANNOT_SAVE);
  const notify = (n: { message: string }) => tell(n.message);
  const once = (message: string) => {
    let told = false;
    return (result: string) => {
      if (result !== 'full' || told) return;
      told = true;
      tell(message);
    };
  };
  const onSave = once(FULL);
  const profiles = openProfiles(storage, notify);
  const own = storage ? scopedStorage(storage, profiles.active().id) : null;
  return {
    own,
    profiles,
    mustChoose: profiles.mustChoose,
    settings: createSettingsStore(own, notify),
    progress: createProgressStore(own, notify, onSave),
    session: createSessionStore(own, notify, onSave, writeBehind().later),
    reflections: createReflectionsStore(own, notify, once(REFLECTIONS_FULL)),
    /** The trainer's own scenarios (written in the workshop or imported), kept with this profile. */
    ownScenarios: createOwnScenariosStore(own, notify, once(OWN_FULL)),
    /** A saved game an edited story could not follow to the end: kept under a backup key, like any data set aside. */
    setAside: (s: Session) => {
      try {
        own?.setItem(backupKey('session'), JSON.stringify({ version: 1, data: { session: s } }));
      } catch {
        // Storage full or gone: the game already says progress cannot be kept.
      }
    },
  };
}

export type LearnerStores = ReturnType<typeof openLearnerStores>;

/** The profiles on this device. The choice is kept for this tab only, so the next person to pick up a shared
 *  tablet chooses again; choosing reloads the page, so every store opens under the new profile. */
function openProfiles(
  storage: StorageLike | null,
  notify: (n: { message: string }) => void,
): ProfilesApi & { mustChoose: boolean } {
  const tab = (() => {
    try {
      return globalThis.sessionStorage ?? null;
    } catch {
      return null;
    }
  })();
  let list = loadProfiles(storage, notify);
  const chosen = activeProfile(tab);
  const active = list.find((p) => p.id === chosen) ?? GUEST;
  const api = {
    mustChoose: !chosen && list.length > 0,
    list: () => list,
    active: () => active,
    choose: (id: string) => {
      setActiveProfile(tab, id);
      location.reload();
    },
    add: (name: string) => {
      const newId = () => `p${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
      const result = addProfile(storage, list, name, newId);
      if (typeof result === 'string') return result;
      list = result;
      api.choose(result[result.length - 1]!.id);
      return null;
    },
    remove: (id: string) => {
      if (!storage) return;
      list = deleteProfile(storage, list, id);
      if (id === active.id) api.choose(GUEST.id);
    },
  };
  return api;
}
