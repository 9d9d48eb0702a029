// Boots the stage after the first screen is up and keeps it drawing the session's StageState. The stage is
// optional: if it cannot start (no WebGL or canvas), the game is played in words alone.

import type { SessionStore } from '../state/session';
import { prefersReducedMotion, type SettingsStore } from '../state/settings';
import type { StageState } from '../story/staging';
import type { Loading } from './loading';
import { watchClear } from './stage-frame';
import type { StageView } from '../stage/stage';

const EMPTY: StageState = { location: null, people: [], speaking: null, ambience: null };

export async function startStage(
  parent: HTMLElement,
  session: SessionStore,
  settings: SettingsStore,
  loading?: Loading,
): Promise<void> {
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
    loading?.finish('stage:start');
  } catch {
    document.body.dataset.stage = 'unavailable';
    // The words carry on without the stage: the loading steps are over, not waiting for ever.
    loading?.finish('stage:code', false);
    loading?.finish('stage:start', false);
    return;
  }
  const stage = view;
  (globalThis as { __careStage?: Pick<StageView, 'renderer' | 'placed'> }).__careStage = {
    renderer: () => stage.renderer(),
    placed: () => stage.placed(),
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
  let last: StageState | null = null;
  const sync = () => {
    const state = session.getState().session?.stage ?? EMPTY;
    if (state === last) return stage.giveWay();
    if (state.location !== last?.location) clear.reset();
    last = state;
    stage.show(state);
  };
  session.subscribe(sync);
  sync();
  document.body.dataset.stage = 'ready';
}
