// The play screen: the current line or the options over the stage, the conversation so far, captions.
import type { Screen, Session } from '../../state/session';
import { button, h, humanise } from '../dom';
import { describeStage, speakerName } from '../people';
import type { UiContext } from '../context';
import { outcomesOf, ratingClass, ratingWords } from './ratings';
// Before ./summary, so play's rules come ahead of the summary's and debrief.css, as they did in one stylesheet.
import './play.css';
import { summaryPanel } from './summary';
import { textWithTerms } from '../terms';

/** Input arriving this soon after a new screen is a double tap or a bounce, not a decision. */
export const INPUT_GUARD_MS = 250;

/** `shownAt` says when the learner first saw this moment (the play route sets it as the screen arrives). */
export function playScreen(ui: UiContext, session: Session, shownAt: () => number): HTMLElement {
  const title = scenarioTitle(ui, session);
  const transcriptOpen = ui.screen.getState().transcriptOpen;
  const guard: Guard = (fn) => () => {
    if (performance.now() - shownAt() >= INPUT_GUARD_MS) fn();
  };
  const s = session.screen;
  const panel = screenPanel(ui, session, guard);
  const captions = ui.settings.getState().captions ? lastCaption(session) : null;
  return h(
    'section',
    { class: `screen play-screen screen-${s.kind}`, 'aria-label': title },
    topBar(ui, title, transcriptOpen),
    h('p', { id: 'scene-description', class: 'visually-hidden' }, describeStage(session.stage.people)),
    captions && h('p', { class: 'caption', id: 'caption' }, `[${captions}]`),
    transcriptOpen && transcript(session),
    h('div', { class: 'panel' }, panel),
  );
}

/** Wraps an action so that input arriving too soon after the screen appeared is ignored. */
type Guard = (fn: () => void) => () => void;

type ScreenOf<K extends Screen['kind']> = Extract<Screen, { kind: K }>;

function screenPanel(ui: UiContext, session: Session, guard: Guard): HTMLElement {
  const s = session.screen;
  if (s.kind === 'line') return linePanel(ui, s, guard);
  if (s.kind === 'choices') return choicesPanel(ui, s, guard);
  if (s.kind === 'feedback') return feedbackPanel(ui, session, s, guard);
  if (s.kind === 'ending') return summaryPanel(ui, session, s.ending);
  return errorPanel(ui, s);
}

function topBar(ui: UiContext, title: string, transcriptOpen: boolean): HTMLElement {
  const toggleTranscript = () => ui.screen.setState((s) => ({ transcriptOpen: !s.transcriptOpen }));
  return h(
    'div',
    { class: 'topbar play-bar' },
    h('h1', { class: 'scenario-title' }, title),
    button(transcriptOpen ? 'Hide the conversation' : 'Conversation so far', toggleTranscript, {
      id: 'transcript-toggle',
      // A string: a bare `true` would be written as an empty attribute, which says nothing about the state.
      'aria-expanded': transcriptOpen ? 'true' : 'false',
      'aria-controls': transcriptOpen ? 'transcript' : null,
    }),
    button('Step out', () => ui.go({ name: 'stepout' })),
    button('Pause', () => ui.go({ name: 'pause' }), { 'aria-keyshortcuts': 'Escape' }),
  );
}

function linePanel(ui: UiContext, s: ScreenOf<'line'>, guard: Guard): HTMLElement {
  const name = speakerName(s.speaker);
  const explain = h('p', {
    class: 'term-explain',
    id: 'term-explain',
    'aria-live': 'polite',
    hidden: true,
  });
  return h(
    'div',
    { class: `dialogue ${s.speaker === 'you' ? 'you' : s.speaker ? 'spoken' : 'narration'}` },
    name ? h('p', { class: 'speaker', id: 'speaker' }, name) : null,
    h('p', { class: 'line-text', id: 'line-text' }, textWithTerms(s.text, explain)),
    explain,
    h(
      'div',
      { class: 'actions' },
      button(
        'Continue',
        guard(() => ui.controller.continue()),
        { id: 'continue', class: 'primary', 'data-autofocus': true, 'aria-describedby': 'line-text' },
      ),
    ),
  );
}

