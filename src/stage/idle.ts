// A still stage draws nothing. Phaser redraws the whole canvas every frame even when nothing on it moves; on a
// tablet (and in software WebGL) that steals the main thread and a core from the words. So the loop sleeps once
// no tween is running, and anything that changes the picture wakes it: a new StageState (call the returned
// function), a picture arriving that was being made, or a window resize. The canvas keeps its last frame.
// A picture being made does not keep the loop drawing: its frames showed nothing new, 10-40 ms each at 4x CPU
// throttling, and the words waited behind them (docs/performance.md).
// Change the picture first, then wake: Phaser's wake draws a frame there and then, and that frame is the one that
// shows the change; woken first, the loop drew the old picture, slept, and the change waited for the next wake.
// `hold` stops it while new words are on their way to the screen; `afterPaint` (state/after-paint.ts, shared with
// the session write) runs stage work (and wakes it) once they have been painted.

import type * as Phaser from 'phaser';

const STILL_FRAMES = 1; // frames drawn after the last change before the loop sleeps: the one that shows it

/** `busy`: the scene has a frame to draw that no tween shows (the stage's warm-up picture). */
export function sleepWhenStill(
  game: Phaser.Game,
  scene: Phaser.Scene,
  busy: () => boolean = () => false,
): () => void {
  let still = 0;
  scene.events.on('postupdate', () => {
    if (scene.tweens.getTweens().length > 0 || busy()) still = 0;
    else if (++still >= STILL_FRAMES) game.loop.sleep();
  });
  const wake = (): void => {
    still = 0;
    if (game.loop.running) return;
    game.loop.resetDelta(); // a tween added while asleep starts from now, not from when the loop slept
    game.loop.wake();
  };
  window.addEventListener('resize', wake);
  screen.orientation?.addEventListener?.('change', wake);
  game.events.once('destroy', () => {
    window.removeEventListener('resize', wake);
    screen.orientation?.removeEventListener?.('change', wake);
  });
  return wake;
}

/**
 * Stops the stage drawing until `wake` is called: when the words change, the frame that paints them should not
 * also draw the stage (one stage frame costs 10-40 ms at 4x CPU throttling, and the learner waits for it).
 */
export function hold(game: Phaser.Game): void {
  if (game.loop.running) game.loop.sleep();
}
