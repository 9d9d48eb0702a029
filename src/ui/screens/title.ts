import { button, h } from '../dom';
import type { UiContext } from '../context';
import './title.css';

export function titleScreen(ui: UiContext): HTMLElement {
  const saved = ui.session.getState().session;
  const savedTitle = saved
    ? (ui.catalogue.find((c) => c.id === saved.scenarioId)?.title ?? saved.scenarioId)
    : null;
  return h(
    'section',
    { class: 'screen title-screen', 'aria-labelledby': 'title-heading' },
    h('h1', { id: 'title-heading' }, 'Care Conversations'),
    h(
      'p',
      { class: 'tagline' },
      'Practise the conversations of working in partnership: Care Certificate Standard 1.4.',
    ),
    h(
      'div',
      { class: 'menu' },
      button('Start', () => ui.go({ name: 'picker' }), { class: 'primary', 'data-autofocus': true }),
      saved &&
        button(`Continue: ${savedTitle}`, async () => {
          if (await ui.controller.resume()) ui.go({ name: 'play' });
        }),
      button('Settings', () => ui.go({ name: 'settings', back: { name: 'title' } })),
      !ui.inLms &&
        button(`Playing as ${ui.profiles.active().name}: change`, () => ui.go({ name: 'profiles' })),
      button('Your progress', () => ui.go({ name: 'progress' })),
      button('About', () => ui.go({ name: 'about' })),
      // A link, not a button: presenter mode is its own page (bookmarkable, and it never touches this learner's saves).
      !ui.inLms &&
        h('a', { href: '?mode=presenter', class: 'presenter-link' }, 'Run with a group (presenter mode)'),
      // The workshop is its own page too (`?workshop`), loaded only when opened: a learner downloads none of it.
      !ui.inLms &&
        button('Scenario workshop (for trainers)', () => location.assign('?workshop'), {
          id: 'open-workshop',
        }),
    ),
    h(
      'p',
      { class: 'small' },
      ui.inLms
        ? "Learning and rehearsal. Your progress goes to your organisation's learning system, and nowhere else."
        : 'Learning and rehearsal. Nothing you do here leaves this device.',
    ),
  );
}
