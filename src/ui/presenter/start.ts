// Presenter mode's first screens: what it is and which scenario to run (1-9 picks one), then the scenario's
// card with its content note, read to the room before anything starts.
import { button, h } from '../dom';
import type { RoomUi } from './context';

export function startScreen(ui: RoomUi): HTMLElement {
  return h(
    'section',
    { class: 'pm-start', 'aria-labelledby': 'pm-start-heading' },
    h('h1', { id: 'pm-start-heading' }, 'Run a scenario with a group'),
    h(
      'p',
      { class: 'pm-lead' },
      'The room talks over each moment and votes by a show of hands; you play what the room chose. Nothing is rated until you reveal it, and nothing is saved on this device.',
    ),
    h('h2', { id: 'pm-pick-heading' }, 'Choose a scenario'),
    h(
      'ol',
      { class: 'pm-scenarios', 'aria-labelledby': 'pm-pick-heading' },
      ui.catalogue.map((c, i) =>
        h(
          'li',
          {},
          button(`${i + 1}. ${c.title ?? c.id}`, () => ui.choose(c.id), {
            class: 'pm-button pm-scenario',
            'data-autofocus': i === 0,
            id: `pm-scenario-${c.id}`,
          }),
          h('p', { class: 'pm-scenario-meta' }, `About ${c.minutes ?? 15} minutes. ${c.summary ?? ''}`),
        ),
      ),
    ),
    h('p', { class: 'pm-tip' }, 'P opens the presenter view for your own screen. ? lists every key.'),
    h('p', { class: 'pm-tip' }, h('a', { href: './', class: 'pm-link' }, 'Back to the game for one learner')),
  );
}

export function beforeScreen(ui: RoomUi, id: string): HTMLElement {
  const c = ui.catalogue.find((x) => x.id === id);
  return h(
    'section',
    { class: 'pm-before', 'aria-labelledby': 'pm-before-heading' },
    h('h1', { id: 'pm-before-heading' }, c?.title ?? id),
    h('p', { class: 'pm-lead' }, c?.summary ?? ''),
    c?.contentNote &&
      h(
        'p',
        { class: 'pm-content-note' },
        h('strong', {}, 'Before we start: '),
        c.contentNote,
        ' Anyone can step out at any time.',
      ),
    h('p', {}, 'At each decision: talk it over, then hands up for the option you would choose.'),
    h(
      'div',
      { class: 'pm-actions' },
      button('Start the scenario', () => void ui.start(id), {
        class: 'pm-button primary',
        id: 'pm-begin',
        'data-autofocus': true,
      }),
      button('Choose another', () => ui.toStart(), { class: 'pm-button', id: 'pm-back-to-start' }),
    ),
  );
}
