// What presenter mode keeps beside the story session: the room's votes, what is revealed, the blank screen, the
// lines shown so far. In memory only: presenter mode never saves anything to the device.

import { createStore } from 'zustand/vanilla';
import { emptyHistory, type LineHistory } from './history';
import type { Tally } from './tally';

export type Phase = { name: 'start' } | { name: 'before'; id: string } | { name: 'room' };

export interface Vote {
  tally: Tally;
  /** The option the trainer highlighted when it was played (null: the room's choice, by the tie rule). */
  pick: number | null;
}

/** A decision the room went back to (after an unsafe option): what was played the first time, and the vote. */
export interface EarlierAttempt {
  decision: number;
  played: number;
  vote: Vote | null;
}

export interface PresenterState {
  phase: Phase;
  /** The room's vote per decision (0-based, as in the session's decisions). */
  votes: Record<number, Vote>;
  earlier: EarlierAttempt[];
  /** The option the trainer has highlighted on the current choice; null follows the room's choice. */
  pick: number | null;
  revealed: boolean;
  blank: boolean;
  help: boolean;
  /** Whether the discussion card is on the room screen (the presenter view always shows the notes). */
  discuss: boolean;
  history: LineHistory;
  /** Which session screen the flags above belong to: a new screen starts unrevealed. */
  screenKey: string;
  /** A short message for the trainer ("count the hands first"), cleared by the next screen. */
  hint: string | null;
  /** Text size in percent of the presenter type (never below it: 100 is already sized for the back of a room). */
  textScale: number;
  /** A presenter view window has said hello. */
  viewOpen: boolean;
}

export const TEXT_SCALES = [100, 115, 130, 150] as const;

export const initialPresenterState = (): PresenterState => ({
  phase: { name: 'start' },
  votes: {},
  earlier: [],
  pick: null,
  revealed: false,
  blank: false,
  help: false,
  discuss: true,
  history: emptyHistory(),
  screenKey: '',
  hint: null,
  textScale: 100,
  viewOpen: false,
});

export function createPresenterStore() {
  return createStore<PresenterState>(() => initialPresenterState());
}

export type PresenterStore = ReturnType<typeof createPresenterStore>;
