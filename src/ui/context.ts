// What every screen gets: the controller, the stores, the records, and a way to move between screens.
import type { Controller } from '../app/controller';
import type { Records } from '../app/records';
import type { OwnScenariosStore } from '../state/own-scenarios';
import type { ProfilesApi } from '../state/profiles';
import type { ProgressStore } from '../state/progress';
import type { SessionStore } from '../state/session';
import type { SettingsStore } from '../state/settings';
import type { CatalogueEntry } from '../story/scenario';
import type { NoticeAction } from './host/notices';
import type { Speech } from './read-aloud';
import type { ScreenStateStore, View } from './screen-state';

export type { View };

export interface UiContext {
  controller: Controller;
  catalogue: CatalogueEntry[];
  session: SessionStore;
  progress: ProgressStore;
  settings: SettingsStore;
  /** The debrief and practice record of a play, and the learner's reflections store. */
  records: Records;
  /** Which screen is up, and each screen's own state. */
  screen: ScreenStateStore;
  /** The device's speech synthesis, when it has one (read aloud). */
  speech: Speech | null;
  profiles: ProfilesApi;
  /** This profile's own scenarios (the picker lists them, and imports a shared one into them). */
  ownScenarios: OwnScenariosStore;
  /** Launched by an employer's learning system: records go there, so no profiles, no other modes, no imports. */
  inLms?: boolean;
  go(view: View): void;
  tell(message: string, action?: NoticeAction): void;
}
