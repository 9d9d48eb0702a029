// @vitest-environment happy-dom
// The stage's loop sleeps once nothing moves, but not while the scene says it has a frame still to draw (the
// warm-up picture, made in a task after the scene starts).
import { describe, expect, it } from 'vitest';
import type * as Phaser from 'phaser';
import { sleepWhenStill } from '../../src/stage/idle';

function fakes(tweens: number[] = []) {
  const handlers: (() => void)[] = [];
  const loop = {
    running: true,
    sleeps: 0,
    sleep() {
      this.running = false;
      this.sleeps += 1;
    },
    wake() {
      this.running = true;
    },
    resetDelta() {},
  };
  const game = { loop, events: { once: () => undefined } } as unknown as Phaser.Game;
  const scene = {
    events: { on: (_name: string, fn: () => void) => handlers.push(fn) },
    tweens: { getTweens: () => tweens },
  } as unknown as Phaser.Scene;
  const frame = () => handlers.forEach((fn) => fn());
  return { game, scene, loop, frame };
}

describe('sleepWhenStill', () => {
  it('sleeps after the first still frame', () => {
    const { game, scene, loop, frame } = fakes();
    sleepWhenStill(game, scene);
    frame();
    expect(loop.sleeps).toBe(1);
  });

  it('stays awake while the scene is busy, and sleeps after the first frame once it is not', () => {
    const { game, scene, loop, frame } = fakes();
    let busy = true;
    sleepWhenStill(game, scene, () => busy);
    frame();
    frame();
    expect(loop.sleeps).toBe(0);
    busy = false;
    frame();
    expect(loop.sleeps).toBe(1);
  });

  it('stays awake while a tween runs, busy or not', () => {
    const { game, scene, loop, frame } = fakes([1]);
    sleepWhenStill(game, scene, () => false);
    frame();
    expect(loop.sleeps).toBe(0);
  });

  it('wakes a sleeping loop', () => {
    const { game, scene, loop, frame } = fakes();
    const wake = sleepWhenStill(game, scene);
    frame();
    wake();
    expect(loop.running).toBe(true);
  });
});
