// SVG art becomes Phaser textures drawn at the size they are shown, so people and rooms are crisp on a tablet and
// on a 4K projector alike. Each texture is made once per size and kept.

import type * as Phaser from 'phaser';

const pending = new Map<string, Promise<boolean>>();

/** How many pictures are being made now (the stage keeps drawing until they are in). */
export const texturesPending = (): number => pending.size;

export function svgTexture(scene: Phaser.Scene, key: string, svg: string, width: number, height: number): Promise<boolean> {
  if (scene.textures.exists(key)) return Promise.resolve(true);
  const existing = pending.get(key);
  if (existing) return existing;
  const sized = sizeSvg(svg, width, height);
  const img = new Image(Math.round(width), Math.round(height));
  const job = new Promise<boolean>((resolve) => {
    img.onload = () => {
      if (!scene.textures.exists(key)) scene.textures.addImage(key, img);
      resolve(true);
    };
    // A picture that will not draw leaves the stage without it; the words carry on regardless.
    img.onerror = () => resolve(false);
  }).finally(() => pending.delete(key));
  pending.set(key, job);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
  return job;
}

/** Sets the root element's pixel size (replacing any it had: a duplicate attribute makes the SVG invalid). */
export function sizeSvg(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b[^>]*>/, (open) =>
    open.replace(/\s(width|height)="[^"]*"/g, '').replace(/^<svg\b/, `<svg width="${Math.round(width)}" height="${Math.round(height)}"`),
  );
}
