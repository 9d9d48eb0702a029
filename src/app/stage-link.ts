// Boots the stage after the first screen is up and keeps it drawing the session's StageState. The stage is
// optional: if it cannot start (no WebGL or canvas), the game is played in words alone.

import type { SessionStore } from '../state/session';
import { prefersReducedMotion, type SettingsStore } from '../state/settings';
import type { StageState } from '../story/staging';

const EMPTY: StageState = { location: null, people: [], speaking: null, ambience: null };

export async function startStage(parent: HTMLElement, session: SessionStore, settings: SettingsStore): Promise<void> {
  let view;
  try {
    const { createStage } = await import('../stage/stage');
    view = await createStage(parent);
  } catch {
    document.body.dataset.stage = 'unavailable';
    return;
  }
  const stage = view;
  (globalThis as { __careStage?: { renderer: () => string } }).__careStage = { renderer: () => stage.renderer() };
  const motion = () => stage.setReducedMotion(prefersReducedMotion(settings.getState(), matchMedia('(prefers-reduced-motion: reduce)').matches));
  motion();
  settings.subscribe(motion);
  let last: StageState | null = null;
  const sync = () => {
    const state = session.getState().session?.stage ?? EMPTY;
    if (state === last) return;
    last = state;
    stage.show(state);
  };
  session.subscribe(sync);
  sync();
  document.body.dataset.stage = 'ready';
}
