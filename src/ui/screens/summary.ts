// The end of a scenario: evidence per outcome in words, and the decisions with their feedback. The debrief
// issue grows this into the full debrief and evidence record.
import { OUTCOMES } from '../../scoring/outcomes';
import { BAND_LABELS } from '../../scoring/bands';
import type { Session } from '../../state/session';
import { button, h, humanise } from '../dom';
import type { UiContext } from '../context';
import { ratingClass, ratingWords } from './ratings';

export function summaryPanel(ui: UiContext, session: Session, ending: string | null): HTMLElement {
  const evidence = ui.controller.evidence();
  const rows = OUTCOMES.map((o) => {
    const e = evidence[o.id]!;
    const band = e.band === 'strong' ? (o.kind === 'demonstrate' ? 'Ready to discuss with your assessor' : BAND_LABELS.strong) : BAND_LABELS[e.band];
    return h(
      'li',
      { class: `outcome band-${e.band}` },
      h('h3', {}, `${o.id} ${o.title}`),
      h('p', { class: 'band' }, band, o.kind === 'demonstrate' ? h('span', { class: 'rehearsal' }, ' (rehearsal for workplace observation)') : null),
      h('div', { class: 'bar', role: 'img', 'aria-label': `${e.percent} out of 100` }, h('span', { style: `width:${e.percent}%` })),
      h('p', { class: 'meaning' }, o.meaning),
      e.critical.length > 0 && h('p', { class: 'critical-note' }, 'Talk through with your assessor: ', e.critical.map((c) => `"${c}"`).join(', ')),
    );
  });
  const decisions = session.decisions.map((d, i) => {
    const o = d.options[d.chosen];
    if (!o) return null;
    const best = o.meta.rating !== 'best' ? d.options.find((x) => x.meta.rating === 'best') : undefined;
    return h(
      'li',
      { class: `decision ${ratingClass(o.meta)}` },
      h('p', { class: 'situation' }, `${i + 1}. ${d.situation}`),
      h('p', {}, h('strong', {}, `${ratingWords(o.meta)}: `), o.text),
      h('p', { class: 'feedback-text' }, o.meta.feedback ?? ''),
      best && h('p', { class: 'better' }, h('strong', {}, 'A stronger option: '), best.text, best.meta.feedback ? ` ${best.meta.feedback}` : ''),
    );
  });
  const again = async () => {
    const id = session.scenarioId;
    ui.controller.clear();
    if (await ui.controller.start(id)) ui.go({ name: 'play' });
  };
  return h(
    'div',
    { class: 'summary', 'aria-labelledby': 'summary-heading' },
    h('h2', { id: 'summary-heading', tabindex: -1, 'data-autofocus': true }, 'How it went'),
    h('p', { class: 'ending' }, `How the story ended: ${ending ? humanise(ending) : 'the scenario is over'}.`),
    h('p', { class: 'small' }, 'This is learning and rehearsal, not a Care Certificate assessment.'),
    h('ul', { class: 'outcomes-list' }, rows),
    h('h2', {}, 'Your decisions'),
    h('ol', { class: 'decisions' }, decisions),
    h(
      'div',
      { class: 'actions' },
      button('Play again', () => void again(), { class: 'primary' }),
      button('Choose another scenario', () => {
        ui.controller.clear();
        ui.go({ name: 'picker' });
      }),
      button('Back to the title', () => {
        ui.controller.clear();
        ui.go({ name: 'title' });
      }),
    ),
  );
}
