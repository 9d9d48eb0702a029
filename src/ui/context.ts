// What every screen gets: the controller, the stores, and a way to move between screens.
import type { Controller } from '../app/controller';
import type { CatalogueEntry } from '../story/scenario';
import type { ProgressStore } from '../state/progress';
import type { SessionStore } from '../state/session';
import type { SettingsStore } from '../state/settings';
import type { Speech } from './read-aloud';
import type { Profile } from '../state/profiles';

/** Who is playing on this device: the learner's profiles, and switching between them. */
export interface ProfilesApi {
  list(): Profile[];
  active(): Profile;
  choose(id: string): void;
  add(name: string): string | null; // an error message, or null when added
  remove(id: string): void;
}

export type View =
  | { name: 'title' }
  | { name: 'picker' }
  | { name: 'before'; id: string }
  | { name: 'play' }
  | { name: 'pause' }
  | { name: 'stepout' }
  | { name: 'settings'; back: View }
  | { name: 'about' }
  | { name: 'profiles' }
  | { name: 'delete-profile'; id: string }
  | { name: 'debrief' }
  | { name: 'record' }
  | { name: 'progress' }
  | { name: 'saved-record'; key: string }
  | { name: 'imported-record' };

export interface UiContext {
  controller: Controller;
  catalogue: CatalogueEntry[];
  session: SessionStore;
  progress: ProgressStore;
  settings: SettingsStore;
  /** The device's speech synthesis, when it has one (read aloud). */
  speech: Speech | null;
  profiles: ProfilesApi;
  go(view: View): void;
  notices(): string[];
}
