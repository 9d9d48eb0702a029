// The three reflection prompts, each with a text box. Saved on this device as the learner types; length-limited;
// shown back on the record as plain text.

import { REFLECTION_MAX, REFLECTION_PROMPTS } from '../../debrief/prompts';
import { answersFor, setAnswer } from '../../state/reflections';
import type { Session } from '../../state/session';
import { h } from '../dom';
import type { UiContext } from '../context';
import { keepCurrentRecord } from './stores';

export function reflectionsForm(ui: UiContext, session: Session): HTMLElement {
  const store = ui.records.reflections;
  const answers = answersFor(store.getState(), session.scenarioId, session.startedAt);
  const status = h('p', { class: 'saved-status', role: 'status' });
  const fields = REFLECTION_PROMPTS.map((prompt, i) => {
    const id = `reflection-${i + 1}`;
    const count = h('p', { class: 'counter small', id: `${id}-count` });
    const showCount = (n: number) => (count.textContent = `${n} of ${REFLECTION_MAX} characters`);
    const box = h('textarea', {
      id,
      name: id,
      rows: 4,
      maxlength: REFLECTION_MAX,
      'aria-describedby': `${id}-count`,
      spellcheck: 'true',
    });
    box.value = answers[i] ?? '';
    showCount(box.value.length);
    box.addEventListener('input', () => {
      const text = box.value.slice(0, REFLECTION_MAX);
      store.setState(setAnswer(store.getState(), session.scenarioId, session.startedAt, i, text, new Date()));
      showCount(text.length);
    });
    box.addEventListener('change', () => {
      keepCurrentRecord(ui);
      // In a course from a learning system nothing of the learner's is kept on the device, and reflections are not
      // sent: they last until the window closes (print or save the record to keep them).
      status.textContent = ui.inLms ? 'Kept until you close this window.' : 'Saved on this device.';
    });
    return h(
      'div',
      { class: 'field reflection' },
      h('label', { for: id }, `${i + 1}. ${prompt}`),
      box,
      count,
    );
  });
  return h(
    'section',
    { class: 'debrief-section reflections', 'aria-labelledby': 'reflect-heading' },
    h('h2', { id: 'reflect-heading' }, 'Think it over'),
    h(
      'p',
      {},
      ui.inLms
        ? 'Write a few lines for each question. Your answers go on your practice record; they are not sent to your learning system, so print or save the record to keep them.'
        : 'Write a few lines for each question. Your answers stay on this device and go on your practice record.',
    ),
    fields,
    status,
  );
}
