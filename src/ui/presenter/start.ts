// Presenter mode's first screens: what it is and which scenario to run (1-9 picks one), then the scenario's
// card with its content note, read to the room before anything starts.
import { roomLength, roomLengthText } from '../../presenter/length';
import { SLOT_MINUTES } from '../../presenter/vote-plan';
import { button, h } from '../dom';
import { offeredScenario } from './actions';
import type { RoomUi } from './context';
import { planChooser } from './plan-chooser';

export function startScreen(ui: RoomUi): HTMLElement {
  const phase = ui.stores.presenter.getState().phase;
  const offered = offeredScenario(ui.catalogue, phase.name === 'start' ? phase.last : undefined);
  return h(
    'section',
    { class: 'pm-start', 'aria-labelledby': 'pm-start-heading' },
    h('h1', { id: 'pm-start-heading' }, 'Run a scenario with a group'),
    h(
      'p',
      { class: 'pm-lead' },
      'The room talks over each moment and votes by a show of hands; you play what the room chose. Nothing is rated until you reveal it, and nothing is saved on this device.',
    ),
    wordsFirstField(ui),
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
            'data-autofocus': i === offered,
            'aria-current': i === offered ? 'true' : null,
            id: `pm-scenario-${c.id}`,
          }),
          h(
            'p',
            { class: 'pm-scenario-meta' },
            c.writtenHere && h('span', { class: 'pm-written-here' }, 'Written here. '),
            // The summary is on the card: the list stays short enough to fit a projector at large text.
            roomLengthText(roomLength(c.decisionPoints), c.minutes),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'pm-tip' },
      `Next (Page Down) opens scenario ${offered + 1}; Back on its card offers the one after. On the card you can choose which decisions the room votes on, to fit a ${SLOT_MINUTES}-minute slot. P opens the presenter view for your own screen. ? lists every key.`,
    ),
    h('p', { class: 'pm-tip' }, h('a', { href: './', class: 'pm-link' }, 'Back to the game for one learner')),
  );
}

export function beforeScreen(ui: RoomUi, id: string): HTMLElement {
  const c = ui.catalogue.find((x) => x.id === id);
  return h(
    'section',
    { class: 'pm-before', 'aria-labelledby': 'pm-before-heading' },
    h('h1', { id: 'pm-before-heading' }, c?.title ?? id),
    h(
      'div',
      { class: 'pm-card-story' },
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
    ),
    h(
      'div',
      { class: 'pm-card-run' },
      planChooser(ui),
      h(
        'p',
        { class: 'pm-tip', id: 'pm-length' },
        roomLengthText(roomLength(c?.decisionPoints), c?.minutes ?? null),
      ),
      roomSizeField(ui),
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
      h('p', { class: 'pm-tip' }, 'Next (Page Down) starts; Back (Page Up) goes back to the list.'),
    ),
  );
}

/** "Your words first" for the run: each vote opens by asking the room what it would say, options hidden. */
function wordsFirstField(ui: RoomUi): HTMLElement {
  const on = ui.stores.presenter.getState().wordsFirst;
  const box = h('input', { type: 'checkbox', id: 'pm-words-first', checked: on });
  box.addEventListener('change', () => ui.command({ type: 'words-first', on: box.checked }));
  return h(
    'p',
    { class: 'pm-words-first' },
    box,
    h(
      'label',
      { for: 'pm-words-first' },
      ' Your words first: at each decision, the room says what it would say, in pairs, before the options show',
    ),
  );
}

/** Optional: how many people are in the room, so a count with more hands than people is flagged. */
function roomSizeField(ui: RoomUi): HTMLElement {
  const size = ui.stores.presenter.getState().roomSize;
  const input = h('input', {
    id: 'pm-room-size',
    class: 'pm-count-input',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 3,
    value: size === null ? '' : String(size),
  });
  input.addEventListener('change', () => {
    const n = Number.parseInt(input.value.replace(/\D+/g, ''), 10);
    ui.command({ type: 'room-size', size: Number.isFinite(n) ? n : 0 });
  });
  return h(
    'p',
    { class: 'pm-room-size' },
    h('label', { for: 'pm-room-size' }, 'People in the room (optional, to check the counts): '),
    input,
  );
}
