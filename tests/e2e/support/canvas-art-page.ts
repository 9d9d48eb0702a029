// Bundled into a blank page by tests/e2e/canvas-art.test.ts: every room and every person in every mood, drawn two
// ways at the same size (the browser's own SVG renderer, and the stage's canvas painter), and how far apart they are.

import { backdropSvg, characterSvg, locationIds, moodIds, toLook } from '../../../src/stage/art';
import { drawArt } from '../../../src/stage/paint/draw';
import { readArt } from '../../../src/stage/paint/read';
import { sizeSvg } from '../../../src/stage/textures';
import { cast } from '../../../src/story/registries';

export interface Picture {
  name: string;
  svg: string;
  width: number;
  height: number;
}

export interface Difference {
  name: string;
  /** Why the painter could not read it (null: it could). */
  unread: string | null;
  /** Mean absolute difference per channel, 0-255. */
  mean: number;
  /** Share of pixels where some channel differs by more than 64. */
  far: number;
  /** The same share in the worst 16 x 16 block: a small shape missing or misplaced shows here, not in the whole. */
  block: number;
  /** Time to read and paint, and to decode and draw the SVG image, in ms. */
  paintMs: number;
  imageMs: number;
}

export function pictures(roomWidth: number, personWidth: number): Picture[] {
  const list: Picture[] = locationIds.map((id) => ({
    name: `room ${id}`,
    svg: backdropSvg(id),
    width: roomWidth,
    height: Math.round((roomWidth * 1080) / 1920),
  }));
  for (const [id, person] of Object.entries(cast)) {
    for (const mood of moodIds) {
      list.push({
        name: `${id} ${mood}`,
        svg: characterSvg({ age: person.age, look: toLook(person.look) }, mood),
        width: personWidth,
        height: Math.round((personWidth * 560) / 400),
      });
    }
  }
  return list;
}

function canvas(width: number, height: number): CanvasRenderingContext2D {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  return ctx;
}

async function viaImage(p: Picture): Promise<CanvasRenderingContext2D> {
  const img = new Image(p.width, p.height);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sizeSvg(p.svg, p.width, p.height))}`;
  await img.decode();
  const ctx = canvas(p.width, p.height);
  ctx.drawImage(img, 0, 0, p.width, p.height);
  return ctx;
}

/** `painted` is the markup the painter is given (the picture's own unless a test changes it on purpose). */
export async function compare(p: Picture, painted = p.svg): Promise<Difference> {
  const t0 = performance.now();
  const image = await viaImage(p);
  const imageMs = performance.now() - t0;
  const t1 = performance.now();
  const read = readArt(painted);
  const ours = canvas(p.width, p.height);
  if (read.ok) drawArt(ours, read.root, p.width, p.height, (w, h) => canvas(w, h));
  const paintMs = performance.now() - t1;
  const a = image.getImageData(0, 0, p.width, p.height).data;
  const b = ours.getImageData(0, 0, p.width, p.height).data;
  let sum = 0;
  let far = 0;
  const blocks = new Map<number, number>();
  for (let i = 0; i < a.length; i += 4) {
    let worst = 0;
    for (let c = 0; c < 4; c += 1) {
      const d = Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0));
      sum += d;
      worst = Math.max(worst, d);
    }
    if (worst > 64) {
      far += 1;
      const pixel = i / 4;
      const at = Math.floor((pixel % p.width) / 16) + 1e5 * Math.floor(pixel / p.width / 16);
      blocks.set(at, (blocks.get(at) ?? 0) + 1);
    }
  }
  return {
    name: p.name,
    unread: read.ok ? null : read.reason,
    mean: sum / a.length,
    far: far / (a.length / 4),
    block: Math.max(0, ...blocks.values()) / 256,
    paintMs,
    imageMs,
  };
}

Object.assign(globalThis, { canvasArt: { pictures, compare } });
