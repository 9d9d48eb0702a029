// The debrief's views, for the shell: one entry point, and where Escape goes back to from each.

import type { UiContext, View } from '../context';
import { debriefScreen } from './debrief-screen';
import { progressScreen } from './progress-screen';
import { importedRecordScreen, recordScreen, savedRecordScreen } from './record-screen';

export type DebriefView = Extract<
  View,
  { name: 'debrief' | 'record' | 'progress' | 'saved-record' | 'imported-record' }
>;

export function isDebriefView(v: View): v is DebriefView {
  return (
    v.name === 'debrief' ||
    v.name === 'record' ||
    v.name === 'progress' ||
    v.name === 'saved-record' ||
    v.name === 'imported-record'
  );
}

export function debriefView(ui: UiContext, v: DebriefView): HTMLElement {
  // Coming from another view, start at the top of the page (these pages are long); a rebuild keeps its place.
  // The shell marks the body with the view on screen after each build, so here it still names the one before.
  if (document.body.dataset.view !== v.name) queueMicrotask(() => globalThis.scrollTo?.(0, 0));
  switch (v.name) {
    case 'debrief':
      return debriefScreen(ui);
    case 'record':
      return recordScreen(ui);
    case 'progress':
      return progressScreen(ui);
    case 'saved-record':
      return savedRecordScreen(ui, v.key);
    case 'imported-record':
      return importedRecordScreen(ui);
  }
}

/** Escape goes back one step: record -> debrief -> the end of the story; records -> progress -> title. */
export function backFrom(v: DebriefView): View {
  if (v.name === 'record') return { name: 'debrief' };
  if (v.name === 'debrief') return { name: 'play' };
  if (v.name === 'progress') return { name: 'title' };
  return { name: 'progress' };
}
