// The debrief: a summary with links to each part, three questions to think over (early, so a learner need not scroll
// past everything else to reach them), what the learner's choices showed for each outcome, the route beside the best
// route, every decision with a better option where there was one, and trust over the conversation.

import { feelingWords } from '../../debrief/felt';
import type { Comparison, DecisionRow, Debrief, OutcomeRow } from '../../debrief/debrief';
import {
  bandWords,
  endingWords,
  quote,
  REHEARSAL_EXPLAINED,
  REHEARSAL_NOTE,
  STATEMENT,
} from '../../debrief/words';
import { outcome } from '../../scoring/outcomes';
import { announce } from '../announcer';
import { button, h } from '../dom';
import type { UiContext } from '../context';
import { evidenceChart, routeMap, trustLine } from './charts';
import { debriefContents } from './debrief-contents';
import { reflectionsForm } from './reflections-form';
import { debriefOf, finishedSession, keepCurrentRecord } from './stores';
import './debrief.css';

export function debriefScreen(ui: UiContext): HTMLElement {
  const session = finishedSession(ui);
  if (!session) return nothingToShow(ui, 'debrief');
  const d = debriefOf(ui, session);
  return h(
    'section',
    { class: 'screen debrief-screen', 'aria-labelledby': 'debrief-heading' },
    h(
      'div',
      { class: 'topbar' },
      button('Back', () => ui.go({ name: 'play' }), { 'aria-label': 'Back to the end of the story' }),
      h('h1', { id: 'debrief-heading', tabindex: -1, 'data-autofocus': true }, `Debrief: ${d.title}`),
    ),
    h('p', { class: 'ending-line' }, `How the story ended: ${d.endingWords}.`),
    h('p', { class: 'statement' }, STATEMENT),
    debriefContents(d, d.trust.length > 0),
    d.comparison && comparisonSection(d.comparison),
    reflectionsForm(ui, session),
    outcomesSection(d),
    routeSection(d),
    decisionsSection(ui, d),
    trustSection(d),
    h(
      'div',
      { class: 'actions debrief-actions' },
      button('Open your practice record', () => ui.go({ name: 'record' }), {
        class: 'primary',
        id: 'open-record',
      }),
      button('Your progress', () => ui.go({ name: 'progress' })),
      button('Back to the end of the story', () => ui.go({ name: 'play' })),
    ),
  );
}

export function nothingToShow(ui: UiContext, what: string): HTMLElement {
  return h(
    'section',
    { class: 'screen debrief-screen', 'aria-labelledby': 'nothing-heading' },
    h('h1', { id: 'nothing-heading', tabindex: -1, 'data-autofocus': true }, `No ${what} to show`),
    h('p', {}, 'Finish a scenario first. Records of scenarios you have finished are in "Your progress".'),
    h(
      'div',
      { class: 'menu' },
      button('Your progress', () => ui.go({ name: 'progress' }), { class: 'primary' }),
      button('Back to the title', () => ui.go({ name: 'title' })),
    ),
  );
}

function comparisonSection(c: Comparison): HTMLElement {
  const arrow = { up: 'more evidence', down: 'less evidence', same: 'no change' };
  return h(
    'section',
    { class: 'debrief-section comparison', 'aria-labelledby': 'compare-heading' },
    h('h2', { id: 'compare-heading' }, `What changed when you tried decision ${c.decisionNumber} again`),
    h(
      'p',
      {},
      `Before, the story ended: ${endingWords(c.endingBefore)}. This time: ${endingWords(c.endingNow)}.`,
    ),
    h(
      'table',
      { class: 'compare-table' },
      h('caption', { class: 'visually-hidden' }, 'Evidence before and after trying the decision again'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Outcome'),
          h('th', { scope: 'col' }, 'Before'),
          h('th', { scope: 'col' }, 'Now'),
          h('th', { scope: 'col' }, 'Change'),
        ),
      ),
      h(
        'tbody',
        {},
        c.rows.map((r) =>
          h(
            'tr',
            { class: `change-${r.change}` },
            h('th', { scope: 'row' }, `${r.id} ${r.title}`),
            h('td', {}, bandWords(r.before.band, r.kind)),
            h('td', {}, bandWords(r.after.band, r.kind)),
            h('td', {}, arrow[r.change]),
          ),
        ),
      ),
    ),
  );
}

