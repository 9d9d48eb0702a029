// The scenario being played: what is on screen now, the conversation so far, every decision with what was on
// offer, and the save that brings it all back. Persisted after every step; repaired field by field on load.

import { createStore } from 'zustand/vanilla';
import { isStorySave, type StorySave } from '../story/save';
import type { StageState } from '../story/staging';
import type { ChoiceMeta } from '../story/tags';
import { field, load, save, type Notice, type PersistSpec, type SaveResult, type StorageLike } from './persist';

export type TranscriptEntry =
  | { kind: 'line'; text: string; speaker: string | null }
  | { kind: 'choice'; text: string }
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
}

export type Screen =
  | { kind: 'line'; text: string; speaker: string | null; pause: boolean }
  | { kind: 'choices'; options: OfferedOption[] }
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
    if (!Array.isArray(s.transcript) || !Array.isArray(s.decisions) || !field.obj(s.stage) || !field.obj(s.screen)) return null;
    if (!s.transcript.every(isEntry) || !s.decisions.every(isDecision) || !isScreen(s.screen)) return null;
    const stage = s.stage as unknown as StageState;
    if (!Array.isArray(stage.people)) return null;
    return {
      session: {
        scenarioId: s.scenarioId,
        save: s.save,
        transcript: (s.transcript as TranscriptEntry[]).slice(-MAX_TRANSCRIPT),
        decisions: s.decisions as Decision[],
        stage,
        screen: s.screen as unknown as Screen,
        startedAt: field.str(s.startedAt, new Date(0).toISOString()),
      },
    };
  },
};

function isEntry(e: unknown): boolean {
  const o = field.obj(e);
  return !!o && ['line', 'choice', 'caption'].includes(o.kind as string) && typeof o.text === 'string';
}

function isDecision(d: unknown): boolean {
  const o = field.obj(d);
  return !!o && typeof o.situation === 'string' && Array.isArray(o.options) && Number.isInteger(o.chosen) && typeof o.inkState === 'string';
}

function isScreen(s: unknown): boolean {
  const o = field.obj(s);
  return !!o && ['line', 'choices', 'feedback', 'ending', 'error'].includes(o.kind as string);
}

export function createSessionStore(storage: StorageLike | null, notify: (n: Notice) => void, onSave?: (r: SaveResult) => void) {
  const store = createStore<SessionState>(() => load(storage, sessionSpec, notify));
  store.subscribe((s) => {
    const result = save(storage, sessionSpec, s);
    onSave?.(result);
  });
  return store;
}

export type SessionStore = ReturnType<typeof createSessionStore>;
