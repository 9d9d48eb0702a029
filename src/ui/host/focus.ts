// Where the screen host moves focus, and when. At a new moment focus moves in a task of its own, straight after
// the one that built the screen. Focusing an element makes the browser style and lay out the new screen there and
// then (the play screen is a size container, so all of it): at 4x CPU that was half of a Continue press, and the
// press's task ran past 100 ms. A continuation of `nextTask` runs ahead of other waiting work, so focus lands long
// before the screen's input guard ends. Nobody is typing into a screen that has only just appeared; a rebuild,
// though, may happen mid-word, so it keeps focus at once (`now`). If something else takes focus first (a screen's
// own arrive, the learner), that wins.

import { nextTask } from '../../app/next-task';

export interface FocusMover {
  /** Focus `target` now (null: only forget a focus still waiting). */
  now(target: HTMLElement | null): void;
  /** Focus `target` in the next task, unless focus has been taken meanwhile or a later call decides again. */
  soon(target: HTMLElement | null): void;
  /** The element a focus still waiting will land on. */
  pending(): HTMLElement | null;
}

export function focusMover(): FocusMover {
  let waiting: { target: HTMLElement; from: Element | null } | null = null;
  return {
    now(target) {
      waiting = null;
      if (target && target !== document.activeElement) target.focus({ preventScroll: true });
    },
    soon(target) {
      waiting = null;
      if (!target || target === document.activeElement) return;
      const mine = (waiting = { target, from: document.activeElement });
      void nextTask().then(() => {
        if (waiting !== mine) return;
        waiting = null;
        const at = document.activeElement;
        const untouched = !at || at === document.body || at === mine.from;
        if (target.isConnected && untouched) target.focus({ preventScroll: true });
      });
    },
    pending: () => waiting?.target ?? null,
  };
}
