// The blank screen (B: the room looks at the trainer, not the slide) and the key list (?).
import { KEY_HELP } from '../../presenter/keys';
import { h } from '../dom';

export function blankOverlay(): HTMLElement {
  return h(
    'div',
    { class: 'pm-blank', id: 'pm-blank', role: 'status' },
    h('span', { class: 'visually-hidden' }, 'The screen is blank. Press any key to bring it back.'),
  );
}

export const TIE_RULE =
  'A tie is recorded as a tie: Next asks which of the tied options to play, and Back offers the next one.';

export function keyList(): HTMLElement {
  return h(
    'dl',
    { class: 'pm-keys' },
    KEY_HELP.map((k) => [
      h('dt', {}, k.keys.map((key, i) => [i > 0 ? ' ' : '', h('kbd', {}, key)]).flat()),
      h('dd', {}, k.does),
    ]).flat(),
  );
}

export function helpOverlay(): HTMLElement {
  return h(
    'div',
    {
      class: 'pm-help',
      id: 'pm-help',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'pm-help-heading',
      tabindex: -1,
      'data-autofocus': true,
    },
    h('h2', { id: 'pm-help-heading' }, 'Keys'),
    keyList(),
    h('p', { class: 'pm-help-foot' }, TIE_RULE, ' Press any key to close this list.'),
  );
}
