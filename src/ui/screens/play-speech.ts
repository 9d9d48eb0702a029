// Read-aloud on the play screen: the moment read as it arrives (if the learner asked for that), again on request
// ("Read again"), and glossary explanations on request. Speaking is the device's own; nothing leaves the device.
import type { Session } from '../../state/session';
import type { UiContext } from '../context';
import { button } from '../dom';
import type { Speak } from '../terms';
import { spokenText } from './play-words';

/** A way to speak a text, when read-aloud is on and the device can speak; null otherwise. */
export function speakerFor(ui: UiContext): Speak {
  const s = ui.settings.getState();
  if (!s.readAloud || !ui.speech) return null;
  const speech = ui.speech;
  return (text) => speech.speak(text, { voice: s.voice, rate: s.rate }, noop, noop);
}

const noop = () => {};

/** Reads the moment on screen, highlighting its words inside `root` while they are spoken. */
export function speakMoment(ui: UiContext, session: Session, root: ParentNode): void {
  const s = ui.settings.getState();
  const text = spokenText(session);
  if (!s.readAloud || !ui.speech || !text) return;
  const target = root.querySelector<HTMLElement>('#line-text, #choices, .feedback, .summary');
  ui.speech.speak(
    text,
    { voice: s.voice, rate: s.rate },
    () => target?.classList.add('speaking'),
    () => target?.classList.remove('speaking'),
  );
}

/** "Read again": the learner, not the game, decides when to hear the moment once more. Shown with read-aloud on. */
export function readAgainButton(ui: UiContext, session: Session): HTMLElement | null {
  if (!speakerFor(ui)) return null;
  return button('Read again', () => speakMoment(ui, session, document), { class: 'read-again' });
}
