// Presenter mode's run of a scenario with a room: choosing a scenario, starting it (and the look-ahead the presenter
// view shows), going back to the list, and the group's session record. Nothing here is ever saved.
import { Lookahead } from '../presenter/lookahead';
import { buildSessionRecord, type SessionRecord } from '../presenter/record';
import { initialPresenterState, type PresenterState } from '../presenter/state';
import type { PresenterStores } from '../presenter/stores';
import type { Game } from './boot';

export interface Room {
  choose(id: string): void;
  start(id: string): Promise<void>;
  toStart(): void;
  record(): SessionRecord | null;
  title(id: string): string;
  /** What follows a story state, for the presenter view (null with no scenario running). */
  lookahead(): Lookahead | null;
}

export function createRoom(game: Game, stores: PresenterStores): Room {
  let lookahead: Lookahead | null = null;
  let starting = false;
  const title = (id: string) => game.catalogue.find((c) => c.id === id)?.title ?? id;
  /** A fresh run: no votes, no history; the trainer's display choices (text size, card, view) stay. */
  const reset = (phase: PresenterState['phase']) => {
    const { textScale, discuss, viewOpen } = stores.presenter.getState();
    stores.presenter.setState({ ...initialPresenterState(), phase, textScale, discuss, viewOpen });
  };
  const record = (): SessionRecord | null => {
    const session = stores.session.getState().session;
    if (!session || session.screen.kind !== 'ending') return null;
    const st = stores.presenter.getState();
    return buildSessionRecord({
      scenarioId: session.scenarioId,
      title: title(session.scenarioId),
      startedAt: session.startedAt,
      ending: session.screen.ending,
      decisions: session.decisions,
      votes: st.votes,
      earlier: st.earlier,
      evidence: game.controller.evidence(),
    });
  };
  return {
    title,
    record,
    lookahead: () => lookahead,
    choose: (id) => reset({ name: 'before', id }),
    start: async (id) => {
      if (starting) return; // a second press while the story loads
      starting = true;
      try {
        game.controller.clear();
        reset({ name: 'before', id });
        if (!(await game.controller.start(id))) return;
        const json = game.controller.current?.json;
        lookahead = json ? new Lookahead(() => game.makeStory(json)) : null;
        stores.presenter.setState({ phase: { name: 'room' } });
      } finally {
        starting = false;
      }
    },
    toStart: () => {
      game.controller.clear();
      lookahead = null;
      reset({ name: 'start' });
    },
  };
}
