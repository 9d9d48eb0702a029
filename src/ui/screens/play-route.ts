// The play screen as a route: what it shows (the session's moment, the conversation, captions), what counts as a new
// moment (a new line, decision, feedback or ending: announced once, read aloud, and guarded against a tap meant for
// the screen before), and its keys (1-9 choose, Enter or Space move on).
import { announce } from '../announcer';
import type { UiContext } from '../context';
import type { Route } from '../host/host';
import { announcement, INPUT_GUARD_MS, playScreen, scenarioTitle } from './play';

type PlayView = { name: 'play' };

export function playRoute(): Route<UiContext, PlayView> {
  let shownAt = 0;
  const ready = () => performance.now() - shownAt >= INPUT_GUARD_MS;
  return {
    render: (ui) => playScreen(ui, ui.session.getState().session!, () => shownAt),
    deps: (ui) => {
      const s = ui.session.getState().session;
      return [
        s?.scenarioId,
        s?.screen,
        s?.transcript,
        s?.decisions,
        ui.settings.getState().captions,
        ui.screen.getState().transcriptOpen,
      ];
    },
    moment: (ui) => ui.session.getState().session?.screen,
    arrive: (ui, _view, main) => {
      shownAt = performance.now();
      const session = ui.session.getState().session!;
      const text = announcement(session);
      announce(text);
      readAloud(ui, text, main);
    },
    leave: (ui) => ui.speech?.stop(),
    keys: (e, ui) => {
      const session = ui.session.getState().session;
      if (!session || e.repeat || !ready()) return false;
      const onControl = !!(e.target as HTMLElement | null)?.closest('button, input, select, textarea, a');
      if (/^[1-9]$/.test(e.key) && session.screen.kind === 'choices') {
        e.preventDefault();
        ui.controller.choose(Number(e.key) - 1);
        return true;
      }
      // On a focused button, Enter and Space already press it; handling them here too would skip a line.
      if ((e.key === 'Enter' || e.key === ' ') && !onControl) {
        e.preventDefault();
        ui.controller.continue();
        return true;
      }
      return false;
    },
    title: (ui) => `${scenarioTitle(ui, ui.session.getState().session!)} – Care Conversations`,
  };
}

/** Read aloud: the screen's words, spoken by the device, with the words highlighted while they are read. */
function readAloud(ui: UiContext, text: string, main: HTMLElement): void {
  const s = ui.settings.getState();
  if (!s.readAloud || !ui.speech || !text) return;
  const target = main.querySelector<HTMLElement>('#line-text, #choices, .feedback, .summary');
  ui.speech.speak(
    text,
    { voice: s.voice, rate: s.rate },
    () => target?.classList.add('speaking'),
    () => target?.classList.remove('speaking'),
  );
}
