// Where the learner is in the interface, and what each screen keeps of its own (whether the conversation so far is
// open, a record opened from a file). A store like the others, so the screen host refreshes a screen that shows
// any of it exactly as it does for the session or settings. Kept in memory: a reload starts at the title.
import { createStore } from 'zustand/vanilla';
import type { EvidenceRecord } from '../debrief/record';
import type { CompiledScenario } from '../story/scenario';

export type View =
  | { name: 'title' }
  | { name: 'picker' }
  | { name: 'before'; id: string }
  | { name: 'play' }
  | { name: 'pause' }
  | { name: 'stepout' }
  | { name: 'settings'; back: View }
  | { name: 'about' }
  | { name: 'profiles' }
  | { name: 'delete-profile'; id: string }
  | { name: 'debrief' }
  | { name: 'record' }
  | { name: 'progress' }
  | { name: 'saved-record'; key: string }
  | { name: 'imported-record' }
  | { name: 'roleplay-pack'; id: string };

export interface ScreenState {
  view: View;
  transcriptOpen: boolean;
  /** The play bar's menu, open or folded (it folds only when the bar has no room for its buttons). */
  menuOpen: boolean;
  /** A record opened from a file: in memory only, never saved, so opening one changes nothing on this device. */
  imported: { record: EvidenceRecord; file: string } | null;
  /** The scenario whose role-play pack is open (its cards come with the compiled story). */
  pack: CompiledScenario | null;
  /** "Your words first": what the learner has typed so far at this decision, so a rebuild of the screen (the
   *  conversation opened, say) keeps it. Not a dependency of any screen: typing never rebuilds one. */
  words: string;
}

export function createScreenState(first: View) {
  return createStore<ScreenState>(() => ({
    view: first,
    transcriptOpen: false,
    menuOpen: false,
    imported: null,
    pack: null,
    words: '',
  }));
}

export type ScreenStateStore = ReturnType<typeof createScreenState>;
