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
  /** Carries on with the session kept from before a reload (back to the list if it cannot). */
  resume(): Promise<void>;
  toStart(): void;
  record(): SessionRecord | null;
  title(id: string): string;
  /** What follows a story state, for the presenter view (null with no scenario running). */
  lookahead(): Lookahead | null;
}

/** The longest the card waits for the stage to draw the first room (a slow device draws it a moment later). */
const FIRST_ROOM_MS = 2500;

/**
 * A fresh run: no votes, no history; the trainer's display choices (text size, room size, view) stay, and so does
 * the plan of votes when the same scenario starts (or runs again).
 */
function freshRun(stores: PresenterStores, phase: PresenterState['phase'], keepPlan: boolean): void {
  const { textScale, roomSize, viewOpen, wordsFirst, votePlan, routeDecisions } = stores.presenter.getState();
  const plan = keepPlan ? { votePlan, routeDecisions } : {};
  stores.presenter.setState({
    ...initialPresenterState(),
    phase,
    textScale,
    roomSize,
    viewOpen,
    wordsFirst,
    ...plan,
  });
}

/** The card's plan of votes needs the decisions on the scenario's routes: loaded with the story, on opening. */
async function loadRange(game: Game, stores: PresenterStores, id: string): Promise<void> {
  const decisions = await game.catalogue
    .find((c) => c.id === id)
    ?.load()
    .then((m) => m.default.decisions ?? null)
    .catch(() => null);
  const phase = stores.presenter.getState().phase;
  if (decisions && phase.name === 'before' && phase.id === id)
    stores.presenter.setState({ routeDecisions: decisions });
}

export function createRoom(game: Game, stores: PresenterStores): Room {
  let lookahead: Lookahead | null = null;
  let starting = false;
  const title = (id: string) => game.catalogue.find((c) => c.id === id)?.title ?? id;
  /** A fresh run: no votes, no history; the trainer's choices (text size, room size, view, words first) stay. */
  const reset = (phase: PresenterState['phase'], keepPlan = false) => freshRun(stores, phase, keepPlan);
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
      votePlan: st.votePlan,
      evidence: game.controller.evidence(),
    });
  };
  return {
    title,
    record,
    lookahead: () => lookahead,
    choose: (id) => {
      reset({ name: 'before', id });
      void loadRange(game, stores, id);
    },
    start: async (id) => {
      if (starting) return; // a second press while the story loads
      starting = true;
      try {
        // The plan chosen on this scenario's card (or kept from its last run) stays; another scenario's does not.
        const phase = stores.presenter.getState().phase;
        const was =
          stores.session.getState().session?.scenarioId ?? (phase.name === 'before' ? phase.id : null);
        game.controller.clear();
        reset({ name: 'before', id }, was === id);
        if (!(await game.controller.start(id))) return;
        const json = game.controller.current?.json;
        lookahead = json ? new Lookahead(() => game.makeStory(json)) : null;
        // The room is drawn behind the card first, so the first line appears in it, not on an empty background.
        await game.stageDrawn(FIRST_ROOM_MS);
        stores.presenter.setState({ phase: { name: 'room' } });
      } finally {
        starting = false;
      }
    },
    resume: async () => {
      if (!(await game.controller.resume())) return toStart();
      const json = game.controller.current?.json;
      lookahead = json ? new Lookahead(() => game.makeStory(json)) : null;
    },
    toStart: () => toStart(),
  };
  function toStart(): void {
    // Remembered so the list offers the scenario after this one to a clicker's Next.
    const phase = stores.presenter.getState().phase;
    const last =
      phase.name === 'before' ? phase.id : (stores.session.getState().session?.scenarioId ?? undefined);
    game.controller.clear();
    lookahead = null;
    reset(last ? { name: 'start', last } : { name: 'start' });
  }
}
