// The scenario being played: what is on screen now, the conversation so far, every decision with what was on
// offer, and the save that brings it all back. Persisted after every step; repaired field by field on load.

import { createStore } from 'zustand/vanilla';
import { isFeeling, tidySaid, type Feeling } from '../debrief/felt';
import { repairPreviousEvidence, type PreviousEvidence } from '../debrief/replay';
import { isStorySave, type StorySave } from '../story/save';
import type { StageState } from '../story/staging';
import type { ChoiceMeta, PartnerDirection } from '../story/tags';
import {
  field,
  load,
  save,
  type Notice,
  type PersistSpec,
  type SaveResult,
  type StorageLike,
} from './persist';

export type TranscriptEntry =
  | { kind: 'line'; text: string; speaker: string | null }
  /** `said`: the learner's own words typed before the options ("your words first"), when there were any. */
  | { kind: 'choice'; text: string; said?: string }
  | { kind: 'caption'; text: string };

export interface OfferedOption {
  text: string;
  meta: ChoiceMeta;
}

export interface Decision {
  /** The last thing said before the decision, as a reminder of the situation. */
  situation: string;
  options: OfferedOption[];
  chosen: number;
  /** Ink state at the choice point (empty if unknown), so "try this decision again" can go back to it. */
  inkState: string;
  transcriptLength: number;
  stage: StageState;
  /** The role card for pairs at this decision (see docs/authoring.md), when the story gives one. */
  partner?: PartnerDirection;
  /** "Your words first": what the learner typed before the options appeared. Kept, never scored. */
  said?: string;
  /** In pairs: how the partner said it felt, in role. Kept, never scored. */
  felt?: Feeling;
}

/** Before the options of a decision: the partner's role card (pairs), then the learner's own words. Absent: the
 *  options are showing. */
export type ChoiceStep = 'card' | 'words';

export type Screen =
  /** `notes`: the trainer's `note:` prompts on this line (presenter mode only); absent when there are none. */
  | { kind: 'line'; text: string; speaker: string | null; pause: boolean; notes?: string[] }
  | {
      kind: 'choices';
      options: OfferedOption[];
      partner?: PartnerDirection;
      step?: ChoiceStep;
      /** The learner's own words from the words step, kept for the decision they lead to. */
      said?: string;
    }
  | { kind: 'feedback'; decision: number }
  | { kind: 'ending'; ending: string | null }
  | { kind: 'error'; message: string };

export interface Session {
  scenarioId: string;
  save: StorySave;
  transcript: TranscriptEntry[];
  decisions: Decision[];
  stage: StageState;
  screen: Screen;
  startedAt: string;
  /** The evidence of the route finished before "try this decision again" from the debrief, to show what changed. */
  previousEvidence?: PreviousEvidence;
  /** The role card for pairs given on a line since the last decision, for the next set of options. */
  partner?: PartnerDirection;
  /** Played in pairs: one care worker, one partner playing the other person, on one device. */
  pairs?: boolean;
}

export interface SessionState {
  session: Session | null;
}

export const MAX_TRANSCRIPT = 2000;

export const sessionSpec: PersistSpec<SessionState> = {
  key: 'session',
  version: 1,
  fallback: () => ({ session: null }),
  repair: (data) => {
    const o = field.obj(data);
    if (!o) return null;
    if (o.session === null) return { session: null };
    const s = field.obj(o.session);
    // A session is all or nothing: half a game cannot be continued honestly.
    if (!s || typeof s.scenarioId !== 'string' || !isStorySave(s.save)) return null;
    if (
      !Array.isArray(s.transcript) ||
      !Array.isArray(s.decisions) ||
      !field.obj(s.stage) ||
      !field.obj(s.screen)
    )
      return null;
    if (!s.transcript.every(isEntry) || !s.decisions.every(isDecision) || !isScreen(s.screen)) return null;
    const stage = s.stage as unknown as StageState;
    if (!Array.isArray(stage.people)) return null;
    const previousEvidence =
      s.previousEvidence === undefined ? null : repairPreviousEvidence(s.previousEvidence);
    return {
      session: {
        scenarioId: s.scenarioId,
        save: s.save,
        transcript: (s.transcript as TranscriptEntry[]).slice(-MAX_TRANSCRIPT),
        decisions: (s.decisions as Decision[]).map(withTidyPairs),
        stage,
        screen: withTidyStep(withTidyPartner(withTidyNotes(s.screen as unknown as Screen))),
        startedAt: field.str(s.startedAt, new Date(0).toISOString()),
        ...(previousEvidence ? { previousEvidence } : {}),
        ...(isPartner(s.partner) ? { partner: s.partner } : {}),
        ...(s.pairs === true ? { pairs: true } : {}),
      },
    };
  },
};

