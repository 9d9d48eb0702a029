// Where the screen host moves focus, and when. At a new moment focus moves in a task of its own, straight after
// the one that built the screen. Focusing an element makes the browser style it there and then, and to know the new
// screen's styles it lays out the play screen first (a size container for its `@container` rules): in the task that
// built the screen, that was half of a Continue press at 4x CPU, and the press's task ran past 100 ms. A
// continuation of `nextTask` runs ahead of other waiting work, so focus lands long before the screen's input guard
// ends. (Focusing in the next animation frame instead put that work in the frame: in a full bench run, 94 tasks over
// 50 ms while playing and 1,619 ms blocking, against 26-46 and 254-700 ms this way.) Nobody is typing into a screen
// that has only just appeared; a rebuild, though, may happen mid-word, so it keeps focus at once (`now`). If
// something else takes focus first (a screen's own arrive, the learner), that wins. A route may ask for focus at
// once at a new moment too (`Route.focusAtOnce`: on the play screen, what a decision brings up, whose paint the
// learner waits on).

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
