import { button, h } from '../dom';
import type { UiContext } from '../context';

export function pauseScreen(ui: UiContext): HTMLElement {
  return h(
    'section',
    {
      class: 'screen pause-screen',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'pause-heading',
    },
    h('h1', { id: 'pause-heading' }, 'Paused'),
    h('p', {}, 'Your game is saved.'),
    h(
      'div',
      { class: 'menu' },
      button('Back to the story', () => ui.go({ name: 'play' }), {
        class: 'primary',
        'data-autofocus': true,
      }),
      button('Settings', () => ui.go({ name: 'settings', back: { name: 'pause' } })),
      button('Step out for a moment', () => ui.go({ name: 'stepout' })),
      button('Leave and keep my place', () => {
        ui.controller.leave();
        ui.go({ name: 'title' });
      }),
    ),
  );
}

export function stepOutScreen(ui: UiContext): HTMLElement {
  return h(
    'section',
    { class: 'screen stepout-screen', 'aria-labelledby': 'stepout-heading' },
    h('h1', { id: 'stepout-heading' }, 'Take a moment'),
    h('p', {}, 'The story is paused and saved. Take as long as you need.'),
    h(
      'p',
      {},
      'Some of these situations can bring up real memories or feelings. If they have, talk to someone you trust: your manager, a colleague, your assessor, or your own GP.',
    ),
    h(
      'div',
      { class: 'menu' },
      button('Back to the story', () => ui.go({ name: 'play' }), {
        class: 'primary',
        'data-autofocus': true,
      }),
      button('Leave for now', () => {
        ui.controller.leave();
        ui.go({ name: 'title' });
      }),
    ),
  );
}
