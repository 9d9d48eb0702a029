// What the presenter view shows, built from the session and presenter state in the main window and sent as one
// plain object: the view needs no story, runner or scoring of its own, and can open or reload at any time.

import type { Session } from '../state/session';
import type { ChoiceMeta } from '../story/tags';
import type { Ahead, Preview } from './lookahead';
import type { SessionRecord } from './record';
import type { PresenterState } from './state';
import { optionToPlay, overCounted, roomChoice, shares, tiedOptions, totalHands, fitTally } from './tally';
import { reviewing } from './history';

export interface ViewOption {
  number: number;
  text: string;
  meta: ChoiceMeta;
  hands: number;
  share: number;
  roomChoice: boolean;
  /** Next (or Enter) would play this option now. */
  toPlay: boolean;
  played: boolean;
  /** The first beat after this option, if known. */
  after: Preview | null;
}

export interface Snapshot {
  phase: PresenterState['phase']['name'];
  scenario: { id: string; title: string } | null;
  screen: Session['screen']['kind'] | null;
  /** The decision on screen or just made, 1-based; 0 before the first. */
  decision: number;
  /** The line on the room screen: the live line, or the one the room is looking back at. */
  line: { speaker: string | null; text: string } | null;
  reviewing: { line: number; of: number } | null;
  /** The trainer's notes for what is on screen (the line, or the line before a choice). */
  notes: string[];
  /** Whether the room screen shows the discussion card. */
  discussOnScreen: boolean;
  options: ViewOption[];
  hands: number;
  /** Options the room tied on, 1-based (empty: no tie). */
  tied: number[];
  /** More hands than the room size the trainer gave. */
  overCount: boolean;
  /** The step within the screen: at a vote, count, confirm, tie or no-vote; after an unsafe reveal, unsafe. */
  step: PresenterState['step']['name'];
  /** When the scenario started (ISO), for the elapsed time on the presenter view. */
  startedAt: string | null;
  /** Decisions on the shortest and longest route, for "Decision 4 of 12". */
  decisions: { min: number; max: number } | null;
  /** Where the story goes from the live screen. */
  next: Preview | null;
  revealed: boolean;
  blank: boolean;
  help: boolean;
  hint: string | null;
  ending: string | null;
  record: SessionRecord | null;
  error: string | null;
}

export interface SnapshotInput {
  state: PresenterState;
  session: Session | null;
  title: string | null;
  ahead: Ahead | null;
  record: SessionRecord | null;
  decisions?: { min: number; max: number } | null;
}

export function buildSnapshot(input: SnapshotInput): Snapshot {
  const { state, session, title, ahead, record } = input;
  const s = session?.screen ?? null;
  const back = reviewing(state.history);
  const lines = state.history.lines;
  const liveLine = s?.kind === 'line' ? { speaker: s.speaker, text: s.text, notes: s.notes ?? [] } : null;
  const shown = back ?? liveLine;
  // Notes belong to a line; on a choice they are the notes of the line that set it up.
  const notes = shown ? shown.notes : s?.kind === 'choices' ? (lines[lines.length - 1]?.notes ?? []) : [];
  let options: ViewOption[] = [];
  let hands = 0;
  let tied: number[] = [];
  let overCount = false;
  if (session && s?.kind === 'choices') {
    const k = session.decisions.length;
    const vote = state.votes[k];
    const tally = fitTally(vote?.tally, s.options.length);
    const pct = shares(tally);
    const room = roomChoice(tally);
    tied = tiedOptions(tally).map((n) => n + 1);
    overCount = overCounted(tally, state.roomSize);
    const play = optionToPlay(tally, state.pick);
    hands = totalHands(tally);
    options = s.options.map((o, i) => ({
      number: i + 1,
      text: o.text,
      meta: o.meta,
      hands: tally.counts[i] ?? 0,
      share: pct[i] ?? 0,
      roomChoice: i === room,
      toPlay: i === play,
      played: false,
      after: ahead?.after[i] ?? null,
    }));
  } else if (session && s?.kind === 'feedback') {
    const d = session.decisions[s.decision];
    const vote = state.votes[s.decision];
    const tally = fitTally(vote?.tally, d?.options.length ?? 0);
    const pct = shares(tally);
    const room = roomChoice(tally);
    tied = tiedOptions(tally).map((n) => n + 1);
    hands = totalHands(tally);
    options = (d?.options ?? []).map((o, i) => ({
      number: i + 1,
      text: o.text,
      meta: o.meta,
      hands: tally.counts[i] ?? 0,
      share: pct[i] ?? 0,
      roomChoice: i === room,
      toPlay: false,
      played: i === d?.chosen,
      after: null,
    }));
  }
  const decision = !session
    ? 0
    : s?.kind === 'feedback'
      ? s.decision + 1
      : s?.kind === 'choices'
        ? session.decisions.length + 1
        : session.decisions.length;
  return {
    phase: state.phase.name,
    scenario: session && title !== null ? { id: session.scenarioId, title } : null,
    screen: s?.kind ?? null,
    decision,
    line: shown ? { speaker: shown.speaker, text: shown.text } : null,
    reviewing:
      back && state.history.cursor !== null ? { line: state.history.cursor + 1, of: lines.length } : null,
    notes,
    discussOnScreen: state.discuss || (state.revealed && s?.kind === 'feedback'),
    options,
    hands,
    tied,
    overCount,
    step: state.step.name,
    startedAt: session?.startedAt ?? null,
    decisions: input.decisions ?? null,
    // At a choice, what comes next depends on the option: each option carries its own `after`.
    next: s?.kind === 'choices' ? null : (ahead?.next ?? null),
    revealed: state.revealed,
    blank: state.blank,
    help: state.help,
    hint: state.hint,
    ending: s?.kind === 'ending' ? s.ending : null,
    record,
    error: s?.kind === 'error' ? s.message : null,
  };
}
