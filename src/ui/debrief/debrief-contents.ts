// The top of the debrief: a summary in a few words and links to jump to each part. At 768 px wide the debrief runs
// to 9,500 px (38,000 px at 200% text) with the reflections at the very end, after a "Try this decision again" stop
// for each decision; these links make every part, the reflections first among them, one step away.
import type { Debrief } from '../../debrief/debrief';
import { h } from '../dom';

/** An in-page link that moves focus as well as the view, so a screen reader and the keyboard carry on from there. */
function jump(target: string, words: string): HTMLElement {
  return h(
    'a',
    {
      href: `#${target}`,
      onclick: (e: Event) => {
        const el = document.getElementById(target);
        if (!el) return;
        e.preventDefault();
        if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
        el.focus();
        el.scrollIntoView({ block: 'start' });
      },
    },
    words,
  );
}

function summaryWords(d: Debrief): string {
  const count = (level: string) => d.decisions.filter((x) => x.chosen.level === level).length;
  const strong = count('best');
  const unsafe = d.decisions.filter((x) => x.critical).length;
  const parts = [`${d.decisions.length} decisions`, `${strong} strong`];
  if (unsafe) parts.push(`${unsafe} unsafe, to talk through with your assessor`);
  return `In short: ${parts.join(', ')}.`;
}

export function debriefContents(d: Debrief, hasTrust: boolean): HTMLElement {
  return h(
    'nav',
    { class: 'debrief-contents', 'aria-labelledby': 'contents-heading' },
    h('p', { class: 'debrief-in-short' }, summaryWords(d)),
    h('h2', { id: 'contents-heading' }, 'Jump to'),
    h(
      'ul',
      {},
      h('li', {}, jump('reflect-heading', 'Think it over (your reflections)')),
      h('li', {}, jump('outcomes-heading', 'What your choices showed')),
      h('li', {}, jump('route-heading', 'Your route')),
      h(
        'li',
        {},
        jump('decisions-heading', 'Your decisions, one by one'),
        h(
          'ul',
          { class: 'contents-decisions' },
          d.decisions.map((x) =>
            h('li', {}, jump(`decision-${x.index + 1}`, `Decision ${x.index + 1}: ${x.chosen.words}`)),
          ),
        ),
      ),
      hasTrust && h('li', {}, jump('trust-heading', 'How trust changed')),
    ),
  );
}
