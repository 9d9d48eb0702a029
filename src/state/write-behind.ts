// Saving without holding up the screen. The session is written once the frame that shows the learner's step has
// been painted (serialising and storing it cost 3-6 ms of every key press at 4x CPU throttling, before the words
// could be painted), and at once when the page is hidden or left, so a reload or a closed tab loses nothing. Only
// the latest state is written: each write is the whole session.
// After the paint it waits at background priority where the browser has a scheduler: as an ordinary task it could
// run before anything else queued behind that frame (a key press, the stage's picture), holding them up by the
// write's 1-16 ms at 4x.
// Keeping a finished play's record waits the same way (app/learner-context.ts).

import { afterPaint } from './after-paint';

export interface WriteBehind {
  /** Runs `write` soon after the next paint, unless a later write replaces it first. */
  later(write: () => void): void;
  /** Runs the waiting write now, if there is one. */
  flush(): void;
}

/** A hidden tab paints no frames: a timer makes sure the write happens anyway. */
const AT_THE_LATEST_MS = 250;

/** `every`: each write is run, in order (for writes that are not whole states, such as keeping one play's
 *  record); without it only the latest is. */
export function writeBehind(win: Window = window, { every = false } = {}): WriteBehind {
  let pending: (() => void)[] = [];
  const flush = (): void => {
    const writes = pending;
    pending = [];
    for (const write of writes) write();
  };
  win.addEventListener('pagehide', flush);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') flush();
  });
  return {
    later(write) {
      const waiting = pending.length > 0;
      pending = every ? [...pending, write] : [write];
      if (waiting) return;
      afterPaint(flush, win);
      win.setTimeout(flush, AT_THE_LATEST_MS);
    },
    flush,
  };
}
