// The end of a scenario, over the stage: how the story ended, the evidence per outcome at a glance (and what
// changed after trying a decision again), the decisions in brief, and the way into the full debrief and the
// evidence record.
import type { Comparison, Debrief } from '../../debrief/debrief';
import type { Session } from '../../state/session';
import { bandWords, quote, STATEMENT } from '../../debrief/words';
import { outcome } from '../../scoring/outcomes';
import { button, h } from '../dom';
import type { UiContext } from '../context';
import { debriefOf } from '../debrief/stores';
import { moreBelow } from './more-below';
import './summary.css'; // before debrief.css: the order the rules had in one stylesheet
import '../debrief/debrief.css';

export function summaryPanel(ui: UiContext, session: Session, _ending: string | null): HTMLElement {
  const d = debriefOf(ui, session);
  return h(
    'div',
    { class: 'summary', role: 'region', 'aria-labelledby': 'summary-heading' },
    h('h2', { id: 'summary-heading', tabindex: -1, 'data-autofocus': true }, 'How it went'),
    h('p', { class: 'ending' }, `How the story ended: ${d.endingWords}.`),
    h('p', { class: 'small' }, STATEMENT),
    d.comparison && comparisonBrief(d.comparison),
    outcomesList(d),
    summaryActions(ui, session),
    h('h3', {}, 'Your decisions in brief'),
    decisionsBrief(d),
    h(
      'p',
      { class: 'small' },
      'The debrief explains each decision, shows a stronger option where there was one, and lets you try any decision again.',
    ),
    moreBelow(),
  );
}

/** What changed, outcome by outcome, after the learner tried a decision again. */
function comparisonBrief(c: Comparison): HTMLElement {
  return h(
    'div',
    { class: 'comparison-brief', role: 'group', 'aria-labelledby': 'change-heading' },
    h('p', { id: 'change-heading' }, h('strong', {}, `After trying decision ${c.decisionNumber} again`)),
    h(
      'ul',
      {},
      c.rows.map((r) =>
        h(
          'li',
          { class: `change-${r.change}` },
          `${r.id} ${outcome(r.id)?.title ?? ''}: ${bandWords(r.before.band, r.kind)} → ${bandWords(r.after.band, r.kind)}`,
        ),
      ),
    ),
  );
}

function outcomesList(d: Debrief): HTMLElement {
  return h(
    'ul',
    { class: 'outcomes-list' },
    d.outcomes.map((o) =>
      h(
        'li',
        { class: `outcome band-${o.band}` },
        h('h3', {}, `${o.id} ${o.title}`),
        h(
          'p',
          { class: 'band' },
          o.bandWords,
          o.rehearsal ? h('span', { class: 'rehearsal' }, ' (rehearsal for workplace observation)') : null,
        ),
        h(
          'div',
          { class: 'bar', role: 'img', 'aria-label': o.bandWords },
          h('span', { style: `width:${o.percent}%` }),
        ),
        o.critical.length > 0 &&
          h(
            'p',
            { class: 'critical-note' },
            'Talk through with your assessor: ',
            o.critical.map(quote).join(', '),
          ),
      ),
    ),
  );
}

function summaryActions(ui: UiContext, session: Session): HTMLElement {
  const again = async () => {
    const id = session.scenarioId;
    ui.controller.clear();
    if (await ui.controller.start(id)) ui.go({ name: 'play' });
  };
  return h(
    'div',
    { class: 'actions summary-actions' },
    button('See your debrief', () => ui.go({ name: 'debrief' }), { class: 'primary', id: 'open-debrief' }),
    button('Practice record', () => ui.go({ name: 'record' }), { id: 'open-record' }),
    button('Play again', () => void again()),
    button('Choose another scenario', () => {
      ui.controller.clear();
      ui.go({ name: 'picker' });
    }),
    button('Back to the title', () => {
      ui.controller.clear();
      ui.go({ name: 'title' });
    }),
  );
}

function decisionsBrief(d: Debrief): HTMLElement {
  return h(
    'ol',
    { class: 'decisions' },
    d.decisions.map((x) =>
      h('li', { class: `decision ${x.chosen.level}` }, h('strong', {}, `${x.chosen.words}: `), x.chosen.text),
    ),
  );
}
