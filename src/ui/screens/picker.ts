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
      { class: c.writtenHere ? 'card own' : 'card', 'data-scenario': c.id },
      h('h2', {}, c.title ?? c.id),
      c.writtenHere && writtenHereLabel(),
      h('p', {}, c.summary ?? ''),
      h('p', { class: 'meta' }, `About ${c.minutes ?? 15} minutes. Outcomes: ${c.outcomes.join(', ')}.`),
      c.contentNote && h('p', { class: 'content-note' }, h('strong', {}, 'Content note: '), c.contentNote),
      h('p', { class: 'status' }, status),
      best,
      button(`Play ${c.title ?? c.id}`, () => ui.go({ name: 'before', id: c.id }), { class: 'primary' }),
      c.writtenHere && ownActions(ui, c.id, c.title ?? c.id),
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
    !ui.inLms && importSection(ui),
  );
}

/** A word, not only a colour: the card of a scenario written by a trainer on this device or imported from a file. */
function writtenHereLabel(): HTMLElement {
  return h(
    'p',
    { class: 'written-here' },
    h('span', { class: 'written-here-label' }, 'Written here'),
    " A trainer's own scenario, not one of the game's.",
  );
}

/** Save a trainer's scenario as a file to share, or take it off this profile's list (with a way back). */
function ownActions(ui: UiContext, id: string, title: string): HTMLElement {
  const kept = () => ui.ownScenarios.getState().scenarios.find((o) => o.id === id);
  const lib = () => import('../../workshop/library');
  return h(
    'div',
    { class: 'own-actions' },
    button(`Save ${title} as a file`, () => {
      const o = kept();
      if (o) void lib().then((l) => l.exportDraft(o.draft));
    }),
    button(`Remove ${title} from my scenarios`, () => {
      const o = kept();
      if (!o) return;
      void lib().then((l) => {
        l.removeFromMyScenarios(ui.ownScenarios, id);
        ui.tell(`"${title}" has been removed from your scenarios.`, {
          label: 'Undo',
          run: () =>
            ui.ownScenarios.setState({ scenarios: [...ui.ownScenarios.getState().scenarios, o] }, true),
        });
      });
    }),
  );
}

/** A scenario file shared by a trainer, added to this profile's scenarios without opening the workshop. */
function importSection(ui: UiContext): HTMLElement {
  const input = h('input', { type: 'file', id: 'import-scenario', accept: '.json,application/json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void import('../../workshop/library')
      .then((l) => l.importScenarioFile(file, ui.ownScenarios))
      .then((r) =>
        ui.tell(
          r.ok
            ? `"${r.scenario.meta.title}" is now in your scenarios, marked "Written here".`
            : `This file could not be added. ${r.error}`,
        ),
      );
    input.value = '';
  });
  return h(
    'section',
    { class: 'import-scenario', 'aria-labelledby': 'import-heading' },
    h('h2', { id: 'import-heading' }, 'A scenario from a trainer'),
    h(
      'p',
      {},
      'If a trainer has given you a scenario file, add it here. It is checked first, and kept with this profile only.',
    ),
    h('label', { for: 'import-scenario', class: 'file-label' }, 'Import a scenario file'),
    input,
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
