import { describe, expect, it } from 'vitest';
import { expressions } from '../../src/stage/art/parts/expressions';
import { H, HEAD_PATH, HEAD_SCALE, NECK_PIVOT } from '../../src/stage/art/parts/geometry';
import {
  coverBox,
  FACE,
  personBoxes,
  STEP_BACK,
  textureHeight,
  type Box,
  type Clear,
} from '../../src/stage/layout';
import { sizeSvg } from '../../src/stage/textures';

/** Where a point of the head lands in a posture: the art's head transform (character.ts), worked by hand. */
function headPoint(x: number, y: number, posture: (typeof expressions)[string]['posture']): number {
  const { x: px, y: py } = NECK_PIVOT;
  const sx = (x - px) * HEAD_SCALE;
  const sy = (y - py) * HEAD_SCALE;
  const a = (posture.tilt * Math.PI) / 180;
  return py + sx * Math.sin(a) + sy * Math.cos(a) + posture.headY;
}

/** The top and bottom of every face (speaker and people standing back), in canvas pixels. */
function faces(boxes: Box[]): { top: number; bottom: number }[] {
  return boxes.flatMap((b) => [
    { top: b.y + b.height * FACE.top, bottom: b.y + b.height * FACE.bottom },
    {
      top: b.y + b.height * (FACE.top + STEP_BACK),
      bottom: b.y + b.height * (FACE.bottom + STEP_BACK),
    },
  ]);
}

const clearOf = (top: number, bottom: number, w: number, inset = 14): Clear => ({
  top,
  bottom,
  left: inset,
  right: w - inset,
});

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

  it('knows where the face is in the art, in every mood', () => {
    // The outline of the head and the foot of a full beard (facial-hair.ts), the lowest part of any face. The
    // outline's points include its curves' control points, which lie outside the curve: a turned head lifts the two
    // beside the crown a few pixels above the crown itself, hence the 4 px of slack at the top.
    const numbers = HEAD_PATH.match(/\d+(\.\d+)?/g)!.map(Number);
    const points: [number, number][] = [[200, 304]];
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
    for (const [mood, x] of Object.entries(expressions)) {
      const ys = points.map(([px, py]) => headPoint(px, py, x.posture));
      expect(Math.min(...ys), mood).toBeGreaterThanOrEqual(FACE.top * H - 4);
      expect(Math.max(...ys), mood).toBeLessThanOrEqual(FACE.bottom * H);
    }
  });

  it('leaves people where they were when nothing tall covers the canvas', () => {
    for (const [w, h] of [
      [768, 1024],
      [1024, 768],
    ] as const) {
      for (let n = 1; n <= 3; n += 1) {
        const bare = personBoxes(n, w, h);
        expect(personBoxes(n, w, h, null)).toEqual(bare);
        // A short line's panel, below the faces: the same picture as before there was any framing.
        expect(personBoxes(n, w, h, clearOf(60, h - 0.2 * h, w))).toEqual(bare);
        for (const b of bare) expect(b.y + b.height).toBeCloseTo(h);
      }
    }
  });

  // Panels measured in the game at a decision: 768 x 1024 with three short options (top at 791), long options or
  // feedback (about 560), text at 200 % (bar to 235, panel from 359); 1024 x 768 (535, or 420 when long).
  const cases = [
    { w: 768, h: 1024, top: 63, bottom: 791 },
    { w: 768, h: 1024, top: 63, bottom: 560 },
    { w: 768, h: 1024, top: 235, bottom: 359 },
    { w: 1024, h: 768, top: 63, bottom: 535 },
    { w: 1024, h: 768, top: 63, bottom: 420 },
    { w: 1024, h: 768, top: 120, bottom: 300 },
    { w: 1920, h: 1080, top: 80, bottom: 600 },
  ];

  for (const c of cases) {
    it(`keeps every face between the bar (${c.top}) and the panel (${c.bottom}) at ${c.w} x ${c.h}`, () => {
      const clear = clearOf(c.top, c.bottom, c.w);
      for (let n = 1; n <= 3; n += 1) {
        const boxes = personBoxes(n, c.w, c.h, clear);
        expect(boxes).toHaveLength(n);
        for (const f of faces(boxes)) {
          expect(f.bottom).toBeLessThanOrEqual(c.bottom);
          expect(f.top).toBeGreaterThanOrEqual(c.top);
        }
        for (const b of boxes) {
          // Never below the minimum size, never above the size they stand at with nothing in the way.
          expect(b.height).toBeGreaterThanOrEqual(Math.min(c.w, c.h) * 0.28 - 1e-9);
          expect(b.height).toBeLessThanOrEqual(personBoxes(1, c.w, c.h)[0]!.height + 1e-9);
          // Where the art stops at the waist is behind the panel, which spans its left and right.
          expect(b.y + b.height).toBeGreaterThanOrEqual(c.bottom);
          if (b.y + b.height < c.h) {
            expect(b.x).toBeGreaterThanOrEqual(clear.left - 1e-9);
            expect(b.x + b.width).toBeLessThanOrEqual(clear.right + 1e-9);
          }
        }
      }
    });
  }

  it('lifts people before it shrinks them, and shrinks them no further than needed', () => {
    const full = personBoxes(1, 768, 1024)[0]!;
    const lifted = personBoxes(1, 768, 1024, clearOf(63, 560, 768))[0]!;
    expect(lifted.height).toBe(full.height);
    expect(lifted.y).toBeLessThan(full.y);
    const smaller = personBoxes(1, 768, 1024, clearOf(63, 300, 768))[0]!;
    expect(smaller.height).toBeLessThan(full.height);
    const [speaking, back] = faces([smaller]);
    // The faces fill the clear space (the speaker's top to the chin of someone standing back), less a small gap
    // at each end.
    expect(300 - 63 - (back!.bottom - speaking!.top)).toBeCloseTo(0.02 * 1024);
  });

  it('keeps the face above the panel at the minimum size when almost nothing is clear', () => {
    for (let n = 1; n <= 3; n += 1) {
      const boxes = personBoxes(n, 768, 1024, clearOf(300, 340, 768));
      for (const b of boxes) expect(b.height).toBeCloseTo(768 * 0.28);
      for (const f of faces(boxes)) expect(f.bottom).toBeLessThanOrEqual(340);
    }
    // A panel reaching the bar (or a clear area the wrong way round) still leaves a sensible picture.
    for (const b of personBoxes(2, 768, 1024, clearOf(500, 400, 768))) {
      expect(Number.isFinite(b.y)).toBe(true);
      expect(b.y + b.height * FACE.bottom).toBeLessThanOrEqual(500);
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
