// The decision and its feedback on the play screen. The options are one group that says how to choose (1 to 9, or
// the arrow keys), so focus arriving on option 1 tells a screen reader everything once. Glossary words in the
// options are explained in a strip beside them (an option is a button, and a button cannot hold another).
import type { Session } from '../../state/session';
import type { UiContext } from '../context';
import { button, h } from '../dom';
import { explainBox, termsIn, textWithTerms } from '../terms';
import type { Guard } from './play-guard';
import { moreBelow } from './more-below';
import { readAgainButton, speakerFor } from './play-speech';
import { outcomesOf, ratingClass, ratingWords } from './ratings';
import { feltGroup, saidFirst } from './play-pairs';

type Screen = Session['screen'];
type ScreenOf<K extends Screen['kind']> = Extract<Screen, { kind: K }>;

function optionWords(ui: UiContext, texts: string[]): HTMLElement | null {
  const box = explainBox('option-term-explain');
  const terms = termsIn(texts, box, speakerFor(ui));
  if (!terms.length) return null;
  return h(
    'div',
    { class: 'option-words', role: 'group', 'aria-labelledby': 'option-words-heading' },
    h('p', { class: 'small', id: 'option-words-heading' }, 'Words in these options:'),
    h('p', { class: 'terms' }, terms),
    box,
  );
}

export function choicesPanel(
  ui: UiContext,
  session: Session,
  s: ScreenOf<'choices'>,
  guard: Guard,
): HTMLElement {
  const n = s.options.length;
  return h(
    'div',
    { class: 'dialogue choosing' },
    saidFirst(s),
    h(
      'p',
      { class: 'prompt', id: 'choice-prompt' },
      s.said ? 'Which option is closest to what you meant?' : 'What do you do?',
    ),
    h(
      'p',
      { class: 'visually-hidden', id: 'choice-help' },
      `${n} options. Press 1 to ${n}, or use the arrow keys and Enter.`,
    ),
    h(
      'div',
      { role: 'group', 'aria-labelledby': 'choice-prompt', 'aria-describedby': 'choice-help' },
      h(
        'ol',
        { class: 'choices', id: 'choices' },
        s.options.map((o, i) =>
          h(
            'li',
            {},
            button(
              `${i + 1}. ${o.text}`,
              guard(() => ui.controller.choose(i)),
              { class: 'choice', 'data-autofocus': i === 0, 'aria-keyshortcuts': String(i + 1) },
            ),
          ),
        ),
      ),
    ),
    optionWords(
      ui,
      s.options.map((o) => o.text),
    ),
    h('div', { class: 'actions' }, readAgainButton(ui, session), moreBelow()),
  );
}

function betterOption(session: Session, decision: number) {
  const d = session.decisions[decision];
  const chosen = d?.options[d.chosen];
  const better =
    d && chosen && chosen.meta.rating !== 'best'
      ? d.options.find((o) => o.meta.rating === 'best')
      : undefined;
  return { chosen, better };
}

function feedbackActions(ui: UiContext, session: Session, s: ScreenOf<'feedback'>, guard: Guard) {
  const critical = !!betterOption(session, s.decision).chosen?.meta.critical;
  return h(
    'div',
    { class: 'actions' },
    moreBelow(),
    readAgainButton(ui, session),
    critical &&
      button(
        'Try this decision again',
        guard(() => ui.controller.retry(s.decision)),
        { class: 'primary', 'data-autofocus': true },
      ),
    button(
      critical ? 'Carry on with this choice' : 'Continue',
      guard(() => ui.controller.continue()),
      { id: 'continue', class: critical ? '' : 'primary', 'data-autofocus': !critical },
    ),
  );
}

/** The stronger option comes straight after the rating, so it is above the fold however long the words. */
export function feedbackPanel(
  ui: UiContext,
  session: Session,
  s: ScreenOf<'feedback'>,
  guard: Guard,
): HTMLElement {
  const { chosen, better } = betterOption(session, s.decision);
  const box = explainBox('term-explain');
  const speak = speakerFor(ui);
  return h(
    'div',
    {
      class: `dialogue feedback ${chosen ? ratingClass(chosen.meta) : ''}`,
      role: 'group',
      'aria-labelledby': 'feedback-heading',
    },
    h('p', { class: 'rating', id: 'feedback-heading' }, chosen ? ratingWords(chosen.meta) : ''),
    better && h('p', { class: 'better' }, h('strong', {}, 'A stronger option: '), better.text),
    h('p', { class: 'you-chose' }, `You chose: ${chosen?.text ?? ''}`),
    h('p', { class: 'feedback-text' }, textWithTerms(chosen?.meta.feedback ?? '', box, speak)),
    chosen && h('p', { class: 'outcomes' }, `This is about: ${outcomesOf(chosen.meta)}`),
    optionWords(ui, [chosen?.text ?? '', better?.text ?? ''].filter(Boolean)),
    box,
    feltGroup(ui, session, s.decision, guard),
    feedbackActions(ui, session, s, guard),
  );
}
