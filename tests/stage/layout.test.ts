import { describe, expect, it } from 'vitest';
import { coverBox, personBoxes, textureHeight } from '../../src/stage/layout';
import { sizeSvg } from '../../src/stage/textures';

describe('stage layout', () => {
  it('covers the canvas with a 16:9 backdrop, centred', () => {
    expect(coverBox(1920, 1080)).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    const portrait = coverBox(768, 1024);
    expect(portrait.height).toBe(1024);
    expect(portrait.x).toBeLessThan(0);
    expect(portrait.x + portrait.width / 2).toBeCloseTo(384);
  });

  it('places people side by side within the screen', () => {
    for (const [w, h] of [
      [1024, 768],
      [768, 1024],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      for (let n = 1; n <= 4; n += 1) {
        const boxes = personBoxes(n, w, h);
        expect(boxes).toHaveLength(n);
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(-1);
          expect(b.x + b.width).toBeLessThanOrEqual(w + 1);
        }
      }
    }
  });

  it('rounds texture sizes to steps and caps them', () => {
    expect(textureHeight(700, 1)).toBe(768);
    expect(textureHeight(5000, 2)).toBe(2400);
  });

  it('replaces the SVG size rather than adding a duplicate attribute', () => {
    expect(
      sizeSvg('<svg xmlns="x" viewBox="0 0 4 5" width="4" height="5"><g width="9"/></svg>', 40, 50),
    ).toBe('<svg width="40" height="50" xmlns="x" viewBox="0 0 4 5"><g width="9"/></svg>');
  });
});
