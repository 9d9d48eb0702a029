// "Try this decision again" from the debrief: keep the finished route's evidence on the session, wind the story
// back to that decision, and go back to play. The next ending then shows what changed.

import { snapshotBeforeRetry } from '../../debrief/replay';
import { announce } from '../announcer';
import type { UiContext } from '../context';
import { keepCurrentRecord } from './stores';

export function tryAgain(ui: UiContext, index: number): boolean {
  const session = ui.session.getState().session;
  if (!session) return false;
  keepCurrentRecord(ui);
  const snapshot = snapshotBeforeRetry(session, ui.controller.evidence(), index);
  ui.controller.retry(index);
  const after = ui.session.getState().session;
  if (!after || after.screen.kind !== 'choices' || after.decisions.length !== index) {
    announce(
      'That decision cannot be tried again from here. Start the scenario again to play it differently.',
    );
    return false;
  }
  if (snapshot) ui.session.setState({ session: { ...after, previousEvidence: snapshot } });
  ui.go({ name: 'play' });
  return true;
}
