// Role-play on the play screen: the partner's role card before a decision (pairs), the learner's own words before
// the options ("your words first"), and the partner's answer after it. What a learner types is only ever text:
// a textarea's value, and text nodes where it is shown again.
import { FEELINGS, FEELING_LABELS } from '../../debrief/felt';
import type { Session } from '../../state/session';
import type { UiContext } from '../context';
import { button, h } from '../dom';
import { cast, speakerName } from '../people';
import type { Guard } from './play-guard';
import { moreBelow } from './more-below';
import { readAgainButton } from './play-speech';
import './play-pairs.css';

type Screen = Session['screen'];
type ScreenOf<K extends Screen['kind']> = Extract<Screen, { kind: K }>;

export const WORDS_MAX = 500;

/** The person the partner plays, by full name. */
export const playedBy = (id: string) => cast[id]?.name ?? speakerName(id) ?? id;

/** Pairs: the partner's card for this decision, with who reads what aloud. */
export function partnerCardPanel(
  ui: UiContext,
  session: Session,
  s: ScreenOf<'choices'>,
  guard: Guard,
): HTMLElement {
  const p = s.partner!;
  const name = playedBy(p.who);
  const row = (term: string, words: string) => [h('dt', {}, term), h('dd', {}, words)];
  return h(
    'div',
    { class: 'dialogue partner-card', role: 'group', 'aria-labelledby': 'partner-heading' },
    h('p', { class: 'prompt', id: 'partner-heading' }, `Partner’s role card: you play ${name}`),
    h(
      'p',
      { class: 'pairs-help', id: 'partner-help' },
      `Partner: read ${name}’s lines aloud and play them from this card. Care worker: answer aloud, in your own words.`,
    ),
    theirLine(session, p.who),
    h(
      'dl',
      { class: 'partner-role' },
      row('You feel', p.feels),
      row('You want', p.wants),
      row('If spoken to well', p.well),
      row('If spoken to badly', p.badly),
    ),
    h(
      'div',
      { class: 'actions' },
      moreBelow(),
      readAgainButton(ui, session),
      button(
        'Ready: the care worker answers',
        guard(() => ui.controller.partnerReady()),
        { id: 'partner-ready', class: 'primary', 'data-autofocus': true, 'aria-describedby': 'partner-help' },
      ),
    ),
  );
}

/** The line the partner's character said last, to read aloud again before the care worker answers. */
function theirLine(session: Session, who: string): HTMLElement | null {
  const last = session.transcript.findLast((e) => e.kind === 'line');
  if (last?.kind !== 'line' || last.speaker !== who) return null;
  return h('p', { class: 'partner-line' }, h('strong', {}, 'Their line: '), last.text);
}

/** "Your words first": what the learner would say, typed before the options appear. Never scored. */
export function wordsPanel(ui: UiContext, session: Session, guard: Guard): HTMLElement {
  const box = h('textarea', {
    id: 'words-first',
    class: 'words-first',
    rows: 3,
    maxlength: WORDS_MAX,
    'aria-describedby': 'words-help',
    'data-autofocus': true,
    oninput: () => ui.screen.setState({ words: box.value }),
  });
  box.value = ui.screen.getState().words;
  const done = (words: string | null) => {
    ui.screen.setState({ words: '' });
    ui.controller.sayFirst(words);
  };
  return h(
    'div',
    { class: 'dialogue words-step', role: 'group', 'aria-labelledby': 'words-heading' },
    h('p', { class: 'prompt', id: 'words-heading' }, 'Your words first'),
    h(
      'label',
      { for: 'words-first' },
      session.pairs ? 'Care worker: what did you say? Type it here.' : 'What would you say? Type it here.',
    ),
    box,
    h(
      'p',
      { class: 'small', id: 'words-help' },
      'Then the options appear: pick the one closest to what you meant. Your words are kept with your choice, never scored, and stay on this device.',
    ),
    h(
      'div',
      { class: 'actions' },
      readAgainButton(ui, session),
      button(
        'Show the options',
        guard(() => done(box.value)),
        { id: 'show-options', class: 'primary' },
      ),
      button(
        'Skip',
        guard(() => done(null)),
        { id: 'skip-words' },
      ),
    ),
  );
}

/** Above the options, after the words step: the learner's own words, to compare with what is on offer. */
export function saidFirst(s: ScreenOf<'choices'>): HTMLElement | null {
  if (!s.said) return null;
  return h('p', { class: 'said-first', id: 'said-first' }, h('strong', {}, 'You said first: '), s.said);
}

/** Pairs, after a decision: the partner says how it felt in role. A plain set of pressed-or-not buttons. */
export function feltGroup(
  ui: UiContext,
  session: Session,
  decision: number,
  guard: Guard,
): HTMLElement | null {
  const d = session.decisions[decision];
  if (!session.pairs || !d) return null;
  return h(
    'div',
    { class: 'felt', role: 'group', 'aria-labelledby': 'felt-heading' },
    h('p', { class: 'felt-heading', id: 'felt-heading' }, 'Partner: how did that feel, in role?'),
    h(
      'div',
      { class: 'felt-buttons' },
      FEELINGS.map((f) =>
        button(
          FEELING_LABELS[f],
          guard(() => ui.controller.feel(decision, f)),
          { id: `felt-${f}`, class: 'felt-choice', 'aria-pressed': d.felt === f ? 'true' : 'false' },
        ),
      ),
    ),
  );
}
