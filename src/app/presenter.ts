// Presenter mode's composition: stores kept only in this tab's sessionStorage (nothing of the learner's is read or
// written), the game from createGame, the Presenter (votes, reveals, history), the room's run of a scenario, and the
// room screen's interface. After a reload, the run carries on where it was.
// The presenter view (the trainer's second window) has no game of its own: it mirrors the room screen.
import { Presenter } from '../presenter/presenter';
import { createPresenterStores, type PresenterStores } from '../presenter/stores';
import type { CatalogueEntry } from '../story/scenario';
import '../ui/fonts';
import { mountPresenter } from '../ui/presenter/shell';
import { mountPresenterView } from '../ui/presenter/view';
import { createGame } from './boot';
import type { PresenterMode } from './mode';
import { tabOwnScenarios, withOwn } from './own-catalogue';
import { createRoom } from './room';
import { keepPresenterState, roomStorage } from './room-keep';

export function bootPresenter(root: HTMLElement, mode: PresenterMode, builtIn: CatalogueEntry[]): void {
  root.replaceChildren();
  // The trainer's own scenarios (of the profile chosen in this tab) after the built-in ones; the view needs only
  // their people, to name them.
  const catalogue = withOwn(builtIn, tabOwnScenarios());
  if (mode === 'presenter-view') return mountPresenterView(root);
  const tab = roomStorage();
  const stores = createPresenterStores(undefined, tab);
  const restored = keepPresenterState(stores.presenter, tab);
  // Notices are the room screen's; until it is mounted (a moment later) there is nothing to tell.
  let tell = (_m: string) => undefined as void;
  const parts = presenterParts(catalogue, stores, (m) => tell(m));
  const { game, room } = parts;
  tell = mountPresenter(root, parts).tell;
  const wanted = new URLSearchParams(location.search).get('scenario');
  const phase = stores.presenter.getState().phase.name;
  if (restored && phase === 'room' && stores.session.getState().session) void room.resume();
  else if (restored && phase === 'room') room.toStart();
  else if (!restored && wanted && game.catalogue.some((c) => c.id === wanted)) room.choose(wanted);
  game.startMedia(document.getElementById('stage'), () => true);
}

/** The game, the Presenter following it, and the room's run, over presenter stores: for the page and for tests. */
export function presenterParts(
  catalogue: CatalogueEntry[],
  stores: PresenterStores,
  tell: (m: string) => void,
) {
  const game = createGame({ catalogue, stores, tell });
  const presenter = new Presenter({
    session: stores.session,
    presenter: stores.presenter,
    play: game.controller,
  });
  presenter.follow();
  return { game, stores, presenter, room: createRoom(game, stores) };
}
