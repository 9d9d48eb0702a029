// Where the screen host moves focus, and when. At a new moment focus moves in the next animation frame, before the
// browser styles and lays out the new screen for it. Focusing an element makes the browser style it there and then,
// and to know the new screen's styles it lays out the play screen first (a size container for its `@container`
// rules): in the task that built the screen, that was half of a Continue press at 4x CPU, and the press's task ran
// past 100 ms. In the frame the work is done once, for the focus and the paint together. (Focusing in a task of its
// own instead made the frame style the screen once and the focus again after it: choice latency p95 at 4x went from
// 39-45 ms to 44-55 ms in three full bench runs.) A frame comes long before the screen's input guard lets a press
// through; in a hidden tab, where frames stop, a timer lands it. Nobody is typing into a screen that has only just
// appeared; a rebuild, though, may happen mid-word, so it keeps focus at once (`now`). If something else takes
// focus first (a screen's own arrive, the learner), that wins.

export interface FocusMover {
  /** Focus `target` now (null: only forget a focus still waiting). */
  now(target: HTMLElement | null): void;
  /** Focus `target` in the next frame, unless focus has been taken meanwhile or a later call decides again. */
  soon(target: HTMLElement | null): void;
  /** The element a focus still waiting will land on. */
  pending(): HTMLElement | null;
}

/** How long a focus waits for a frame before it lands anyway (frames stop in a hidden tab). */
const HIDDEN_TAB_MS = 200;

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
      const land = () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        if (waiting !== mine) return;
        waiting = null;
        const at = document.activeElement;
        const untouched = !at || at === document.body || at === mine.from;
        if (target.isConnected && untouched) target.focus({ preventScroll: true });
      };
      const frame = requestAnimationFrame(land);
      const timer = setTimeout(land, HIDDEN_TAB_MS);
    },
    pending: () => waiting?.target ?? null,
  };
}
