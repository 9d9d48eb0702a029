// The practice record screens: the learner's record of the play just finished (name field, print, save as a file),
// a record kept on this device, and a record opened from a file (read-only: a trainer's view).

import { NAME_MAX } from '../../debrief/prompts';
import type { EvidenceRecord } from '../../debrief/record';
import { setLearner } from '../../state/reflections';
import { announce } from '../announcer';
import { button, h } from '../dom';
import type { UiContext } from '../context';
import { nothingToShow } from './debrief-screen';
import { downloadRecord } from './files';
import { recordSheet } from './record-sheet';
import { finishedSession, keepCurrentRecord, recordOf } from './stores';
import './debrief.css';

const print = () => {
  announce('Opening the print window. Choose A4 portrait, or "Save as PDF".');
  setTimeout(() => globalThis.print(), 50);
};

export function recordScreen(ui: UiContext): HTMLElement {
  const session = finishedSession(ui);
  if (!session) return nothingToShow(ui, 'record');
  const store = ui.records.reflections;
  const nameText = h('span', { class: 'learner-name', id: 'record-learner' });
  const input = h('input', {
    id: 'learner-name',
    type: 'text',
    maxlength: NAME_MAX,
    autocomplete: 'off',
    'aria-describedby': 'learner-help',
  });
  input.value = ui.records.learnerName();
  const showName = () => (nameText.textContent = input.value.trim() || 'Not given');
  showName();
  input.addEventListener('input', () => {
    store.setState(setLearner(store.getState(), input.value.slice(0, NAME_MAX)));
    showName();
  });
  input.addEventListener('change', () => keepCurrentRecord(ui));
  const status = h('p', { class: 'saved-status', role: 'status', id: 'record-status' });
  const record = recordOf(ui, session);
  return h(
    'section',
    { class: 'screen record-screen', 'aria-labelledby': 'record-heading' },
    h(
      'div',
      { class: 'topbar no-print' },
      button('Back', () => ui.go({ name: 'debrief' }), { 'aria-label': 'Back to the debrief' }),
      h('h1', { id: 'record-heading', tabindex: -1, 'data-autofocus': true }, 'Your practice record'),
    ),
    h(
      'div',
      { class: 'record-tools no-print' },
      h(
        'p',
        {},
        'Print this page, or save it as a PDF, to take to your assessor. Save it as a file to open it on another device.',
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'learner-name' }, 'Your name or initials (optional)'),
        input,
        h(
          'p',
          { class: 'small', id: 'learner-help' },
          `Shown on the record. Up to ${NAME_MAX} characters. Leave it empty if you prefer.`,
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        button('Print or save as PDF', print, { class: 'primary', id: 'print-record' }),
        button(
          'Save the record as a file',
          () => {
            keepCurrentRecord(ui);
            downloadRecord(recordOf(ui, session));
            status.textContent = 'The record file has been saved to your downloads.';
          },
          { id: 'export-record' },
        ),
        button('Back to the debrief', () => ui.go({ name: 'debrief' })),
      ),
      status,
    ),
    recordSheet(record, { learner: nameText }),
  );
}

export function savedRecordScreen(ui: UiContext, key: string): HTMLElement {
  const record = ui.records.reflections.getState().records[key];
  if (!record) return nothingToShow(ui, 'record');
  return readOnly(ui, record, 'A record kept on this device', null, true);
}

export function importedRecordScreen(ui: UiContext): HTMLElement {
  const imported = ui.screen.getState().imported;
  if (!imported) return nothingToShow(ui, 'record');
  return readOnly(ui, imported.record, 'A record opened from a file', imported.file, false);
}

function readOnly(
  ui: UiContext,
  record: EvidenceRecord,
  heading: string,
  file: string | null,
  canExport: boolean,
): HTMLElement {
  const status = h('p', { class: 'saved-status', role: 'status' });
  return h(
    'section',
    { class: 'screen record-screen read-only', 'aria-labelledby': 'record-heading' },
    h(
      'div',
      { class: 'topbar no-print' },
      button('Back', () => ui.go({ name: 'progress' }), { 'aria-label': 'Back to your progress' }),
      h('h1', { id: 'record-heading', tabindex: -1, 'data-autofocus': true }, heading),
    ),
    h(
      'div',
      { class: 'record-tools no-print' },
      file !== null &&
        h(
          'p',
          { class: 'imported-banner' },
          'Opened from ',
          h('strong', {}, file),
          '. It is shown exactly as it was saved, and it cannot be changed here. Nothing on this device has changed.',
        ),
      h(
        'div',
        { class: 'actions' },
        button('Print or save as PDF', print, { class: 'primary', id: 'print-record' }),
        canExport &&
          button(
            'Save the record as a file',
            () => {
              downloadRecord(record);
              status.textContent = 'The record file has been saved to your downloads.';
            },
            { id: 'export-record' },
          ),
        button('Back to your progress', () => ui.go({ name: 'progress' })),
      ),
      status,
    ),
    recordSheet(record),
  );
}
