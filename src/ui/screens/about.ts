import { button, h } from '../dom';
import type { UiContext } from '../context';
import './about.css';

export function aboutScreen(ui: UiContext): HTMLElement {
  return h(
    'section',
    { class: 'screen about-screen', 'aria-labelledby': 'about-heading' },
    h(
      'div',
      { class: 'topbar' },
      button('Back', () => ui.go({ name: 'title' }), { 'data-autofocus': true }),
      h('h1', { id: 'about-heading' }, 'About Care Conversations'),
    ),
    h(
      'div',
      { class: 'prose' },
      h(
        'p',
        {},
        'A role-play game for people starting out in adult social care in England. You practise the conversations of Care Certificate Standard 1.4, working in partnership with others: with the people you support, their families, your colleagues and other professionals.',
      ),
      h(
        'p',
        {},
        'Each choice you make shows something about one or more of the four learning outcomes, 1.4a to 1.4d. At the end you see what went well, what to try next, and what to talk over with your assessor. It is practice: it does not count as evidence towards your Care Certificate.',
      ),
      h('h2', {}, 'What this game is, and is not'),
      h(
        'p',
        {},
        'It is learning and rehearsal. The Care Certificate is awarded by your employer after someone has watched you at work. Outcomes 1.4c and 1.4d are about what you do, so they can only be shown for real in your workplace. Good results here mean you are ready to discuss them with your assessor.',
      ),
      h('h2', {}, 'Your information'),
      h(
        'p',
        {},
        ui.inLms
          ? "Your organisation's learning system gets when you finished, your time, and each outcome's result; in some courses also each choice you made. Nothing else leaves this device: not your own words, not your reflections. The game uses no tracking and loads nothing from the internet."
          : 'Everything you do stays on this device. The game sends nothing anywhere, uses no tracking, and loads nothing from the internet.',
      ),
      h('p', {}, 'The people in the stories are made up. Art and sound were made for this game.'),
      h('h2', {}, 'Accessibility'),
      h(
        'p',
        {},
        'Everything can be done with a keyboard, with touch or with a mouse, and nothing is timed. Text can be made twice as large, with high-contrast colours and a choice of clear typefaces. Lines can be read aloud by this device, sounds are captioned, and jargon words explain themselves when tapped. "Step out" pauses the story at any time.',
      ),
      h(
        'p',
        {},
        'We aim for WCAG 2.2 level AA and test every screen with automated checks and by keyboard. It has not yet been tested with every screen reader or tablet; if something does not work for you, please tell your trainer.',
      ),
    ),
  );
}
