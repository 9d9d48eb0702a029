// What is still loading after the first screen is up: the stage's code, the stage starting, and the pictures of
// the room being drawn. Each step is real work reported when it ends, so the bar the learner sees moves only when
// something has actually arrived; it never animates on its own. Pure: the interface draws it (ui/loading-bar).

export type StepState = 'pending' | 'done' | 'failed';

export interface LoadingState {
  /** Steps finished, well or not: a failed step is over too (the game carries on without it). */
  done: number;
  total: number;
  failed: number;
  /** Something is still on its way. */
  busy: boolean;
}

export interface Loading {
  /** Adds steps; a step already known keeps its state. */
  add(...ids: string[]): void;
  finish(id: string, ok?: boolean): void;
  state(): LoadingState;
  subscribe(listener: (s: LoadingState) => void): () => void;
}

export function createLoading(): Loading {
  const steps = new Map<string, StepState>();
  const listeners = new Set<(s: LoadingState) => void>();
  const state = (): LoadingState => {
    let done = 0;
    let failed = 0;
    for (const s of steps.values()) {
      if (s !== 'pending') done += 1;
      if (s === 'failed') failed += 1;
    }
    return { done, total: steps.size, failed, busy: done < steps.size };
  };
  const emit = () => {
    const s = state();
    for (const l of listeners) l(s);
  };
  return {
    add(...ids) {
      let changed = false;
      for (const id of ids) {
        if (steps.has(id)) continue;
        steps.set(id, 'pending');
        changed = true;
      }
      if (changed) emit();
    },
    finish(id, ok = true) {
      // A step ends once: a later report (a clean-up after an error, say) does not change it. A step nobody
      // announced still counts: it arrived, so it is added and finished at once.
      const now = steps.get(id);
      if (now !== undefined && now !== 'pending') return;
      steps.set(id, ok ? 'done' : 'failed');
      emit();
    },
    state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
