// Screenshots for people to look at, in test-output/screenshots/ (the global setup prints the folder once per run;
// files are overwritten, not cleared, so runs side by side do not delete each other's pictures). They are not
// compared pixel by pixel: the stage is drawn by a software WebGL driver whose output is not stable enough for
// that, so the tests assert layout facts instead.

import { join } from 'node:path';
import { inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = join(inject('screenshotDir'), `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  // A 4K page whose WebGL stage is drawn in software takes seconds to capture, far more on a busy machine.
  await page.screenshot({ path: file, caret: 'hide', timeout: 120_000 });
  return file;
}

/**
 * Counts the stage's pictures still being decoded. The stage draws its SVG art into textures at the size shown, so
 * after a resize the new textures arrive a moment later; this tells a test when they have.
 */
const STAGE_TEXTURE_WATCH = `(() => {
  const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
  let pending = 0;
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    ...src,
    set(value) {
      if (typeof value === 'string' && value.startsWith('data:image/svg+xml')) {
        pending += 1;
        const done = () => {
          pending -= 1;
          this.removeEventListener('load', done);
          this.removeEventListener('error', done);
        };
        this.addEventListener('load', done);
        this.addEventListener('error', done);
      }
      src.set.call(this, value);
    },
  });
  Object.defineProperty(window, '__stageTexturesPending', { value: () => pending });
})();`;

/** Call before the page loads: lets waitForStage() know when the stage's pictures are in. */
export async function watchStageTextures(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: STAGE_TEXTURE_WATCH });
}

/**
 * Waits until the stage fills a `width`×`height` window with every picture decoded and drawn. With motion reduced
 * the stage places things at once; with motion on, its fades would still be running (a software-drawn 4K canvas
 * manages a frame or two a second), so pages that are photographed should be opened with reducedMotion: 'reduce'.
 */
export async function waitForStage(page: Page, width: number, height: number): Promise<void> {
  const ready = page.waitForFunction(
    ([w, h]) => {
      const state = document.body.dataset.stage;
      if (state === 'unavailable') return true;
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
      const pending =
        (window as unknown as { __stageTexturesPending?: () => number }).__stageTexturesPending?.() ?? 0;
      if (state !== 'ready' || !canvas || pending > 0) return false;
      const r = canvas.getBoundingClientRect();
      return Math.round(r.width) === w && Math.round(r.height) === h;
    },
    [width, height],
    { timeout: 60_000, polling: 100 },
  );
  await ready.catch(async (e: Error) => {
    throw new Error(
      `the stage did not fill ${width}x${height} with its pictures in: ${await stageReport(page)}`,
      {
        cause: e,
      },
    );
  });
  // Two frames: one in which the stage draws what arrived, one to be sure it was presented.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** What the stage shows now, for a failing wait's message; says so if the page does not answer within 5 s. */
async function stageReport(page: Page): Promise<string> {
  const report = page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
    const r = canvas?.getBoundingClientRect();
    const w = window as unknown as { __stageTexturesPending?: () => number };
    return JSON.stringify({
      stage: document.body.dataset.stage ?? null,
      loading: document.body.dataset.loading ?? null,
      window: [innerWidth, innerHeight],
      canvas: r ? [Math.round(r.width), Math.round(r.height)] : null,
      drawingBuffer: canvas ? [canvas.width, canvas.height] : null,
      picturesDecoding: w.__stageTexturesPending?.() ?? null,
    });
  });
  const silent = new Promise<string>((answer) =>
    setTimeout(() => answer('(the page did not answer within 5 s: its main thread is busy or stuck)'), 5_000),
  );
  return Promise.race([report.catch((e: Error) => `(the page could not be asked: ${e.message})`), silent]);
}
