// The stage paints its art with the canvas's own path calls (src/stage/paint) instead of handing the browser each
// picture as an SVG image. This test holds the two to the same picture: every room, and every person in every mood,
// drawn both ways at the size a 1080p projector shows them, pixel by pixel.

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import type { Difference, Picture } from './support/canvas-art-page';

const browser = useBrowser();

async function pageBundle(): Promise<string> {
  const entry = fileURLToPath(new URL('./support/canvas-art-page.ts', import.meta.url));
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife' });
  const [file] = out.outputFiles;
  if (!file) throw new Error('esbuild wrote nothing for the canvas art page');
  return file.text;
}

declare const canvasArt: {
  pictures(roomWidth: number, personWidth: number): Picture[];
  compare(p: Picture, painted?: string): Promise<Difference>;
};

// Edges are smoothed a little differently by the two renderers; a missing or misplaced shape is not. Measured on
// Debian's Chromium at these sizes, for the worst picture: 0.04 mean difference (of 255), 0.03 % of pixels far apart,
// 3.5 % of the worst 16 x 16 block. The controls below measured 55-74 % of a block for one word left out of a sign,
// and 11-98 % for a faded group (a beard's shadow) drawn at full strength, in each of the 50 pictures that have one.
const MEAN = 0.1;
const FAR = 0.001;
const BLOCK = 0.1;

const apart = (d: Difference) => d.mean > MEAN || d.far > FAR || d.block > BLOCK;
const summary = (d: Difference) =>
  `${d.name}: mean ${d.mean.toFixed(3)}, far ${(d.far * 100).toFixed(3)} %, worst block ${(d.block * 100).toFixed(1)} %`;

async function artPage() {
  const game = await browser.open();
  await game.page.setContent('<!doctype html><html><body></body></html>');
  await game.page.addScriptTag({ content: await pageBundle() });
  return game.page;
}

describe('the canvas painter draws the art as the browser draws its SVG', () => {
  it('every room and every person in every mood, at 1080p sizes', async () => {
    const page = await artPage();
    const results = await page.evaluate(async () => {
      const out: Difference[] = [];
      for (const p of canvasArt.pictures(1920, 320)) out.push(await canvasArt.compare(p));
      return out;
    });
    expect(results.length).toBeGreaterThan(300);
    expect(results.filter((r) => r.unread !== null).map((r) => `${r.name}: ${r.unread}`)).toEqual([]);
    expect(results.filter(apart).map(summary)).toEqual([]);
  });

  it('tells apart a picture with a word left out, or a faded group at full strength (the comparison can fail)', async () => {
    const page = await artPage();
    const changed = await page.evaluate(async () => {
      const all = canvasArt.pictures(1920, 320);
      const sign = all.find((p) => p.name === 'room communication-board');
      const faded = all.filter((p) => p.svg.includes('<g opacity='));
      if (!sign || faded.length === 0) throw new Error('the controls need the sign room and a faded group');
      const out = [await canvasArt.compare(sign, sign.svg.replace(/>([A-Z]+)<\/text>/, '></text>'))];
      for (const p of faded)
        out.push(await canvasArt.compare(p, p.svg.replace(/<g opacity="[^"]*">/g, '<g>')));
      return out;
    });
    expect(changed.length).toBeGreaterThan(1);
    expect(changed.filter((d) => !apart(d)).map(summary)).toEqual([]);
  });
});
