// The top of the debrief: a summary in a few words and links to jump to each part, in the order the parts come
// (the reflections first). Each decision has a small numbered link, a row of them rather than a line each, so the
// contents stay short at 200% text on a phone.
import type { Debrief } from '../../debrief/debrief';
import { h } from '../dom';

/** An in-page link that moves focus as well as the view, so a screen reader and the keyboard carry on from there.
 *  A decision folded in a <details> is opened on the way. */
function jump(target: string, words: string, attrs: Record<string, string> = {}): HTMLElement {
  return h(
    'a',
    {
      ...attrs,
      href: `#${target}`,
      onclick: (e: Event) => {
        const el = document.getElementById(target);
        if (!el) return;
        e.preventDefault();
        const fold = el.closest('details');
        if (fold) fold.open = true;
        if (!el.hasAttribute('tabindex') && el.tagName !== 'SUMMARY') el.setAttribute('tabindex', '-1');
        el.focus({ preventScroll: true });
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
      d.comparison && h('li', {}, jump('compare-heading', 'What changed when you tried again')),
      h('li', {}, jump('reflect-heading', 'Think it over (your reflections)')),
      h('li', {}, jump('outcomes-heading', 'What your choices showed')),
      h('li', {}, jump('route-heading', 'Your route')),
      h(
        'li',
        {},
        jump('decisions-heading', 'Your decisions, one by one'),
        h(
          'ul',
          { class: 'contents-decisions', 'aria-label': 'Each decision' },
          d.decisions.map((x) =>
            h(
              'li',
              {},
              jump(`decision-${x.index + 1}`, String(x.index + 1), {
                'aria-label': `Decision ${x.index + 1}: ${x.chosen.words}`,
                title: `Decision ${x.index + 1}: ${x.chosen.words}`,
                class: `level-${x.chosen.level}`,
              }),
            ),
          ),
        ),
      ),
      hasTrust && h('li', {}, jump('trust-heading', 'How trust changed')),
    ),
  );
}
