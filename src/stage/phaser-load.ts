// Phaser, evaluated a slice at a time. Evaluating it in one go was one task of about 300 ms on a 4x-throttled
// tablet, just after the title screen became usable, and the learner's first press waited behind it (#25). The
// build (tools/phaser/vite-plugin.ts) lists the modules that give the same result evaluated early; they run here
// in slices of a few milliseconds with a yield between, so a press waits at most one slice. The rest (the modules
// in require cycles) runs with the entry at the end.
import type * as PhaserNS from 'phaser';

export type PhaserModule = typeof PhaserNS;

const SLICE_MS = 6;

/** Lets input and rendering in: scheduler.yield where the browser has it (it resumes ahead of other tasks), a
 *  message otherwise (a timeout would be clamped to 4 ms after a few). */
export function yieldToInput(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
}

let loading: Promise<PhaserModule> | null = null;

export function loadPhaser(): Promise<PhaserModule> {
  loading ??= (async () => {
    const { default: phaser } = await import('virtual:phaser-steps');
    let sliceStart = performance.now();
    for (const step of phaser.steps) {
      step();
      if (performance.now() - sliceStart >= SLICE_MS) {
        await yieldToInput();
        sliceStart = performance.now();
      }
    }
    await yieldToInput();
    return phaser.entry();
  })();
  return loading;
}
