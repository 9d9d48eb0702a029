// Where things go on the stage, as pure arithmetic, so it is tested without a browser.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Scale a 16:9 backdrop to cover the canvas, centred (a portrait tablet sees the middle of the room). */
export function coverBox(canvasW: number, canvasH: number, imageW = 1920, imageH = 1080): Box {
  const scale = Math.max(canvasW / imageW, canvasH / imageH);
  const width = imageW * scale;
  const height = imageH * scale;
  return { x: (canvasW - width) / 2, y: (canvasH - height) / 2, width, height };
}

/**
 * People stand side by side, feet below the bottom edge so the dialogue panel covers their waists, never their
 * faces. On a portrait screen they are smaller and closer together.
 */
export function personBoxes(count: number, canvasW: number, canvasH: number): Box[] {
  if (count === 0) return [];
  const portrait = canvasH > canvasW;
  const height = canvasH * (portrait ? 0.6 : 0.78);
  const width = height * (400 / 560);
  const span = Math.min(canvasW * (portrait ? 0.96 : 0.8), width * count * 0.95);
  const step = count > 1 ? (span - width) / (count - 1) : 0;
  const left = (canvasW - (step * (count - 1) + width)) / 2;
  // Anchored to the bottom edge: the waist-up portrait always disappears behind the dialogue panel.
  const top = canvasH - height;
  return Array.from({ length: count }, (_, i) => ({ x: left + i * step, y: top, width, height }));
}

/** Pixel size to draw a texture at: the box on this screen, in steps so a small resize reuses textures. */
export function textureHeight(boxHeight: number, devicePixelRatio = 1): number {
  const px = boxHeight * devicePixelRatio;
  return Math.min(2400, Math.max(256, Math.ceil(px / 128) * 128));
}
