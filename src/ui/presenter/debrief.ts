// The group debrief at the end: the evidence per outcome for the route the room took, then each decision with
// the room's vote beside the strongest option. The same page prints as the session record (date, scenario,
// votes; no names), with a print stylesheet that drops the stage and the controls.
import { quote } from '../../debrief/words';
import { recordDate, ratingLabel, type RecordDecision, type SessionRecord } from '../../presenter/record';
import { button, h, humanise } from '../dom';
import { barFill, hands } from './badges';
import type { RoomUi } from './context';

function decisionCard(ui: RoomUi, d: RecordDecision): HTMLElement {
  const best = d.options.filter((o) => o.best);
  const tie = d.tied.map((n) => n + 1).join(' and ');
  const verdict = d.straight
    ? `Played straight through, not put to the vote: option ${d.played + 1}.`
    : d.tied.length > 0
      ? `A tie between options ${tie}. The trainer played option ${d.played + 1}.`
      : d.roomChoice === null
        ? `No vote taken. Option ${d.played + 1} was played.`
        : d.roomBest
          ? `The room chose option ${d.roomChoice + 1}, a strong option.`
          : `The room chose option ${d.roomChoice + 1}; the strongest was ${best.map((o) => o.number).join(' or ') || 'none'}.`;
  return h(
    'li',
    { class: 'pm-decision', id: `pm-decision-${d.number}` },
    h('h3', {}, `Decision ${d.number}`),
    h('p', { class: 'pm-situation' }, d.situation),
    d.earlier.map((e) =>
      h(
        'p',
        { class: 'pm-earlier' },
        `First vote: ${e.hands.length > 0 ? e.hands.map((n, i) => `${i + 1}: ${hands(n)}`).join(', ') : 'none'}. Played option ${e.played + 1}, "${e.text}". Unsafe: the room went back and voted again.`,
      ),
    ),
    h(
      'ol',
      { class: 'pm-record-options' },
      d.options.map((o) =>
        h(
          'li',
          { class: `pm-record-option${o.best ? ' is-best' : ''}${o.roomChoice ? ' is-room' : ''}` },
          h(
            'p',
            { class: 'pm-record-text' },
            h('span', { class: 'pm-num-inline' }, `${o.number}.`),
            ' ',
            o.text,
            ' ',
            h(
              'span',
              { class: `pm-mark pm-rate-${o.critical ? 'critical' : (o.rating ?? 'none')}` },
              o.best ? '✓ Strongest option' : `(${ratingLabel(o)})`,
            ),
            o.roomChoice && [' ', h('span', { class: 'pm-tag' }, "Room's choice")],
            o.played && !o.roomChoice && [' ', h('span', { class: 'pm-tag pm-tag-played' }, 'Played')],
          ),
          h(
            'div',
            { class: 'pm-record-vote' },
            h('span', { class: 'pm-record-hands' }, d.hands > 0 ? hands(o.hands) : 'no vote'),
            h(
              'div',
              { class: 'pm-bar', 'aria-hidden': 'true' },
              barFill(d.hands > 0 ? Math.round((o.hands / d.hands) * 100) : 0),
            ),
          ),
        ),
      ),
    ),
    h('p', { class: 'pm-verdict' }, verdict),
    correction(ui, d),
  );
}

/**
 * A count can be corrected until the end: "Correct the count" opens a box per option on this decision; the record
 * changes as each is typed (the option played stays played). Not printed.
 */
function correction(ui: RoomUi, d: RecordDecision): HTMLElement {
  const k = d.number - 1;
  const open = ui.stores.presenter.getState().correcting === k;
  const toggle = () => {
    ui.command({ type: 'correct', decision: open ? null : k });
    const again = document.getElementById(open ? `pm-correct-${d.number}` : `pm-fix-${d.number}-1`);
    again?.scrollIntoView({ block: 'nearest' });
    again?.focus();
  };
  const label = open ? 'Done correcting' : `Correct the count for decision ${d.number}`;
  const go = button(label, toggle, { class: 'pm-button pm-correct', id: `pm-correct-${d.number}` });
  if (!open) return h('div', { class: 'pm-correction pm-no-print is-closed' }, go);
  return h(
    'div',
    { class: 'pm-correction pm-no-print' },
    h(
      'p',
      { class: 'pm-fix-boxes' },
      d.options.map((o) => fixBox(ui, d.number, o.number, o.hands)),
    ),
    go,
  );
}