function choicesPanel(ui: UiContext, s: ScreenOf<'choices'>, guard: Guard): HTMLElement {
  return h(
    'div',
    { class: 'dialogue choosing' },
    h('p', { class: 'prompt', id: 'choice-prompt' }, 'What do you do?'),
    h(
      'ol',
      { class: 'choices', id: 'choices', 'aria-labelledby': 'choice-prompt' },
      s.options.map((o, i) =>
        h(
          'li',
          {},
          button(
            `${i + 1}. ${o.text}`,
            guard(() => ui.controller.choose(i)),
            { class: 'choice', 'data-autofocus': i === 0 },
          ),
        ),
      ),
    ),
  );
}

function feedbackPanel(ui: UiContext, session: Session, s: ScreenOf<'feedback'>, guard: Guard): HTMLElement {
  const d = session.decisions[s.decision];
  const chosen = d?.options[d.chosen];
  const better =
    d && chosen && chosen.meta.rating !== 'best'
      ? d.options.find((o) => o.meta.rating === 'best')
      : undefined;
  return h(
    'div',
    {
      class: `dialogue feedback ${chosen ? ratingClass(chosen.meta) : ''}`,
      role: 'group',
      'aria-labelledby': 'feedback-heading',
    },
    h('p', { class: 'rating', id: 'feedback-heading' }, chosen ? ratingWords(chosen.meta) : ''),
    h('p', { class: 'you-chose' }, `You chose: ${chosen?.text ?? ''}`),
    h('p', { class: 'feedback-text' }, chosen?.meta.feedback ?? ''),
    chosen && h('p', { class: 'outcomes' }, `This is about: ${outcomesOf(chosen.meta)}`),
    better && h('p', { class: 'better' }, h('strong', {}, 'A stronger option: '), better.text),
    h(
      'div',
      { class: 'actions' },
      chosen?.meta.critical &&
        button(
          'Try this decision again',
          guard(() => ui.controller.retry(s.decision)),
          { class: 'primary', 'data-autofocus': true },
        ),
      button(
        chosen?.meta.critical ? 'Carry on with this choice' : 'Continue',
        guard(() => ui.controller.continue()),
        {
          id: 'continue',
          class: chosen?.meta.critical ? '' : 'primary',
          'data-autofocus': !chosen?.meta.critical,
        },
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

function lastCaption(session: Session): string | null {
  // Show the caption of a sound that came with the line on screen.
  const t = session.transcript;
  const last = t[t.length - 1];
  const before = t[t.length - 2];
  return last?.kind === 'line' && before?.kind === 'caption' ? before.text : null;
}

function transcript(session: Session): HTMLElement {
  const items = session.transcript.map((e) => {
    if (e.kind === 'caption') return h('li', { class: 'caption' }, `[${e.text}]`);
    if (e.kind === 'choice') return h('li', { class: 'chosen' }, h('strong', {}, 'You chose: '), e.text);
    const name = speakerName(e.speaker);
    return h(
      'li',
      { class: e.speaker ? 'spoken' : 'narration' },
      name && h('strong', {}, `${name}: `),
      e.text,
    );
  });
  const list = h('ol', { class: 'transcript-list' }, items);
  const aside = h(
    'aside',
    { class: 'transcript', id: 'transcript', 'aria-label': 'The conversation so far', tabindex: 0 },
    h('h2', {}, 'The conversation so far'),
    list,
  );
  queueMicrotask(() => (aside.scrollTop = aside.scrollHeight));
  return aside;
}

/** What a screen reader hears when the screen changes. */
export function announcement(session: Session): string {
  const s = session.screen;
  if (s.kind === 'line') {
    const name = speakerName(s.speaker);
    return name ? `${name}: ${s.text}` : s.text;
  }
  if (s.kind === 'choices')
    return `What do you do? ${s.options.map((o, i) => `${i + 1}: ${o.text}`).join(' ')}`;
  if (s.kind === 'feedback') {
    const d = session.decisions[s.decision];
    const o = d?.options[d.chosen];
    return o ? `${ratingWords(o.meta)}. ${o.meta.feedback ?? ''}` : '';
  }
  if (s.kind === 'ending')
    return `The end: ${s.ending ? humanise(s.ending) : 'the scenario is over'}. Here is how it went.`;
  return 'Something went wrong in this scenario.';
}

export function scenarioTitle(ui: UiContext, session: Session): string {
  return ui.catalogue.find((c) => c.id === session.scenarioId)?.title ?? session.scenarioId;
}
