// Your progress: for each outcome, how strong the evidence is so far across every scenario, where it is weaker,
// and which scenario to play next. Then the records kept on this device, and opening a record from a file.

import { buildOverview, type OverviewOutcome, type OverviewScenario } from '../../debrief/overview';
import type { EvidenceRecord } from '../../debrief/record';
import { endingWords, REHEARSAL_NOTE, STATEMENT } from '../../debrief/words';
import { announce } from '../announcer';
import { button, h } from '../dom';
import type { UiContext } from '../context';
import { readRecordFile } from './files';
import { longDate } from './record-sheet';
import { byText } from '../../state/order';
import './debrief.css';

export function progressScreen(ui: UiContext): HTMLElement {
  const kept = ui.records.reflections.getState().records;
  const overview = buildOverview(ui.progress.getState(), ui.catalogue, Object.values(kept));
  const records = Object.entries(kept).sort((a, b) => byText(b[1].createdAt, a[1].createdAt));
  return h(
    'section',
    { class: 'screen progress-screen', 'aria-labelledby': 'progress-heading' },
    h(
      'div',
      { class: 'topbar' },
      button('Back', () => ui.go({ name: 'title' }), { 'aria-label': 'Back to the title' }),
      h('h1', { id: 'progress-heading', tabindex: -1, 'data-autofocus': true }, 'Your progress'),
    ),
    h('p', { class: 'statement' }, STATEMENT),
    overview.empty &&
      h(
        'p',
        { class: 'empty' },
        'You have not finished a scenario yet. When you do, your evidence for each outcome shows here.',
      ),
    h(
      'section',
      { class: 'debrief-section', 'aria-labelledby': 'overview-heading' },
      h('h2', { id: 'overview-heading' }, 'Outcome by outcome'),
      h(
        'ul',
        { class: 'overview-outcomes' },
        overview.outcomes.map((o) => outcomeCard(ui, o)),
      ),
    ),
    scenariosSection(overview.scenarios),
    recordsSection(ui, records),
    importSection(ui),
  );
}

const STATUS_WORDS: Record<OverviewScenario['status'], string> = {
  'not-played': 'Not played yet',
  started: 'Started, not finished',
  finished: 'Finished',
};

function scenariosSection(scenarios: readonly OverviewScenario[]): HTMLElement {
  return h(
    'section',
    { class: 'debrief-section', 'aria-labelledby': 'scenarios-heading' },
    h('h2', { id: 'scenarios-heading' }, 'Scenarios'),
    h(
      'table',
      { class: 'scenario-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Scenario'),
          h('th', { scope: 'col' }, 'Status'),
          h('th', { scope: 'col' }, 'Endings found'),
        ),
      ),
      h(
        'tbody',
        {},
        scenarios.map((s) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, s.title),
            h('td', {}, STATUS_WORDS[s.status]),
            h('td', {}, s.endings.length ? s.endings.join(', ') : 'None yet'),
          ),
        ),
      ),
    ),
  );
}

/** The records kept on this device, newest first, each with a button to open it. */
function recordsSection(ui: UiContext, records: [string, EvidenceRecord][]): HTMLElement {
  return h(
    'section',
    { class: 'debrief-section', 'aria-labelledby': 'records-heading' },
    h('h2', { id: 'records-heading' }, 'Your records'),
    records.length === 0
      ? h('p', {}, 'No records yet. A record is kept here each time you finish a scenario.')
      : h(
          'ul',
          { class: 'record-list' },
          records.map(([key, r]) =>
            h(
              'li',
              {},
              h(
                'span',
                {},
                h('strong', {}, r.scenario.title),
                ` ${longDate(r.playedAt)}. Ended: ${endingWords(r.ending)}.`,
              ),
              button('Open', () => ui.go({ name: 'saved-record', key }), {
                'aria-label': `Open the record of ${r.scenario.title}, ${longDate(r.playedAt)}`,
              }),
            ),
          ),
        ),
  );
}

function outcomeCard(ui: UiContext, o: OverviewOutcome): HTMLElement {
  return h(
    'li',
    { class: `overview-outcome band-${o.band ?? 'none'}` },
    h('h3', {}, `${o.id} ${o.title}`),
    o.kind === 'demonstrate' && h('p', { class: 'rehearsal-tag' }, REHEARSAL_NOTE),
    h('p', { class: 'band' }, o.words),
    o.strongIn.length > 0 && h('p', { class: 'small' }, `Strong evidence in: ${o.strongIn.join(', ')}.`),
    o.someIn.length > 0 && h('p', { class: 'small' }, `Some evidence in: ${o.someIn.join(', ')}.`),
    o.practiceIn.length > 0 &&
      h('p', { class: 'small' }, `Needs more practice in: ${o.practiceIn.join(', ')}.`),
    o.next
      ? h(
          'div',
          { class: 'next' },
          h('p', {}, h('strong', {}, 'Play next: '), o.next.title, `. ${o.next.why}`),
          button(`Play ${o.next.title}`, () => ui.go({ name: 'before', id: o.next!.id }), {
            'aria-label': `Play ${o.next.title} next, for ${o.id}`,
          }),
        )
      : o.band &&
          h(
            'p',
            { class: 'small' },
            'Every scenario that covers this outcome shows strong evidence. Talk it over with your assessor.',
          ),
  );
}

function importSection(ui: UiContext): HTMLElement {
  const message = h('p', { class: 'import-message', id: 'import-message', role: 'alert' });
  // The file input stays hidden: the button opens it, so keyboard, touch and screen readers get one plain button.
  const input = h('input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
    hidden: true,
    'aria-label': 'Record file',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void readRecordFile(file).then((result) => {
      if (!result.ok) {
        message.textContent = result.error.message;
        return;
      }
      ui.screen.setState({ imported: { record: result.record, file: file.name } });
      announce('Record opened.');
      ui.go({ name: 'imported-record' });
    });
  });
  return h(
    'section',
    { class: 'debrief-section import', 'aria-labelledby': 'import-heading' },
    h('h2', { id: 'import-heading' }, 'Open a record from a file'),
    h(
      'p',
      {},
      'For trainers and assessors: open a record a learner saved as a file. It is shown read-only and is not kept on this device.',
    ),
    button('Choose a record file', () => input.click(), { id: 'import-record' }),
    input,
    message,
  );
}
