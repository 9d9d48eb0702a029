import { button, h } from '../dom';
import type { UiContext } from '../context';

export function titleScreen(ui: UiContext): HTMLElement {
  const saved = ui.session.getState().session;
  const savedTitle = saved ? (ui.catalogue.find((c) => c.id === saved.scenarioId)?.title ?? saved.scenarioId) : null;
  return h(
    'section',
    { class: 'screen title-screen', 'aria-labelledby': 'title-heading' },
    h('h1', { id: 'title-heading' }, 'Care Conversations'),
    h('p', { class: 'tagline' }, 'Practise the conversations of working in partnership: Care Certificate Standard 1.4.'),
    h(
      'div',
      { class: 'menu' },
      button('Start', () => ui.go({ name: 'picker' }), { class: 'primary', 'data-autofocus': true }),
      saved &&
        button(`Continue: ${savedTitle}`, async () => {
          if (await ui.controller.resume()) ui.go({ name: 'play' });
        }),
      button('Settings', () => ui.go({ name: 'settings', back: { name: 'title' } })),
      button('About', () => ui.go({ name: 'about' })),
    ),
    h('p', { class: 'small' }, 'Learning and rehearsal. Nothing you do here leaves this device.'),
  );
}
