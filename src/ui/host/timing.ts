// When the screen host builds: at once, or in the task after the change. A change of view (another screen, not a new
// moment on this one), or a new moment whose route asks for it, waits for the next task. A press that changes the
// view then ends with the press: the browser lays the page out for a mouse or finger release before that task ends,
// so a new screen built by the press was laid out in the press's task too ("Choose another scenario" at 4x CPU, in a
// trace: 175 ms, of which laying out the seven cards 70). By mouse at 4x, 40 presses each way, the "Play ..."
// presses' longest task was 78 ms before and none was over 50 after. A continuation of nextTask runs ahead of other
// waiting work, and the screen is built from the state as it is then, so several changes in a row build once.

import { nextTask } from '../../app/next-task';

export interface BuildTiming {
  /** A store changed: build now, or in the next task when `later()` says so (once, for every change meanwhile). */
  changed(): void;
  /** Build now what is on its way: a key acts on the screen the state is at (a clicker's two quick presses). */
  flush(): void;
  /** Nothing on its way is built any more. */
  stop(): void;
}

/** `prepare` runs first, in a task of its own, work the screen on its way will need; true when it did any, and the
 *  build then waits for the task after. */
export function buildTiming(
  build: () => void,
  later: () => boolean,
  prepare: () => boolean = () => false,
): BuildTiming {
  let coming = false;
  let stopped = false;
  const waiting = () => coming && !stopped; // false once flush has built it, or the host is gone
  return {
    changed() {
      if (coming) return;
      if (!later()) return build();
      coming = true;
      void nextTask().then(async () => {
        if (waiting() && prepare()) await nextTask();
        if (!waiting()) return;
        coming = false;
        build();
      });
    },
    flush() {
      if (!coming || stopped) return;
      coming = false;
      build();
    },
    stop() {
      stopped = true;
    },
  };
}
