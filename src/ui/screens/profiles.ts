// Who is playing: pick, add or delete a learner profile on a shared device.
import { MAX_NAME } from '../../state/profiles';
import { button, h } from '../dom';
import type { UiContext } from '../context';
import './profiles.css';

export function profilesScreen(ui: UiContext): HTMLElement {
  const api = ui.profiles;
  const error = h('p', { class: 'warning', id: 'profile-error', role: 'alert' });
  const input = h('input', {
    id: 'profile-name',
    type: 'text',
    maxlength: MAX_NAME,
    autocomplete: 'off',
    'aria-describedby': 'profile-help profile-error',
  });
  const add = (e: Event) => {
    e.preventDefault();
    const problem = api.add(input.value);
    if (problem) error.textContent = problem;
  };
  const everyone = [{ id: 'guest', name: 'Guest' }, ...api.list()];
  return h(
    'section',
    { class: 'screen profiles-screen', 'aria-labelledby': 'profiles-heading' },
    h(
      'div',
      { class: 'topbar' },
      button('Back', () => ui.go({ name: 'title' })),
      h('h1', { id: 'profiles-heading' }, 'Who is playing?'),
    ),
    h(
      'p',
      {},
      `Playing as ${api.active().name}. On a shared tablet, each person can have their own profile, so progress and records do not mix.`,
    ),
    h(
      'ul',
      { class: 'profile-list' },
      everyone.map((p) =>
        h(
          'li',
          {},
          button(`Play as ${p.name}`, () => api.choose(p.id), {
            class: p.id === api.active().id ? 'primary' : '',
            'data-autofocus': p.id === api.active().id,
          }),
          p.id !== 'guest' &&
            button(`Delete ${p.name}`, () => ui.go({ name: 'delete-profile', id: p.id }), {
              class: 'small-button',
            }),
        ),
      ),
    ),
    h(
      'form',
      { class: 'add-profile', onsubmit: add },
      h('label', { for: 'profile-name' }, 'Add a profile'),
      h(
        'p',
        { id: 'profile-help', class: 'small' },
        'A first name or initials only. Nothing else is asked for, and nothing leaves this device.',
      ),
      input,
      error,
      h('button', { type: 'submit' }, 'Add'),
    ),
  );
}

export function deleteProfileScreen(ui: UiContext, id: string): HTMLElement {
  const p = ui.profiles.list().find((x) => x.id === id);
  return h(
    'section',
    {
      class: 'screen',
      role: 'alertdialog',
      'aria-labelledby': 'delete-heading',
      'aria-describedby': 'delete-what',
    },
    h('h1', { id: 'delete-heading' }, `Delete ${p?.name ?? 'this profile'}?`),
    h(
      'p',
      { id: 'delete-what' },
      'This deletes their progress, saved game, reflections and records on this device. It cannot be undone.',
    ),
    h(
      'div',
      { class: 'menu' },
      button('Keep the profile', () => ui.go({ name: 'profiles' }), {
        class: 'primary',
        'data-autofocus': true,
      }),
      button(`Delete ${p?.name ?? 'it'} and everything it owns`, () => {
        ui.profiles.remove(id);
        ui.go({ name: 'profiles' });
      }),
    ),
  );
}
