// Small readers for the debrief screens: the play on screen if it has finished, and its debrief and record (built by
// app/records.ts, which also keeps each finished play's record on this device).
import type { Debrief } from '../../debrief/debrief';
import type { EvidenceRecord } from '../../debrief/record';
import type { Session } from '../../state/session';
import type { UiContext } from '../context';

/** The play on screen, if it has reached its ending. */
export function finishedSession(ui: UiContext): Session | null {
  const session = ui.session.getState().session;
  return session && session.screen.kind === 'ending' ? session : null;
}

export function debriefOf(ui: UiContext, session: Session): Debrief {
  return ui.records.debrief(session);
}

export function recordOf(ui: UiContext, session: Session, debrief?: Debrief): EvidenceRecord {
  return ui.records.record(session, debrief);
}

/** Keeps the record of the play on screen again, after the learner changed their name or reflections. Called
 *  from those forms' handlers, never while a screen is drawn. */
export function keepCurrentRecord(ui: UiContext): void {
  const session = finishedSession(ui);
  if (session) ui.records.keep(session);
}
