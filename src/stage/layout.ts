// Where things go on the stage, as pure arithmetic, so it is tested without a browser.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The head in the 400 x 560 character art, as shares of its height: from the top of the skull (hair and headwear
 * may rise above it) to the foot of a beard, in every mood's posture (tests/stage/layout.test.ts checks this).
 */
export const FACE = { top: 90 / 560, bottom: 320 / 560 } as const;

/** Scale a 16:9 backdrop to cover the canvas, centred (a portrait tablet sees the middle of the room). */
export function coverBox(canvasW: number, canvasH: number, imageW = 1920, imageH = 1080): Box {
  const scale = Math.max(canvasW / imageW, canvasH / imageH);
  const width = imageW * scale;
  const height = imageH * scale;
  return { x: (canvasW - width) / 2, y: (canvasH - height) / 2, width, height };
}

/**
 * The part of the canvas the interface leaves clear, in canvas pixels: below the bar at the top (`top`), above the
 * dialogue panel (`bottom`), which spans `left` to `right`. Null, or no argument, means nothing covers the canvas.
 */
export interface Clear {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** How far someone who is not speaking stands back (drawn lower), as a share of their height. */
export const STEP_BACK = 0.025;

/** Room left between a face and the bar or the panel, as a share of the canvas height. */
const GAP = 0.01;

/** No one is drawn smaller than this share of the canvas's shorter side: a face about 90 px tall on a tablet. */
const MIN_SHARE = 0.28;

/**
 * People stand side by side with their faces in the clear part of the canvas. They are drawn at a fixed share of
 * the canvas height, standing on its bottom edge, when that puts their faces above the panel (a short line); a
 * taller panel (options, feedback, large text) lifts them, and where the space between bar and panel cannot hold
 * a face at that size they are drawn smaller, down to a minimum. Their waists may go behind the panel (the art is
 * cut off there), their faces do not; at the minimum, with almost nothing clear, the top of the head goes under
 * the bar first, as the eyes and mouth matter more. On a portrait screen they are smaller and closer together.
 */
export function personBoxes(count: number, canvasW: number, canvasH: number, clear?: Clear | null): Box[] {
  if (count === 0) return [];
  const portrait = canvasH > canvasW;
  const top = clamp(clear?.top ?? 0, 0, canvasH);
  const bottom = clamp(clear?.bottom ?? canvasH, top, canvasH);
  const gap = canvasH * GAP;
  // The face of someone standing back is lower by STEP_BACK of their height; the speaker's is not: room for both.
  const faceShare = FACE.bottom - FACE.top + STEP_BACK;
  const full = canvasH * (portrait ? 0.6 : 0.78);
  const fits = (bottom - top - 2 * gap) / faceShare;
  const height = Math.max(Math.min(full, Math.min(canvasW, canvasH) * MIN_SHARE), Math.min(full, fits));
  const width = height * (400 / 560);
  const chinsClear = bottom - gap - height * (FACE.bottom + STEP_BACK); // the lowest top with every chin clear
  const y = Math.min(canvasH - height, chinsClear);
  // Lifted people end at the waist in mid-air: keep them over the panel, so it hides where the art stops.
  const lifted = y + height < canvasH;
  const left = lifted ? clamp(clear?.left ?? 0, 0, canvasW) : 0;
  const right = lifted ? clamp(clear?.right ?? canvasW, left, canvasW) : canvasW;
  const room = right - left;
  const span = Math.min(room * 0.96, canvasW * (portrait ? 0.96 : 0.8), width * count * 0.95);
  const step = count > 1 ? (Math.max(span, width) - width) / (count - 1) : 0;
  const x0 = left + (room - (step * (count - 1) + width)) / 2;
  return Array.from({ length: count }, (_, i) => ({ x: x0 + i * step, y, width, height }));
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Pixel size to draw a texture at: the box on this screen, in steps so a small resize reuses textures. */
export function textureHeight(boxHeight: number, devicePixelRatio = 1): number {
  const px = boxHeight * devicePixelRatio;
  return Math.min(2400, Math.max(256, Math.ceil(px / 128) * 128));
}
