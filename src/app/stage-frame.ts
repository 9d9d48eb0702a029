// How much of the stage the interface leaves clear, measured from the page and told to the stage, so it can keep
// the faces above the dialogue panel (personBoxes, src/stage/layout.ts). The shell knows nothing of this: the panel
// and the bar are found by selector, again each time the screen is rebuilt.
//
// The stage is told only when the clear part changes by more than a few pixels, and it ratchets: within one room
// the people are framed for the tallest panel so far, so they do not bob up at every decision and down at every
// line (each move would be a stage frame, and a new picture if they change size). A new room, a resize or another
// text size or font starts afresh.

import type { Clear } from '../stage/layout';

/** The current line, options or feedback; the panel the learner reads them in is its `.panel` ancestor. */
const DIALOGUE = '#app .dialogue';
const BAR = '#app .play-bar';

/** Smaller moves than this are not worth a stage frame (the layout leaves a gap of 1 % of the height anyway). */
export const MOVE_PX = 4;

type Rect = Pick<DOMRectReadOnly, 'top' | 'bottom' | 'left' | 'right'>;

/** The clear part of the canvas at `canvas`, in canvas pixels; null when there is no panel (not playing). */
export function clearArea(canvas: Rect, panel: Rect | null, bar: Rect | null): Clear | null {
  if (!panel) return null;
  return {
    top: bar ? bar.bottom - canvas.top : 0,
    bottom: panel.top - canvas.top,
    left: panel.left - canvas.left,
    right: panel.right - canvas.left,
  };
}

/** The clear part that fits both `kept` and `now`: the ratchet. Nothing measured keeps what was. */
export function keepClear(kept: Clear | null, now: Clear | null): Clear | null {
  if (!kept || !now) return now ?? kept;
  return {
    top: Math.max(kept.top, now.top),
    bottom: Math.min(kept.bottom, now.bottom),
    left: Math.max(kept.left, now.left),
    right: Math.min(kept.right, now.right),
  };
}

/** Whether the stage should hear of `next`, having last been told `told`. */
export function worthTelling(told: Clear | null, next: Clear | null): boolean {
  if (!told || !next) return told !== next;
  return (['top', 'bottom', 'left', 'right'] as const).some((k) => Math.abs(told[k] - next[k]) > MOVE_PX);
}

export interface ClearWatch {
  /** Starts afresh with the next measurement: a new room, text size or font. */
  reset(): void;
}

/**
 * Watches the panel and the bar over `canvasParent` and calls `tell` when the clear part changes. A
 * ResizeObserver reports after layout and before paint, so reading the boxes then costs no extra layout; the
 * stage itself waits for the paint before drawing (StageView.frame).
 */
export function watchClear(canvasParent: HTMLElement, tell: (clear: Clear | null) => void): ClearWatch {
  // A browser without ResizeObserver (older than 2020) frames people as if nothing covered the stage.
  if (typeof ResizeObserver === 'undefined') return { reset: () => undefined };
  let kept: Clear | null = null;
  let told: Clear | null = null;
  let fresh = true;
  let size = '';
  let watched: Element[] = [];

  const measure = () => {
    const canvas = canvasParent.getBoundingClientRect();
    // A resize changes everything: the panel's height, where it starts, how big the people are.
    const nowSize = `${canvas.width}x${canvas.height}`;
    if (nowSize !== size) fresh = true;
    size = nowSize;
    const panel = document.querySelector(DIALOGUE)?.closest('.panel') ?? null;
    const bar = document.querySelector(BAR);
    const now = clearArea(
      canvas,
      panel?.getBoundingClientRect() ?? null,
      bar?.getBoundingClientRect() ?? null,
    );
    if (now === null) return; // another screen over the stage (pause, settings): keep the framing
    kept = fresh ? now : keepClear(kept, now);
    fresh = false;
    if (!worthTelling(told, kept)) return;
    told = kept;
    tell(kept);
  };

  const resize = new ResizeObserver(measure);
  // The shell rebuilds the screen at every step: observe the new panel and bar (observing reports them at once).
  const rewatch = () => {
    const panel = document.querySelector(DIALOGUE)?.closest('.panel');
    const wanted = [canvasParent, panel, document.querySelector(BAR)].filter((e): e is Element => !!e);
    if (wanted.length === watched.length && wanted.every((e, i) => e === watched[i])) return;
    resize.disconnect();
    for (const e of wanted) resize.observe(e);
    watched = wanted;
  };
  const screens = new MutationObserver(rewatch);
  screens.observe(document.body, { childList: true, subtree: true });
  rewatch();

  return {
    reset: () => {
      fresh = true;
      // Observing afresh brings a report after the next layout, measured from scratch.
      resize.disconnect();
      watched = [];
      rewatch();
    },
  };
}