function fixBox(ui: RoomUi, decision: number, option: number, count: number): HTMLElement {
  const id = `pm-fix-${decision}-${option}`;
  const input = h('input', {
    id,
    class: 'pm-count-input',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 3,
    value: String(count),
  });
  input.addEventListener('focus', () => input.select());
  input.addEventListener('change', () => {
    const n = Number.parseInt(input.value.replace(/\D+/g, ''), 10);
    ui.command({
      type: 'correct-hands',
      decision: decision - 1,
      option: option - 1,
      count: Number.isFinite(n) ? n : 0,
    });
    // The debrief is drawn again with the new count: keep the trainer where they were.
    const next =
      document.getElementById(`pm-fix-${decision}-${option + 1}`) ??
      document.getElementById(`pm-correct-${decision}`);
    next?.scrollIntoView({ block: 'nearest' });
    next?.focus();
  });
  return h('label', { class: 'pm-fix', for: id }, `Option ${option}: `, input);
}

export function debriefPanel(ui: RoomUi, r: SessionRecord): HTMLElement {
  return h(
    'section',
    { class: 'pm-debrief pm-record', 'aria-labelledby': 'pm-debrief-heading' },
    h('p', { class: 'pm-print-only pm-record-kind' }, 'Care Conversations: group session record'),
    h('h2', { id: 'pm-debrief-heading', tabindex: -1 }, `Group debrief: ${r.title}`),
    h('p', { class: 'pm-record-date' }, recordDate(r.startedAt)),
    h(
      'p',
      { class: 'pm-ending' },
      `How the story ended: ${r.ending ? humanise(r.ending) : 'the scenario is over'}.`,
    ),
    h(
      'p',
      { class: 'pm-record-summary' },
      r.voted === 0
        ? 'No votes were taken.'
        : `The room voted on ${r.voted} of ${r.decisions.length} decisions. Its choice was a strong option ${r.roomPickedBest} ${r.roomPickedBest === 1 ? 'time' : 'times'}.`,
    ),
    h('p', { class: 'pm-record-plan', id: 'pm-record-plan' }, `Planned before starting: ${r.plan}`),
    h('h3', { class: 'pm-section' }, 'Evidence for the route the room took'),
    h(
      'ul',
      { class: 'pm-evidence' },
      r.outcomes.map((o) =>
        h(
          'li',
          { class: `pm-outcome band-${o.band}` },
          h('p', { class: 'pm-outcome-title' }, `${o.id} ${o.title}`),
          h(
            'p',
            { class: 'pm-outcome-band' },
            o.bandLabel,
            o.rehearsal
              ? h('span', { class: 'pm-rehearsal' }, ' (rehearsal for workplace observation)')
              : null,
          ),
          h('div', { class: 'pm-bar', role: 'img', 'aria-label': o.bandLabel }, barFill(o.percent)),
          o.critical.length > 0 &&
            h('p', { class: 'pm-talk' }, 'Talk through: ', o.critical.map(quote).join(', ')),
        ),
      ),
    ),
    h('h3', { class: 'pm-section' }, 'Each decision: the room’s vote and the strongest option'),
    h(
      'ol',
      { class: 'pm-decisions' },
      r.decisions.map((d) => decisionCard(ui, d)),
    ),
    h(
      'p',
      { class: 'pm-small' },
      'Learning and rehearsal, not a Care Certificate assessment. No names are recorded.',
    ),
    h(
      'div',
      { class: 'pm-actions pm-no-print' },
      button('Print the session record', () => window.print(), {
        class: 'pm-button primary',
        id: 'pm-print',
      }),
      button('Save it as a text file', () => ui.saveRecord(), { class: 'pm-button', id: 'pm-save' }),
      button('Run this scenario again', () => void ui.start(r.scenarioId), {
        class: 'pm-button',
        id: 'pm-again',
      }),
      button('Choose another scenario', () => ui.toStart(), { class: 'pm-button', id: 'pm-another' }),
    ),
  );
}
