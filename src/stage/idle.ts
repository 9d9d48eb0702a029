// A still stage draws nothing. Phaser redraws the whole canvas every frame even when nothing on it moves; on a
// tablet (and in software WebGL) that steals the main thread and a core from the words. So the loop sleeps once
// no tween is running and no picture is being made for a few frames, and anything that changes the picture wakes
// it: a new StageState (call the returned function) or a window resize. The canvas keeps its last frame.
// `afterPaint` runs stage work once the words already on their way to the screen have been painted.

import type * as Phaser from 'phaser';
import { texturesPending } from './textures';

const STILL_FRAMES = 3; // frames drawn after the last change before the loop sleeps

export function sleepWhenStill(game: Phaser.Game, scene: Phaser.Scene): () => void {
  let still = 0;
  scene.events.on('postupdate', () => {
    if (texturesPending() > 0 || scene.tweens.getTweens().length > 0) still = 0;
    else if (++still >= STILL_FRAMES) game.loop.sleep();
  });
  const wake = () => {
    still = 0;
    if (game.loop.running) return;
    game.loop.wake();
    game.loop.resetDelta(); // a tween added while asleep starts from now, not from when the loop slept
  };
  window.addEventListener('resize', wake);
  screen.orientation?.addEventListener?.('change', wake);
  game.events.once('destroy', () => {
    window.removeEventListener('resize', wake);
    screen.orientation?.removeEventListener?.('change', wake);
  });
  return wake;
}

/** Runs `fn` after the next frame is painted (a task queued from the frame callback runs after it). */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