function isEntry(e: unknown): boolean {
  const o = field.obj(e);
  return (
    !!o &&
    ['line', 'choice', 'caption'].includes(o.kind as string) &&
    typeof o.text === 'string' &&
    (o.said === undefined || typeof o.said === 'string')
  );
}

function isDecision(d: unknown): boolean {
  const o = field.obj(d);
  return (
    !!o &&
    typeof o.situation === 'string' &&
    Array.isArray(o.options) &&
    Number.isInteger(o.chosen) &&
    typeof o.inkState === 'string'
  );
}

/** Notes are optional extras: a save from before they existed has none, and a damaged list is dropped, not fatal. */
function withTidyNotes(screen: Screen): Screen {
  if (screen.kind !== 'line' || screen.notes === undefined) return screen;
  const notes: unknown = screen.notes;
  if (Array.isArray(notes) && notes.every((n) => typeof n === 'string')) return screen;
  const { notes: _dropped, ...rest } = screen;
  return rest;
}

/** A role card is an optional extra too: one that is not five strings is dropped (it would be shown as text). */
function withTidyPartner(screen: Screen): Screen {
  if (screen.kind !== 'choices' || screen.partner === undefined) return screen;
  if (isPartner(screen.partner)) return screen;
  const { partner: _dropped, ...rest } = screen;
  return rest;
}

/** The step before the options and the words typed there: anything else is dropped, and the options show. */
function withTidyStep(screen: Screen): Screen {
  if (screen.kind !== 'choices') return screen;
  const { step, said, ...rest } = screen;
  const words = typeof said === 'string' ? tidySaid(said) : undefined;
  return {
    ...rest,
    ...(step === 'card' || step === 'words' ? { step } : {}),
    ...(words ? { said: words } : {}),
  };
}

/** A decision's own words and the partner's answer are extras: a wrong type is dropped, the decision kept. */
function withTidyPairs(d: Decision): Decision {
  const { said, felt, ...rest } = d;
  const words = typeof said === 'string' ? tidySaid(said) : undefined;
  return { ...rest, ...(words ? { said: words } : {}), ...(isFeeling(felt) ? { felt } : {}) };
}

export function isPartner(p: unknown): p is PartnerDirection {
  const o = field.obj(p);
  return !!o && ['who', 'feels', 'wants', 'well', 'badly'].every((k) => typeof o[k] === 'string');
}

function isScreen(s: unknown): boolean {
  const o = field.obj(s);
  return !!o && ['line', 'choices', 'feedback', 'ending', 'error'].includes(o.kind as string);
}

/** `writeLater`: how a save waits (see write-behind.ts); without it, every change is written at once. */
export function createSessionStore(
  storage: StorageLike | null,
  notify: (n: Notice) => void,
  onSave?: (r: SaveResult) => void,
  writeLater?: (write: () => void) => void,
) {
  const store = createStore<SessionState>(() => load(storage, sessionSpec, notify));
  store.subscribe((s) => {
    const write = () => {
      const result = save(storage, sessionSpec, s); // not inside onSave?.(): with no onSave it would never run
      onSave?.(result);
    };
    if (writeLater) writeLater(write);
    else write();
  });
  return store;
}

export type SessionStore = ReturnType<typeof createSessionStore>;
