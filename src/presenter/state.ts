// What presenter mode keeps beside the story session: the room's votes, what is revealed, the blank screen, the
// lines shown so far. In memory only: presenter mode never saves anything to the device.

import { createStore } from 'zustand/vanilla';
import { emptyHistory, type LineHistory } from './history';
import type { Tally } from './tally';
import type { VotePlan } from './vote-plan';
import type { DecisionRange } from './where';

/** `last` on the list: the scenario whose card was open, so a clicker's Next goes on to the one after it. */
export type Phase = { name: 'start'; last?: string } | { name: 'before'; id: string } | { name: 'room' };

/**
 * Where the trainer is within one screen, so Next and Back alone can always move on or undo:
 * at a vote, `words` (with words first: the room talks before the options show) → `count` (hands being counted) → `confirm` (the room's choice shown) or `tie` (which tied option to
 * play; `offer` is the one offered) or `no-vote` (play without a vote?) → played. After an unsafe option is
 * revealed, `unsafe` offers trying the decision again or carrying on. A decision the plan does not put to the
 * vote starts at `straight`: Next plays the strongest option (or the one highlighted); Back takes a vote after all.
 */
export type Step =
  /** "Your words first": the room says what it would say, in pairs, before the options are shown. */
  | { name: 'words' }
  | { name: 'count' }
  | { name: 'confirm' }
  | { name: 'tie'; offer: number }
  | { name: 'no-vote' }
  | { name: 'straight' }
  | { name: 'unsafe'; offer: 'retry' | 'carry' };

export interface Vote {
  tally: Tally;
  /** The option the trainer highlighted when it was played (null: the room's choice). */
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
  /** The step within the screen on show (see Step); a new screen starts at `count`. */
  step: Step;
  /** People in the room, if the trainer gave it: a count with more hands than people is flagged. */
  roomSize: number | null;
  blank: boolean;
  help: boolean;
  /**
   * The trainer opened the discussion card on this screen (D). Without it the card waits until the reveal, so a
   * prompt never points at the answer before the room has voted. The presenter view always shows the notes.
   */
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
  /** "Your words first": each vote opens with the room saying its own words before the options show. */
  wordsFirst: boolean;
  /** Which decisions the room votes on (null: every one), chosen on the scenario card. */
  votePlan: VotePlan;
  /** Decisions on the shortest and longest route of the scenario on the card or running, once it has loaded. */
  routeDecisions: DecisionRange | null;
  /** The decision (0-based) whose count the trainer is correcting on the group debrief, if any. */
  correcting: number | null;
}

export const TEXT_SCALES = [100, 115, 130, 150] as const;

export const initialPresenterState = (): PresenterState => ({
  phase: { name: 'start' },
  votes: {},
  earlier: [],
  pick: null,
  revealed: false,
  step: { name: 'count' },
  roomSize: null,
  blank: false,
  help: false,
  discuss: false,
  history: emptyHistory(),
  screenKey: '',
  hint: null,
  textScale: 100,
  viewOpen: false,
  wordsFirst: false,
  votePlan: null,
  routeDecisions: null,
  correcting: null,
});

export function createPresenterStore() {
  return createStore<PresenterState>(() => initialPresenterState());
}

export type PresenterStore = ReturnType<typeof createPresenterStore>;
