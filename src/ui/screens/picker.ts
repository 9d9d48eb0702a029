import { OUTCOMES } from '../../scoring/outcomes';
import { outcomeStanding } from '../../debrief/standing';
import { bandWords } from '../../debrief/words';
import { button, h } from '../dom';
import { openPack } from '../roleplay/pack';
import type { UiContext } from '../context';
import './picker.css';

export function pickerScreen(ui: UiContext): HTMLElement {
  const progress = ui.progress.getState();
  const records = Object.values(ui.records.reflections.getState().records);
  const cards = ui.catalogue.map((c) => {
    const p = progress[c.id];
    const status = !p
      ? 'Not played yet'
      : p.finished
        ? `Played. Endings seen: ${p.endings.length}.`
        : 'Started, not finished';
    const standings = OUTCOMES.flatMap((o) => {
      const s = p?.finished ? outcomeStanding(p, records, c.id, o.id) : null;
      return s ? [h('li', {}, `${o.id} ${o.title}: ${bandWords(s.band, o.kind)}`)] : [];
    });
    const best = standings.length > 0 ? h('ul', { class: 'best' }, standings) : null;
    return h(
      'li',
      { class: 'card' },
      h('h2', {}, c.title ?? c.id),
      h('p', {}, c.summary ?? ''),
      h('p', { class: 'meta' }, `About ${c.minutes ?? 15} minutes. Outcomes: ${c.outcomes.join(', ')}.`),
      c.contentNote && h('p', { class: 'content-note' }, h('strong', {}, 'Content note: '), c.contentNote),
      h('p', { class: 'status' }, status),
      best,
      button(`Play ${c.title ?? c.id}`, () => ui.go({ name: 'before', id: c.id }), { class: 'primary' }),
    );
  });
  return h(
    'section',
    { class: 'screen picker-screen', 'aria-labelledby': 'picker-heading' },
    h(
      'div',
      { class: 'topbar' },
      button('Back', () => ui.go({ name: 'title' }), { 'data-autofocus': true }),
      h('h1', { id: 'picker-heading' }, 'Choose a scenario'),
    ),
    h('ul', { class: 'cards' }, cards),
  );
}

/** Before play: the content note (if any) and a warning if another game is in progress. */
export function beforeScreen(ui: UiContext, id: string): HTMLElement {
  const c = ui.catalogue.find((x) => x.id === id);
  const saved = ui.session.getState().session;
  const replacing =
    saved && saved.scenarioId !== id
      ? (ui.catalogue.find((x) => x.id === saved.scenarioId)?.title ?? saved.scenarioId)
      : null;
  // The saved game is replaced only once the new one has started: if this scenario cannot be opened, it is kept.
  const start = async (pairs: boolean) => {
    ui.screen.setState({ words: '' }); // words typed in another game are not this one's
    if (await ui.controller.start(id, { pairs })) ui.go({ name: 'play' });
  };
  return h(
    'section',
    { class: 'screen before-screen', 'aria-labelledby': 'before-heading' },
    h('h1', { id: 'before-heading' }, c?.title ?? id),
    h('p', {}, c?.summary ?? ''),
    c?.contentNote &&
      h(
        'p',
        { class: 'content-note' },
        h('strong', {}, 'Before you start: '),
        c.contentNote,
        ' You can step out at any time from the pause menu.',
      ),
    replacing &&
      h(
        'p',
        { class: 'warning' },
        `You have a game of "${replacing}" in progress. Starting this one will end it.`,
      ),
    h(
      'p',
      { class: 'small', id: 'pairs-help' },
      'In pairs, one of you is the care worker and the other plays the person in the scene, on this one device. Before each decision the partner sees a role card and reads the lines aloud; the care worker answers aloud, then picks the closest option. The partner then says how it felt.',
    ),
    h(
      'div',
      { class: 'menu' },
      button('Start the scenario', () => void start(false), { class: 'primary', 'data-autofocus': true }),
      button('Play in pairs', () => void start(true), { id: 'play-pairs', 'aria-describedby': 'pairs-help' }),
      button('Role-play cards to print', () => void openPack(ui, id), { id: 'open-pack' }),
      button('Choose another', () => ui.go({ name: 'picker' })),
    ),
  );
}
