// The play screen as a route: what it shows (the session's moment, the conversation, captions), what counts as a new
// moment (a new line, decision, feedback or ending: announced once, read aloud, and guarded against a tap meant for
// the screen before), and its keys (1-9 choose, arrow keys move between options, Enter or Space move on).
import { announce } from '../announcer';
import { debriefOf } from '../debrief/stores';
import type { UiContext } from '../context';
import type { Screen } from '../../state/session';
import type { Route } from '../host/host';
import { describeStage } from '../people';
import { playScreen, scenarioTitle } from './play';
import { guardMsFor } from './play-guard';
import { speakMoment } from './play-speech';
import { announcement } from './play-words';

type PlayView = { name: 'play' };

/** The play under way when it has reached its end (the screen built later, with its debrief prepared first). */
function ending(ui: UiContext) {
  const session = ui.session.getState().session;
  return session?.screen.kind === 'ending' ? session : null;
}

export function playRoute(): Route<UiContext, PlayView> {
  let shownAt = 0;
  // The room and people last told to a screen reader: said again only when they change, as the stage redraws.
  let scene = '';
  const ready = (kind: string) => performance.now() - shownAt >= guardMsFor(kind);
  return {
    render: (ui) => playScreen(ui, ui.session.getState().session!, () => shownAt),
    deps: (ui) => {
      const s = ui.session.getState().session;
      const { captions, readAloud } = ui.settings.getState();
      const { transcriptOpen, menuOpen } = ui.screen.getState();
      return [
        s?.scenarioId,
        s?.screen,
        s?.transcript,
        s?.decisions,
        captions,
        readAloud,
        transcriptOpen,
        menuOpen,
      ];
    },
    moment: (ui) => ui.session.getState().session?.screen,
    // What a decision brings up (its feedback, or with feedback off the next line) keeps focus in the task that
    // builds it, as before: with focus in the next task, the browser styles the screen in the frame and again for
    // the focus, and choice latency p95 at 4x went from 39-45 ms to 44-55 ms in four full bench runs. The decision
    // press was never the long one; a Continue press is (45-100 ms at 4x), and its focus waits for the next task.
    focusAtOnce: (_ui, _view, before) => (before as Screen | undefined)?.kind === 'choices',
    // The end of a play is built in the task after the press that reached it: its summary builds the play's debrief,
    // the longest build on this screen. At 4x CPU, the press that ended the first play in a page was one task of
    // 81-108 ms (script 79-90 ms; the debrief 37 ms of it, the summary's markup about 20).
    buildLater: (ui) => ending(ui) !== null,
    // ...and the debrief itself in the task before that (the records keep it, so the summary finds it built). In two
    // full bench runs out of three, the end of the first play in the page was still a task of about 100 ms.
    prepare: (ui) => {
      const session = ending(ui);
      if (session) debriefOf(ui, session);
      return session !== null;
    },
    arrive: (ui, _view, main) => {
      shownAt = performance.now();
      const session = ui.session.getState().session!;
      const now = describeStage(session.stage);
      const changed = now !== scene && session.screen.kind !== 'ending' ? now : '';
      scene = now;
      const text = announcement(session, changed);
      if (text) announce(text);
      speakMoment(ui, session, main);
    },
    leave: (ui) => {
      scene = '';
      ui.speech?.stop();
    },
    keys: (e, ui) => {
      const session = ui.session.getState().session;
      if (!session || e.repeat) return false;
      if (session.screen.kind === 'choices' && !session.screen.step && moveAmongOptions(e)) return true;
      if (!ready(session.screen.kind)) return false;
      const onControl = !!(e.target as HTMLElement | null)?.closest('button, input, select, textarea, a');
      // Not before the options show: a digit typed in the words box is a digit.
      if (/^[1-9]$/.test(e.key) && session.screen.kind === 'choices' && !session.screen.step) {
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

const NEXT: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** Arrow keys move focus round the options (as the group's description promises); they never choose. */
function moveAmongOptions(e: KeyboardEvent): boolean {
  const step = NEXT[e.key];
  if (!step) return false;
  const options = [...document.querySelectorAll<HTMLElement>('#choices button.choice')];
  if (!options.length) return false;
  const at = options.indexOf(document.activeElement as HTMLElement);
  const to = at < 0 ? (step > 0 ? 0 : options.length - 1) : (at + step + options.length) % options.length;
  options[to]!.focus();
  e.preventDefault();
  return true;
}
