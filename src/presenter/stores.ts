// Presenter mode's stores: the same shapes as the learner's. Progress and settings have no storage behind them; the
// session may be kept in this tab's sessionStorage (app/room-keep.ts) so a reload resumes. A room's run of a
// scenario never touches the saved game, progress or settings of whoever uses this device for self-study.

import { createProgressStore } from '../state/progress';
import { createSessionStore } from '../state/session';
import { createSettingsStore } from '../state/settings';
import type { Notice, StorageLike } from '../state/persist';
import { createPresenterStore } from './state';

export function createPresenterStores(
  notify: (n: Notice) => void = () => undefined,
  tabStorage: StorageLike | null = null,
) {
  const settings = createSettingsStore(null, notify);
  // Feedback always follows a choice in a room (it is what the trainer reveals); captions stay on for the room.
  settings.setState({ instantFeedback: true, captions: true });
  return {
    session: createSessionStore(tabStorage, notify),
    progress: createProgressStore(null, notify),
    settings,
    presenter: createPresenterStore(),
  };
}

export type PresenterStores = ReturnType<typeof createPresenterStores>;
