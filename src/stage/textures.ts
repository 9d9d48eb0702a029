// SVG art becomes Phaser textures drawn at the size they are shown, so people and rooms are crisp on a tablet and
// on a 4K projector alike. Each texture is made once per size and kept.
//
// The SVG is drawn onto a 2D canvas first and the canvas becomes the texture. Handing WebGL the <img> itself makes
// texImage2D rasterise the SVG on the main thread, inside one task (measured at 4x CPU throttling: 43-107 ms for a
// room, the learner's key press waiting behind it); drawImage into a canvas costs 3-8 ms for the same room, and
// the canvas uploads in about 1 ms (docs/performance.md).

import type * as Phaser from 'phaser';

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
  // A picture that will not draw leaves the stage without it; the words carry on regardless.
  const job = loadSvg(svg, w, h, (img) => {
    if (scene.textures.exists(key)) return;
    const canvas = rasterise(img, w, h);
    if (canvas) addCanvasTexture(scene, key, canvas);
    else scene.textures.addImage(key, img);
  }).finally(() => pending.delete(key));
  pending.set(key, job);
  return job;
}

/**
 * Draws a tiny SVG onto a 2D canvas, once, while the learner is still on the title or the list of scenarios. The
 * first picture a page draws this way pays for the browser setting up its GPU canvas and its SVG renderer: one task
 * of 30-155 ms at 4x CPU throttling, which otherwise fell on the first room of the first conversation.
 */
export async function warmRasteriser(): Promise<void> {
  const tiny = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="8" height="8" fill="#888"/></svg>';
  await loadSvg(tiny, 8, 8, (img) => void rasterise(img, 8, 8));
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

/** The picture on a canvas of its own; null if a 2D canvas cannot be had. */
function rasterise(img: HTMLImageElement, width: number, height: number): HTMLCanvasElement | null {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(img, 0, 0, width, height);
  return canvas;
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
