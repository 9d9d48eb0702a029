// The arithmetic between the page and the stage: how much of the canvas the panel and the bar leave clear, the
// ratchet that keeps people still within a room, and when a change is worth a stage frame.

import { describe, expect, it } from 'vitest';
import { clearArea, keepClear, MOVE_PX, worthTelling } from '../../src/app/stage-frame';

const rect = (top: number, bottom: number, left = 0, right = 768) => ({ top, bottom, left, right });

describe('the clear part of the stage', () => {
  it('runs from the foot of the bar to the top of the panel, in canvas pixels', () => {
    expect(clearArea(rect(0, 1024), rect(734, 1010, 14, 754), rect(10, 64, 14, 754))).toEqual({
      top: 64,
      bottom: 734,
      left: 14,
      right: 754,
    });
    // A canvas that does not start at the top left of the page.
    expect(clearArea(rect(100, 1124, 20, 788), rect(834, 1110, 34, 774), null)).toEqual({
      top: 0,
      bottom: 734,
      left: 14,
      right: 754,
    });
  });

  it('is unknown without a panel (another screen is up)', () => {
    expect(clearArea(rect(0, 1024), null, rect(10, 64))).toBeNull();
  });

  it('ratchets: within a room, people are framed for the tallest panel so far', () => {
    const line = { top: 64, bottom: 880, left: 14, right: 754 };
    const options = { top: 64, bottom: 734, left: 14, right: 754 };
    expect(keepClear(null, line)).toEqual(line);
    expect(keepClear(line, options)).toEqual(options);
    expect(keepClear(options, line)).toEqual(options);
    expect(keepClear(options, null)).toEqual(options);
  });

  it('is told to the stage only when it moves by more than a few pixels', () => {
    const a = { top: 64, bottom: 734, left: 14, right: 754 };
    expect(worthTelling(null, a)).toBe(true);
    expect(worthTelling(a, a)).toBe(false);
    expect(worthTelling(a, { ...a, bottom: a.bottom - MOVE_PX })).toBe(false);
    expect(worthTelling(a, { ...a, bottom: a.bottom - MOVE_PX - 1 })).toBe(true);
    expect(worthTelling(a, { ...a, top: a.top + 20 })).toBe(true);
    expect(worthTelling(a, null)).toBe(true);
    expect(worthTelling(null, null)).toBe(false);
  });
});
