// Presenter mode's rules, without a screen: what each command does to the room's vote, the reveal, the blank
// screen and the story. The interface turns keys into commands and draws the state; this decides.

import type { Session, SessionStore } from '../state/session';
import type { Command } from './commands';
import { recordLine, reviewing, stepBack, stepForward, trimHistory } from './history';
import type { PresenterState, PresenterStore, Vote } from './state';
import { TEXT_SCALES } from './state';
import {
  addHand,
  clearHands,
  fitTally,
  optionToPlay,
  removeHand,
  roomChoice,
  setHands,
  undoHand,
  type Tally,
} from './tally';

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
    const session = this.session();
    if (st.phase.name !== 'room' || !session) return false;
    const liveIsLine = session.screen.kind === 'line';
    if (cmd.type === 'escape') {
      if (st.history.cursor !== null) return this.set({ history: { ...st.history, cursor: null } });
      return st.hint ? this.set({ hint: null }) : false;
    }
    if (cmd.type === 'back') {
      if (session.screen.kind === 'ending') return false;
      return this.set({ history: stepBack(st.history, liveIsLine), hint: null });
    }
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
        if (session.screen.kind !== 'choices' && session.screen.kind !== 'feedback') return false;
        return this.set({ revealed: !st.revealed });
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
    if (s.kind === 'choices') return this.play(session, undefined);
    if (s.kind === 'feedback') {
      // A clicker has no R: on the played option, the first press reveals, the second moves on.
      if (!this.state.revealed) return this.set({ revealed: true });
      if (this.guarded()) return true;
      this.deps.play.continue();
      return true;
    }
    return false;
  }

  private play(session: Session, option: number | undefined): boolean {
    const s = session.screen;
    if (s.kind !== 'choices' || this.guarded()) return s.kind === 'choices';
    const vote = this.currentVote()!;
    const target = option ?? optionToPlay(vote.tally, this.state.pick);
    if (target === null || target >= s.options.length) {
      const n = s.options.length;
      return this.set({
        hint: `Count the hands first: press 1 to ${n} for each raised hand. Or highlight an option with ↑ ↓ and press Enter.`,
      });
    }
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
    return this.set({
      votes: { ...this.state.votes, [session.decisions.length]: { ...vote, tally } },
      hint: null,
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

  private retry(session: Session): boolean {
    const s = session.screen;
    if (s.kind !== 'feedback' || !this.state.revealed) return false;
    const d = session.decisions[s.decision];
    if (!d || !d.options[d.chosen]?.meta.critical) return false;
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
    this.deps.presenter.setState({ screenKey: key, revealed: false, pick: null, hint: null, history, votes });
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
