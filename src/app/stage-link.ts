// Boots the stage after the first screen is up and keeps it drawing the session's StageState. The stage is
// optional: if it cannot start (no WebGL or canvas), the game is played in words alone.

import type { SessionStore } from '../state/session';
import { prefersReducedMotion, type SettingsStore } from '../state/settings';
import { samePicture, type StageState } from '../story/staging';
import type { Loading } from './loading';
import { watchClear } from './stage-frame';
import type { StageView } from '../stage/stage';
import { nextTask } from './next-task';

/** The longest the bar waits for the first picture of a play already under way (a slow tablet draws in seconds). */
const FIRST_PICTURE_MS = 20_000;

const EMPTY: StageState = { location: null, people: [], speaking: null, ambience: null };

/** Resolves once `view` has drawn what it was last shown (or after `maxMs`, so a slow drawing never holds up play). */
export function whenSettled(view: Pick<StageView, 'settled'>, maxMs: number): Promise<void> {
  const until = performance.now() + maxMs;
  return new Promise((done) => {
    const look = () => (view.settled() || performance.now() >= until ? done() : setTimeout(look, 40));
    // Two frames first: a state shown just now is drawn after the words' frame is painted.
    requestAnimationFrame(() => requestAnimationFrame(look));
  });
}

/** Starts the stage in `parent`; the stage, or null when it cannot start (the game is then played in words). */
export async function startStage(
  parent: HTMLElement,
  session: SessionStore,
  settings: SettingsStore,
  loading?: Loading,
): Promise<StageView | null> {
  let view;
  loading?.add('stage:code', 'stage:start');
  try {
    const { createStage } = await import('../stage/stage');
    loading?.finish('stage:code');
    view = await createStage(
      parent,
      loading
        ? { start: (k) => loading.add(`picture:${k}`), end: (k, ok) => loading.finish(`picture:${k}`, ok) }
        : null,
    );
  } catch (error) {
    // Said in the console for whoever looks after the game; the learner carries on in words.
    console.info('The stage could not start, so the game is played in words alone:', error);
    document.body.dataset.stage = 'unavailable';
    // The words carry on without the stage: the loading steps are over, not waiting for ever.
    loading?.finish('stage:code', false);
    loading?.finish('stage:start', false);
    return null;
  }
  const stage = view;
  // Phaser finished booting in this task; what follows (the first picture, watching the panel) gets its own.
  await nextTask();
  (globalThis as { __careStage?: Pick<StageView, 'renderer' | 'placed' | 'roomShown'> }).__careStage = {
    renderer: () => stage.renderer(),
    placed: () => stage.placed(),
    roomShown: () => stage.roomShown(),
  };
  const motion = () =>
    stage.setReducedMotion(
      prefersReducedMotion(settings.getState(), matchMedia('(prefers-reduced-motion: reduce)').matches),
    );
  motion();
  settings.subscribe(motion);
  // The faces stay above the dialogue panel: the stage hears how much of it the panel and the bar leave clear.
  const clear = watchClear(parent, (c) => stage.frame(c));
  settings.subscribe((now, before) => {
    if (now.textSize !== before.textSize || now.font !== before.font) clear.reset();
  });
  // The stage starts empty, as the canvas is: showing it nothing drew a frame of nothing as the stage started (a
  // task of 70-150 ms at 4x CPU throttling, while the learner reads the title). Nothing is shown until there is
  // something to show.
  let last: StageState = EMPTY;
  const sync = () => {
    const state = session.getState().session?.stage ?? EMPTY;
    // Every line folds a new StageState, most of them the picture already drawn: drawing it again was a frame of
    // the stage for the GPU process to make (about 70 ms of its CPU in software WebGL), on the cores and the battery
    // the words share (docs/performance.md).
    if (samePicture(state, last)) {
      last = state;
      return stage.giveWay();
    }
    if (state.location !== last.location) clear.reset();
    last = state;
    stage.show(state);
  };
  session.subscribe(sync);
  // A play already under way is drawn at once; with none, there is nothing to draw or to give way to.
  const playing = !!session.getState().session;
  if (playing) sync();
  document.body.dataset.stage = 'ready';
  // The stage's start ends when it has drawn what it was first shown: its pictures are announced only once the
  // words' frame is painted, and until then the bar would have read "all ready" and then come back.
  if (!playing) loading?.finish('stage:start');
  else if (loading) void whenSettled(stage, FIRST_PICTURE_MS).then(() => loading.finish('stage:start'));
  return stage;
}
