// The play screen: the current line or the options over the stage, the conversation so far, captions.
import type { Screen, Session } from '../../state/session';
import { button, h } from '../dom';
import { describeStage, speakerName } from '../people';
import type { UiContext } from '../context';
// Before ./summary, so play's rules come ahead of the summary's and debrief.css, as they did in one stylesheet.
import './play.css';
import { summaryPanel } from './summary';
import { explainBox, textWithTerms } from '../terms';
import { choicesPanel, feedbackPanel } from './play-decision';
import { partnerCardPanel, wordsPanel } from './play-pairs';
import { moreBelow } from './more-below';
import { guardMsFor, type Guard } from './play-guard';
import { readAgainButton, speakerFor } from './play-speech';
import { lastCaption } from './play-words';
import { transcript, transcriptToggle } from './play-transcript';

export { INPUT_GUARD_MS, OPTIONS_GUARD_MS } from './play-guard';

/** `shownAt` says when the learner first saw this moment (the play route sets it as the screen arrives). */
export function playScreen(ui: UiContext, session: Session, shownAt: () => number): HTMLElement {
  const title = scenarioTitle(ui, session);
  const { transcriptOpen, menuOpen } = ui.screen.getState();
  const s = session.screen;
  const guardMs = guardMsFor(s.kind);
  const guard: Guard = (fn) => () => {
    if (performance.now() - shownAt() >= guardMs) fn();
  };
  const panel = screenPanel(ui, session, guard);
  // The caption belongs to the line its sound came with: at the decision after it, it only took the options' room.
  const captions = ui.settings.getState().captions && s.kind === 'line' ? lastCaption(session) : null;
  return h(
    'section',
    // data-guard-ms: how long this moment ignores presses, for tests that wait it out rather than guess it.
    { class: `screen play-screen screen-${s.kind}`, 'aria-label': title, 'data-guard-ms': String(guardMs) },
    topBar(ui, title, transcriptOpen, menuOpen),
    h('p', { id: 'scene-description', class: 'visually-hidden' }, describeStage(session.stage)),
    captions && h('p', { class: 'caption', id: 'caption' }, `[${captions}]`),
    transcriptOpen && transcript(ui, session),
    h('div', { class: 'panel' }, panel),
  );
}

type ScreenOf<K extends Screen['kind']> = Extract<Screen, { kind: K }>;

function screenPanel(ui: UiContext, session: Session, guard: Guard): HTMLElement {
  const s = session.screen;
  if (s.kind === 'line') return linePanel(ui, session, s, guard);
  if (s.kind === 'choices' && s.step === 'card') return partnerCardPanel(ui, session, s, guard);
  if (s.kind === 'choices' && s.step === 'words') return wordsPanel(ui, session, guard);
  if (s.kind === 'choices') return choicesPanel(ui, session, s, guard);
  if (s.kind === 'feedback') return feedbackPanel(ui, session, s, guard);
  if (s.kind === 'ending') return summaryPanel(ui, session, s.ending);
  return errorPanel(ui, s);
}

/** The bar's buttons sit in a menu that folds behind one "Menu" button when the bar is narrow for its text (play.css
 *  decides when, from the bar's width in its own text size), so large text leaves the height to the words. */
function topBar(ui: UiContext, title: string, transcriptOpen: boolean, menuOpen: boolean): HTMLElement {
  const toggleMenu = () => ui.screen.setState((s) => ({ menuOpen: !s.menuOpen }));
  return h(
    'div',
    { class: `topbar play-bar${menuOpen ? ' menu-open' : ''}` },
    h('h1', { class: 'scenario-title' }, title),
    button('Menu', toggleMenu, {
      id: 'play-menu-toggle',
      class: 'menu-toggle',
      'aria-expanded': menuOpen ? 'true' : 'false',
      'aria-controls': 'play-menu',
    }),
    h(
      'div',
      { class: 'play-menu', id: 'play-menu' },
      transcriptToggle(ui, transcriptOpen),
      button('Step out', () => ui.go({ name: 'stepout' })),
      button('Pause', () => ui.go({ name: 'pause' }), { 'aria-keyshortcuts': 'Escape' }),
    ),
  );
}

function linePanel(ui: UiContext, session: Session, s: ScreenOf<'line'>, guard: Guard): HTMLElement {
  const name = speakerName(s.speaker);
  const explain = explainBox('term-explain');
  return h(
    'div',
    { class: `dialogue ${s.speaker === 'you' ? 'you' : s.speaker ? 'spoken' : 'narration'}` },
    name ? h('p', { class: 'speaker', id: 'speaker' }, name) : null,
    h('p', { class: 'line-text', id: 'line-text' }, textWithTerms(s.text, explain, speakerFor(ui))),
    explain,
    h(
      'div',
      { class: 'actions' },
      moreBelow(),
      readAgainButton(ui, session),
      // No aria-describedby to the line: the live region says it once, with the speaker's name. Both made a screen
      // reader read every line twice.
      button(
        'Continue',
        guard(() => ui.controller.continue()),
        { id: 'continue', class: 'primary', 'data-autofocus': true },
      ),
    ),
  );
}

function errorPanel(ui: UiContext, s: ScreenOf<'error'>): HTMLElement {
  return h(
    'div',
    { class: 'dialogue error', role: 'alert' },
    h('p', { class: 'speaker' }, 'Something went wrong in this scenario'),
    h('p', {}, 'The story hit a problem and cannot go on from here. Your progress so far is saved.'),
    h('p', { class: 'small' }, `Details for the trainer: ${s.message}`),
    h(
      'div',
      { class: 'actions' },
      button(
        'Back to the menu',
        () => {
          // Leave as the pause menu does: the saved game stays, and the room's sound stops with the scene.
          ui.controller.leave();
          ui.go({ name: 'title' });
        },
        { class: 'primary', 'data-autofocus': true },
      ),
    ),
  );
}

export function scenarioTitle(ui: UiContext, session: Session): string {
  return ui.catalogue.find((c) => c.id === session.scenarioId)?.title ?? session.scenarioId;
}
