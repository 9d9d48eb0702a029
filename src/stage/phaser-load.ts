// Phaser, evaluated a slice at a time. Evaluating it in one go was one task of about 300 ms on a 4x-throttled
// tablet, just after the title screen became usable, and the learner's first press waited behind it (#25). The
// build (tools/phaser/vite-plugin.ts) lists Phaser's modules in the order its entry would evaluate them, a require
// cycle as one step; they run here in slices of a few milliseconds with a yield between, so a press waits at most
// one slice.
import type * as PhaserNS from 'phaser';
import { nextTask } from '../app/next-task';

export type PhaserModule = typeof PhaserNS;

const SLICE_MS = 6;

let loading: Promise<PhaserModule> | null = null;

export function loadPhaser(): Promise<PhaserModule> {
  loading ??= (async () => {
    const { default: phaser } = await import('virtual:phaser-steps');
    let sliceStart = performance.now();
    for (const step of phaser.steps) {
      step();
      if (performance.now() - sliceStart >= SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
    await nextTask();
    return phaser.entry();
  })();
  return loading;
}
