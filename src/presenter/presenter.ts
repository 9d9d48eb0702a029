// Presenter mode's rules, without a screen: what each command does to the room's vote, the reveal, the blank
// screen and the story. The interface turns keys into commands and draws the state; this decides.

import type { Session, SessionStore } from '../state/session';
import type { Command } from './commands';
import { recordLine, reviewing, stepBack, stepForward, trimHistory } from './history';
import type { PresenterState, PresenterStore, Step, Vote } from './state';
import { TEXT_SCALES } from './state';
import { strongestOption, votesOn } from './vote-plan';
import {
  addHand,
  clearHands,
  fitTally,
  optionToPlay,
  removeHand,
  roomChoice,
  setHands,
  tiedOptions,
  totalHands,
  undoHand,
  type Tally,
} from './tally';

const COUNT: Step = { name: 'count' };
const WORDS: Step = { name: 'words' };

/** While the room talks before the options show, these wait: nothing about the options can be done unseen. */
const AFTER_WORDS = new Set<Command['type']>([
  'hand',
  'undo-hand',
  'clear-hands',
  'set-hands',
  'type-counts',
  'pick',
  'move-pick',
  'play',
  'reveal',
]);
const EMPTY: Tally = { counts: [], log: [] };

/** The story moves the presenter may make (the app's Controller does them). */
export interface Play {
  continue(): void;
  choose(position: number): void;
  retry(index: number): void;
}

/** A second press of a clicker this soon after a new screen is a bounce or a double press, not a decision. */
export const PRESS_GUARD_MS = 250;

export interface PresenterDeps {
  session: SessionStore;
  presenter: PresenterStore;
  play: Play;
  now?: () => number;
}

export class Presenter {
  private shownAt = -Infinity;

  constructor(private readonly deps: PresenterDeps) {}

  /** Keeps presenter state in step with the story; returns the unsubscribe. */
  follow(): () => void {
    this.sync();
    return this.deps.session.subscribe(() => this.sync());
  }

  get state(): PresenterState {
    return this.deps.presenter.getState();
  }

  /** The vote on the choice now on screen, or null when the screen is not a choice. */
  currentVote(): Vote | null {
    const session = this.session();
    if (!session || session.screen.kind !== 'choices') return null;
    const k = session.decisions.length;
    return this.state.votes[k] ?? { tally: fitTally(undefined, session.screen.options.length), pick: null };
  }