function countsWords(o: OutcomeRow): string {
  if (o.decisions === 0) return 'None of your choices this time spoke to this outcome.';
  const parts = [
    o.best > 0 && `${o.best} strong`,
    o.ok > 0 && `${o.ok} could be better`,
    o.poor > 0 && `${o.poor} not the best`,
  ].filter(Boolean);
  return `${o.decisions} of your choices spoke to this${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

function outcomesSection(d: Debrief): HTMLElement {
  return h(
    'section',
    { class: 'debrief-section', 'aria-labelledby': 'outcomes-heading' },
    h('h2', { id: 'outcomes-heading' }, 'What your choices showed'),
    evidenceChart(d.outcomes),
    h(
      'ul',
      { class: 'outcome-rows' },
      d.outcomes.map((o) =>
        h(
          'li',
          { class: `outcome-row band-${o.band}` },
          h('h3', {}, `${o.id} ${o.title}`),
          o.rehearsal && h('p', { class: 'rehearsal-tag' }, REHEARSAL_NOTE),
          h(
            'p',
            { class: 'band' },
            o.bandWords,
            o.before &&
              h('span', { class: 'before-words' }, ` (before: ${bandWords(o.before.band, o.kind)})`),
          ),
          h('p', { class: 'meaning' }, o.meaning),
          h('p', { class: 'counts small' }, countsWords(o)),
          o.critical.length > 0 &&
            h(
              'p',
              { class: 'critical-note' },
              h('strong', {}, 'Talk through with your assessor: '),
              o.critical.map(quote).join('; '),
            ),
        ),
      ),
    ),
    h('p', { class: 'small' }, REHEARSAL_EXPLAINED),
  );
}

function routeSection(d: Debrief): HTMLElement {
  const replayed = new Set(d.decisions.filter((x) => x.replayed).map((x) => x.index));
  const status = { now: 'reached this time', before: 'reached on an earlier play' };
  return h(
    'section',
    { class: 'debrief-section', 'aria-labelledby': 'route-heading' },
    h('h2', { id: 'route-heading' }, 'Your route'),
    h(
      'p',
      {},
      `The top line is the best route: the best-rated option at every decision. You were on it at ${d.route.onBest} of ${d.route.steps.length} decisions.`,
    ),
    routeMap(d.route.steps, replayed, d.finished),
    h(
      'ul',
      { class: 'legend small', 'aria-label': 'Key' },
      h('li', {}, h('span', { class: 'key key-best' }), 'Best choice (circle)'),
      h('li', {}, h('span', { class: 'key key-ok' }), 'Could be better (circle)'),
      h('li', {}, h('span', { class: 'key key-poor' }), 'Not the best (square)'),
      h('li', {}, h('span', { class: 'key key-critical' }), 'Unsafe (diamond)'),
      replayed.size > 0 && h('li', {}, h('span', { class: 'key key-replayed' }), 'Tried again (ring)'),
    ),
    h('h3', {}, 'Endings'),
    h(
      'ul',
      { class: 'endings' },
      d.route.endings.map((e) =>
        e.status === 'not-yet'
          ? h('li', { class: 'ending-not-yet' }, 'An ending you have not found yet')
          : h('li', { class: `ending-${e.status}` }, h('strong', {}, e.words), `: ${status[e.status]}`),
      ),
    ),
  );
}

function decisionsSection(ui: UiContext, d: Debrief): HTMLElement {
  return h(
    'section',
    { class: 'debrief-section', 'aria-labelledby': 'decisions-heading' },
    h('h2', { id: 'decisions-heading' }, 'Your decisions, one by one'),
    h(
      'p',
      {},
      'Try any decision again: the story goes back to that moment and plays on from the option you pick. Then you see how the evidence changes.',
    ),
    h(
      'p',
      { class: 'small' },
      'Each decision is folded to one line with its rating: open it to see what you chose, a stronger option and the button to try it again. Unsafe choices are open already.',
    ),
    h(
      'ol',
      { class: 'decision-cards' },
      d.decisions.map((x) => decisionCard(ui, x)),
    ),
  );
}

/** One decision, folded in a <details> whose summary line carries its rating, so the list reads as a list and each
 *  "Try this decision again" is one tap away rather than a stop on the way down. At 200% text on a phone every card
 *  open made the debrief about 97,600 px long, and with only the strong ones folded it was still 81,500 px. Unsafe
 *  choices start open: they are the ones to talk through with an assessor. */
function decisionCard(ui: UiContext, x: DecisionRow): HTMLElement {
  const n = x.index + 1;
  return h(
    'li',
    { class: `decision-card level-${x.chosen.level}` },
    h(
      'details',
      { open: x.critical },
      h(
        'summary',
        { id: `decision-${n}` },
        h(
          'h3',
          {},
          `Decision ${n}: `,
          h('span', { class: `rating-line level-${x.chosen.level}` }, x.chosen.words),
          x.felt && h('span', { class: 'felt-line' }, ` · ${feelingWords(x.felt)}, in role`),
          x.critical && h('span', { class: 'critical-tag' }, ' Unsafe moment'),
        ),
      ),
      decisionBody(ui, x, n),
    ),
  );
}

function decisionBody(ui: UiContext, x: DecisionRow, n: number): HTMLElement {
  const about = x.chosen.outcomes.map((id) => `${outcome(id)?.title ?? id} (${id})`).join('; ');
  return h(
    'div',
    { class: 'decision-body' },
    h('p', { class: 'situation' }, h('span', { class: 'label' }, 'The situation: '), x.situation),
    x.said && h('p', { class: 'said-first' }, h('span', { class: 'label' }, 'What you said first: '), x.said),
    h('p', { class: 'you-chose' }, h('span', { class: 'label' }, 'You chose: '), x.chosen.text),
    x.critical
      ? h(
          'div',
          { class: 'risk' },
          h('p', {}, h('strong', {}, 'Why this matters: '), x.risk ?? ''),
          h('p', {}, 'An unsafe choice like this is one to talk through with your assessor.'),
        )
      : x.chosen.feedback && h('p', { class: 'feedback-text' }, x.chosen.feedback),
    about && h('p', { class: 'about small' }, `This is about: ${about}`),
    x.better &&
      h(
        'div',
        { class: 'better' },
        h('p', {}, h('strong', {}, 'A stronger option: '), x.better.text),
        x.better.feedback && h('p', {}, h('strong', {}, 'Why: '), x.better.feedback),
      ),
    x.replayed &&
      h(
        'p',
        { class: 'replayed' },
        `You tried this decision again. The time before, you chose: ${quote(x.replayed.text)}.`,
      ),
    x.canReplay &&
      h(
        'div',
        { class: 'actions' },
        button('Try this decision again', () => tryAgain(ui, x.index), {
          'aria-label': `Try this decision again (decision ${n})`,
          class: 'try-again',
        }),
      ),
  );
}

/** "Try this decision again": the record of the finished play is kept first (the next ending replaces the play
 *  on screen), then the controller winds the story back to that decision. */
function tryAgain(ui: UiContext, index: number): void {
  keepCurrentRecord(ui);
  if (ui.controller.tryAgain(index)) return ui.go({ name: 'play' });
  announce('That decision cannot be tried again from here. Start the scenario again to play it differently.');
}

function trustSection(d: Debrief): HTMLElement | null {
  if (d.trust.length === 0) return null;
  return h(
    'section',
    { class: 'debrief-section', 'aria-labelledby': 'trust-heading' },
    h('h2', { id: 'trust-heading' }, 'How trust changed'),
    h('p', {}, 'How much each person came to trust you, from the start of the conversation to the end.'),
    h(
      'ul',
      { class: 'trust-rows' },
      d.trust.map((t) =>
        h(
          'li',
          {},
          h('p', { class: 'trust-name' }, t.name),
          trustLine(t),
          h('p', { class: 'small' }, t.words),
        ),
      ),
    ),
  );
}
