// SVG art becomes Phaser textures drawn at the size they are shown, so people and rooms are crisp on a tablet and
// on a 4K projector alike. Each texture is made once per size and kept.
//
// The art is painted onto a 2D canvas with the canvas's own path calls (src/stage/paint), and the canvas becomes
// the texture. The browser's way (an SVG <img>) reads each picture as a small document first: 50-130 ms of one task
// at 4x CPU throttling for a room or a person, mid-conversation; painting the same picture directly costs about a
// fifth of that, and it is painted a slice at a time, in as many tasks as it needs. A picture the painter cannot
// read (markup the art does not write today) still goes the browser's way. Handing WebGL an <img> itself would
// rasterise the SVG inside texImage2D, so even then it is drawn onto a canvas first (docs/performance.md).

import type * as Phaser from 'phaser';
import { nextTask } from '../app/next-task';
import { drawArtSteps } from './paint/draw';
import { readArt, type ArtNode } from './paint/read';
import { ART_TYPEFACE } from './art/svg';

const pending = new Map<string, Promise<boolean>>();
let preparing = 0;

/** How many pictures are being made now (the stage keeps drawing until they are in). */
export const texturesPending = (): number => pending.size + preparing;

/** A picture whose markup waits for a task of its own counts as being made; call the result when it is started. */
export function preparingPicture(): () => void {
  preparing += 1;
  let done = false;
  return () => {
    if (!done) preparing -= 1;
    done = true;
  };
}

export function svgTexture(
  scene: Phaser.Scene,
  key: string,
  svg: string,
  width: number,
  height: number,
): Promise<boolean> {
  if (scene.textures.exists(key)) return Promise.resolve(true);
  const existing = pending.get(key);
  if (existing) return existing;
  const w = Math.round(width);
  const h = Math.round(height);
  // Read and painted in tasks of their own: the markup was built in this one (markup, reading and painting were one
  // task of up to 190 ms at 4x for the room with words on its wall; markup and reading, then painting, still made
  // tasks of 100-120 ms).
  return track(
    key,
    nextTask().then(async () => {
      const read = readArt(svg);
      // A picture that will not draw leaves the stage without it; the words carry on regardless.
      if (!read.ok) return loadSvg(svg, w, h, (img) => addRasterised(scene, key, img, w, h));
      if (scene.textures.exists(key)) return true;
      const canvas = await paintInSlices(read.root, w, h);
      if (canvas && !scene.textures.exists(key)) addCanvasTexture(scene, key, canvas);
      return canvas !== null;
    }),
  );
}

/** At most this long painting in one task before the rest waits for the next (ms, as the page's clock counts). */
const SLICE_MS = 25;

/** The picture painted on a canvas of its own, a slice of it per task; null if a 2D canvas cannot be had. */
async function paintInSlices(
  root: ArtNode,
  width: number,
  height: number,
): Promise<HTMLCanvasElement | null> {
  const ctx = context(width, height);
  if (!ctx) return null;
  let from = performance.now();
  for (const _ of drawArtSteps(ctx, root, width, height, context)) {
    if (performance.now() - from < SLICE_MS) continue;
    await nextTask();
    from = performance.now();
  }
  return ctx.canvas;
}

function addRasterised(scene: Phaser.Scene, key: string, img: HTMLImageElement, w: number, h: number): void {
  if (scene.textures.exists(key)) return;
  const canvas = rasterise(img, w, h);
  if (canvas) addCanvasTexture(scene, key, canvas);
  else scene.textures.addImage(key, img);
}

/** Counts `job` as a picture being made until it settles; a second request for the same key gets the same job. */
function track(key: string, job: Promise<boolean>): Promise<boolean> {
  const tracked = job.finally(() => pending.delete(key));
  pending.set(key, tracked);
  return tracked;
}

/**
 * Paints a tiny picture, with a word in the art's typeface, onto a 2D canvas, once, while the learner is still on the
 * title or the list of scenarios. The first picture a page paints pays for the browser setting up its GPU canvas
 * (one task of 30-155 ms at 4x CPU throttling), and the first words it paints for finding the typeface (40 ms, in
 * the one room with words on its wall): otherwise both fell on a room mid-conversation.
 * Reading the picture, making its canvas and painting it each run for the first time here, so each has a task of
 * its own: in the task that starts the stage's scene they added 50-70 ms to Phaser's own 40-50 ms at 4x.
 * The square and the word are painted in tasks of their own too: painted together they were one task of 80-140 ms
 * at 4x in the bench's cold loads, the longest of several loads.
 */
export async function warmPainter(): Promise<void> {
  await nextTask();
  const tiny = readArt(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#888"/>' +
      `<text x="4" y="7" font-family="${ART_TYPEFACE}" font-size="6" font-weight="700" fill="#000">Aa</text></svg>`,
  );
  if (!tiny.ok) return;
  await nextTask();
  const ctx = context(8, 8);
  if (!ctx) return;
  await nextTask();
  for (const _ of drawArtSteps(ctx, tiny.root, 8, 8, context)) await nextTask();
}

function context(width: number, height: number): CanvasRenderingContext2D | null {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas.getContext('2d');
}

/** Starts an image of `svg` at `width` x `height`; `loaded` runs in its load event. Resolves whether it loaded. */
function loadSvg(
  svg: string,
  width: number,
  height: number,
  loaded: (img: HTMLImageElement) => void,
): Promise<boolean> {
  const img = new Image(width, height);
  const job = new Promise<boolean>((resolve) => {
    img.onload = () => {
      loaded(img);
      resolve(true);
    };
    img.onerror = () => resolve(false);
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sizeSvg(svg, width, height))}`;
  return job;
}

/** The image on a canvas of its own; null if a 2D canvas cannot be had. */
function rasterise(img: HTMLImageElement, width: number, height: number): HTMLCanvasElement | null {
  const ctx = context(width, height);
  if (!ctx) return null;
  ctx.drawImage(img, 0, 0, width, height);
  return ctx.canvas;
}

/**
 * A canvas as a plain, still texture. Phaser's addImage takes a canvas where its types say image (its texture
 * source checks for one); addCanvas would make a CanvasTexture, which reads every pixel back at once.
 */
export function addCanvasTexture(scene: Phaser.Scene, key: string, canvas: HTMLCanvasElement): void {
  scene.textures.addImage(key, canvas as unknown as HTMLImageElement);
}

/** Sets the root element's pixel size (replacing any it had: a duplicate attribute makes the SVG invalid). */
export function sizeSvg(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b[^>]*>/, (open) =>
    open
      .replace(/\s(width|height)="[^"]*"/g, '')
      .replace(/^<svg\b/, `<svg width="${Math.round(width)}" height="${Math.round(height)}"`),
  );
}
