// What every screen gets: the controller, the stores, and a way to move between screens.
import type { Controller } from '../app/controller';
import type { CatalogueEntry } from '../story/scenario';
import type { ProgressStore } from '../state/progress';
import type { SessionStore } from '../state/session';
import type { SettingsStore } from '../state/settings';

export type View =
  | { name: 'title' }
  | { name: 'picker' }
  | { name: 'before'; id: string }
  | { name: 'play' }
  | { name: 'pause' }
  | { name: 'stepout' }
  | { name: 'settings'; back: View }
  | { name: 'about' };

export interface UiContext {
  controller: Controller;
  catalogue: CatalogueEntry[];
  session: SessionStore;
  progress: ProgressStore;
  settings: SettingsStore;
  go(view: View): void;
  notices(): string[];
}
