// Everything self-study's screens get, over this device's storage: the learner's stores, the game from
// createGame, and the records of finished plays. The page (app/learner.ts) and the interface tests build it alike.
import { writeBehind } from '../state/write-behind';
import type { CatalogueEntry } from '../story/scenario';
import type { UiContext } from '../ui/context';
import type { Notices } from '../ui/host/notices';
import { deviceSpeech } from '../ui/read-aloud';
import { createScreenState } from '../ui/screen-state';
import { createGame } from './boot';
import { openLearnerStores } from './learner-stores';
import type { Loading } from './loading';
import { followOwn, withOwn } from './own-catalogue';
import { createRecords, type Records } from './records';

export function learnerContext(
  scenarios: CatalogueEntry[],
  notices: Pick<Notices, 'tell'>,
  loading?: Loading,
) {
  const stores = openLearnerStores(notices.tell);
  // Each finished play's record is kept on this device; records needs the controller, built just below. It is kept
  // once the ending is painted (at once if the page is hidden or left): building and writing it was 13-30 ms of the
  // press that ended the play, at 4x CPU throttling.
  let records: Records | null = null;
  const keeping = writeBehind(window, { every: true });
  const game = createGame({
    catalogue: withOwn(scenarios, stores.ownScenarios.getState().scenarios),
    stores,
    tell: notices.tell,
    setAside: stores.setAside,
    finished: (session) => keeping.later(() => records?.keep(session)),
    loading,
  });
  // An own scenario added or removed (the workshop, or an import from the picker) changes the list at once.
  followOwn(game.catalogue, scenarios.length, stores.ownScenarios);
  records = createRecords({
    catalogue: game.catalogue,
    current: () => game.controller.current,
    progress: stores.progress,
    reflections: stores.reflections,
    profile: stores.profiles.active,
  });
  const screen = createScreenState(stores.mustChoose ? { name: 'profiles' } : { name: 'title' });
  const ui: UiContext = {
    controller: game.controller,
    catalogue: game.catalogue,
    session: stores.session,
    progress: stores.progress,
    settings: stores.settings,
    records,
    screen,
    speech: deviceSpeech(),
    profiles: stores.profiles,
    ownScenarios: stores.ownScenarios,
    go: (view) => screen.setState({ view }),
    tell: notices.tell,
  };
  return { ui, game, stores };
}