  /** Handles a command; false when it does nothing here (the interface may then use the key, e.g. to scroll). */
  dispatch(cmd: Command): boolean {
    const st = this.state;
    if (cmd.type === 'help') return this.set({ help: !st.help });
    if (st.help) return this.set({ help: false });
    if (cmd.type === 'blank') return this.set({ blank: !st.blank });
    // Any key on a blank screen just brings the picture back, so nothing moves on behind it unseen.
    if (st.blank) return this.set({ blank: false });
    if (cmd.type === 'text-size') {
      const i = TEXT_SCALES.indexOf(st.textScale as (typeof TEXT_SCALES)[number]);
      const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, (i < 0 ? 0 : i) + cmd.delta))]!;
      return this.set({ textScale: next });
    }
    if (cmd.type === 'discuss') return this.set({ discuss: !st.discuss });
    if (cmd.type === 'room-size') return this.set({ roomSize: cmd.size > 0 ? cmd.size : null });
    if (cmd.type === 'words-first') return this.set({ wordsFirst: cmd.on });
    if (cmd.type === 'vote-plan') return this.set({ votePlan: cmd.plan });
    const session = this.session();
    if (st.phase.name !== 'room' || !session) return false;
    if (cmd.type === 'correct') return this.openCorrection(session, cmd.decision);
    if (cmd.type === 'correct-hands') return this.correctHands(session, cmd.decision, cmd.option, cmd.count);
    const liveIsLine = session.screen.kind === 'line';
    if (cmd.type === 'escape') {
      if (st.history.cursor !== null) return this.set({ history: { ...st.history, cursor: null } });
      return st.hint ? this.set({ hint: null }) : false;
    }
    if (cmd.type === 'back') {
      if (session.screen.kind === 'ending') return false;
      if (st.history.cursor === null && this.undoStep(session)) return true;
      return this.set({ history: stepBack(st.history, liveIsLine), hint: null });
    }
    if (st.step.name === 'words' && AFTER_WORDS.has(cmd.type))
      return this.set({ hint: 'The room gives its own words first: press Next to show the options.' });
    if (st.history.cursor !== null) {
      if (cmd.type === 'next') return this.set({ history: stepForward(st.history, liveIsLine) });
      // Anything else acts on the live screen, so show it again first.
      this.set({ history: { ...st.history, cursor: null } });
    }
    switch (cmd.type) {
      case 'next':
        return this.next(session);
      case 'play':
        return this.play(session, cmd.option);
      case 'reveal':
        return this.reveal(session);
      case 'hand':
        return this.tally(session, (t) =>
          cmd.delta > 0 ? addHand(t, cmd.option) : removeHand(t, cmd.option),
        );
      case 'undo-hand':
        return this.tally(session, undoHand);
      case 'clear-hands':
        return this.tally(session, clearHands);
      case 'set-hands':
        return this.tally(session, (t) => setHands(t, cmd.option, cmd.count));
      case 'pick':
        return this.pick(session, cmd.option);
      case 'move-pick':
        return this.movePick(session, cmd.delta);
      case 'retry':
        return this.retry(session);
      default:
        return false;
    }
  }

  private next(session: Session): boolean {
    const s = session.screen;
    if (s.kind === 'line') {
      if (this.guarded()) return true;
      this.deps.play.continue();
      return true;
    }
    if (s.kind === 'choices') return this.nextAtVote(session);
    if (s.kind === 'feedback') {
      // A clicker has no R or T: on the played option, the first press reveals; after an unsafe option the next
      // presses offer trying again or carrying on; otherwise the next press moves on.
      const st = this.state;
      if (!st.revealed) return this.set({ revealed: true });
      if (this.guarded()) return true;
      if (this.unsafe(session) && st.step.name !== 'unsafe')
        return this.set({ step: { name: 'unsafe', offer: 'retry' } });
      if (st.step.name === 'unsafe' && st.step.offer === 'retry') return this.retry(session);
      this.deps.play.continue();
      return true;
    }
    return false;
  }

  /** Next at a vote: count → confirm (or a tie, or "play without a vote?") → play. */
  private nextAtVote(session: Session): boolean {
    const st = this.state;
    const vote = this.currentVote()!;
    if (st.step.name === 'words') return this.guarded() || this.set({ step: COUNT, hint: null });
    if (st.step.name !== 'count') return this.play(session, undefined);
    if (this.guarded()) return true;
    if (totalHands(vote.tally) === 0)
      return this.set({ step: { name: 'no-vote' }, pick: st.pick ?? 0, hint: null });
    const tied = tiedOptions(vote.tally);
    if (tied.length > 0 && (st.pick === null || !tied.includes(st.pick)))
      return this.set({ step: { name: 'tie', offer: 0 }, pick: tied[0]!, hint: null });
    return this.set({ step: { name: 'confirm' }, hint: null });
  }

  /**
   * Back undoes the last step on this screen, before it steps back through lines: a tie offers the next tied
   * option, then goes back to counting; a confirmed count opens again; after playing, Back hides the reveal, then
   * goes back to the vote (the story is wound back to the decision and the count kept, so a wrong count can be
   * put right).
   */
  private undoStep(session: Session): boolean {
    const st = this.state;
    const step = st.step;
    const s = session.screen;
    if (s.kind === 'choices') {
      if (step.name === 'tie') {
        const tied = tiedOptions(this.currentVote()!.tally);
        const offer = step.offer + 1;
        if (offer < tied.length) return this.set({ step: { name: 'tie', offer }, pick: tied[offer]! });
      }
      if (step.name === 'words') return false;
      // Back from counting asks the room for its words again, when the run gives words first.
      if (step.name === 'count') return st.wordsFirst ? this.set({ step: WORDS, hint: null }) : false;
      return this.set({ step: COUNT, pick: null, hint: null });
    }
    if (s.kind !== 'feedback') return false;
    if (step.name === 'unsafe')
      return this.set({ step: step.offer === 'retry' ? { name: 'unsafe', offer: 'carry' } : COUNT });
    // The reveal is the last step taken: Back hides it first, then goes back to the vote.
    if (st.revealed) return this.set({ revealed: false });
    if (this.guarded()) return true;
    // Keep the vote as it was, then wind back: sync keeps votes up to and including this decision.
    this.deps.play.retry(s.decision);
    return true;
  }

  private reveal(session: Session): boolean {
    const s = session.screen;
    if (s.kind === 'feedback') return this.set({ revealed: !this.state.revealed });
    if (s.kind !== 'choices') return false;
    // Every option's rating on the vote screen would answer the question for the room: only once it has voted.
    if (this.state.step.name === 'count')
      return this.set({ hint: 'The ratings show after the vote: press Next to confirm the count first.' });
    return this.set({ revealed: !this.state.revealed });
  }

  private play(session: Session, option: number | undefined): boolean {
    const s = session.screen;
    if (s.kind !== 'choices' || this.guarded()) return s.kind === 'choices';
    const vote = this.currentVote()!;
    const target = option ?? optionToPlay(vote.tally, this.state.pick);
    if (target === null || target >= s.options.length) return this.nextAtVote(session);
    const k = session.decisions.length;
    const pick = option ?? this.state.pick;
    this.set({ votes: { ...this.state.votes, [k]: { tally: vote.tally, pick } } });
    this.deps.play.choose(target);
    return true;
  }

  private tally(session: Session, change: (t: Tally) => Tally): boolean {
    const vote = this.currentVote();
    if (!vote) return false;
    const tally = change(vote.tally);
    if (tally === vote.tally) return true;
    // A changed count is counted again before anything is played or revealed.
    return this.set({
      votes: { ...this.state.votes, [session.decisions.length]: { ...vote, tally } },
      hint: null,
      step: COUNT,
      revealed: false,
    });
  }

  private pick(session: Session, option: number): boolean {
    if (session.screen.kind !== 'choices' || option >= session.screen.options.length) return false;
    return this.set({ pick: option, hint: null });
  }

  private movePick(session: Session, delta: 1 | -1): boolean {
    if (session.screen.kind !== 'choices') return false;
    const n = session.screen.options.length;
    const vote = this.currentVote()!;
    const from = this.state.pick ?? roomChoice(vote.tally) ?? (delta > 0 ? -1 : n);
    return this.set({ pick: Math.min(n - 1, Math.max(0, from + delta)), hint: null });
  }

  private unsafe(session: Session): boolean {
    const s = session.screen;
    if (s.kind !== 'feedback') return false;
    const d = session.decisions[s.decision];
    return !!d?.options[d.chosen]?.meta.critical;
  }

  private retry(session: Session): boolean {
    const s = session.screen;
    if (s.kind !== 'feedback' || !this.state.revealed || !this.unsafe(session)) return false;
    const d = session.decisions[s.decision]!;
    const votes: Record<number, Vote> = {};
    for (const [k, v] of Object.entries(this.state.votes)) if (Number(k) < s.decision) votes[Number(k)] = v;
    this.set({
      votes,
      earlier: [
        ...this.state.earlier,
        { decision: s.decision, played: d.chosen, vote: this.state.votes[s.decision] ?? null },
      ],
    });
    this.deps.play.retry(s.decision);
    return true;
  }

  /** A new screen starts unrevealed, with no highlighted option, showing the live screen; lines go in the history. */
  private sync(): void {
    const session = this.session();
    if (!session) return;
    const st = this.state;
    const s = session.screen;
    const key = `${session.scenarioId}:${s.kind}:${session.transcript.length}:${session.decisions.length}`;
    if (key === st.screenKey) return;
    this.shownAt = this.now();
    let history = trimHistory(st.history, session.transcript.length);
    // The controller's placeholder before the first line has no text: nothing to look back at.
    if (s.kind === 'line' && s.text !== '')
      history = recordLine(history, {
        text: s.text,
        speaker: s.speaker,
        notes: s.notes ?? [],
        at: session.transcript.length,
      });
    else history = history.cursor === null ? history : { ...history, cursor: null };
    // Votes for decisions the story has been wound back past are gone (a retried decision keeps its earlier try).
    const votes: Record<number, Vote> = {};
    for (const [k, v] of Object.entries(st.votes))
      if (Number(k) <= session.decisions.length) votes[Number(k)] = v;
    // A decision the plan leaves out is played straight through: the strongest option offered, no count asked.
    const k = session.decisions.length;
    const straight =
      s.kind === 'choices' && !votesOn(st.votePlan, k + 1) && totalHands(votes[k]?.tally ?? EMPTY) === 0;
    // A vote opens with the room's own words, unless the room has voted here already (Back from the option
    // played, to correct the count).
    const words = !straight && st.wordsFirst && s.kind === 'choices' && !votes[k];
    this.deps.presenter.setState({
      screenKey: key,
      revealed: false,
      pick: straight ? strongestOption(s.options) : null,
      hint: null,
      history,
      votes,
      step: straight ? { name: 'straight' } : words ? WORDS : COUNT,
      discuss: false,
    });
  }

  /** Opens the count of decision `k` (0-based, already played) on the group debrief; null closes it. */
  private openCorrection(session: Session, k: number | null): boolean {
    if (k !== null && !session.decisions[k]) return false;
    return this.set({ correcting: k });
  }

  /**
   * Corrects the count of a decision already played, from any later screen: the record and the group debrief
   * change; the story does not (the option played stays played, and the record says so if the room chose another).
   */
  private correctHands(session: Session, k: number, option: number, count: number): boolean {
    const d = session.decisions[k];
    if (!d || option >= d.options.length) return false;
    const vote = this.state.votes[k] ?? { tally: fitTally(undefined, d.options.length), pick: d.chosen };
    const tally = setHands(fitTally(vote.tally, d.options.length), option, count);
    return this.set({ votes: { ...this.state.votes, [k]: { ...vote, tally } } });
  }

  private guarded(): boolean {
    return this.now() - this.shownAt < PRESS_GUARD_MS;
  }

  private set(patch: Partial<PresenterState>): true {
    this.deps.presenter.setState(patch);
    return true;
  }

  private session(): Session | null {
    return this.deps.session.getState().session;
  }

  private now(): number {
    return (this.deps.now ?? (() => performance.now()))();
  }
}

/** The line the room is looking back at, if any. */
export const lookingBack = (st: PresenterState) => reviewing(st.history);
