// The role-play pack: for a room without devices, an A4 pack a trainer prints for pairs. The care worker's card, the
// partner's role card for each scene, then (on their own pages, for after the discussion) the options with their
// ratings and feedback, and the trainer's notes. Every word comes from the story, shown as inert text.
import { RATING_WORDS, ratingLevel } from '../../debrief/words';
import type { PartnerDirection } from '../../story/tags';
import type { CompiledScenario, RoleplayCard } from '../../story/scenario';
import { cast } from '../../story/registries';
import { announce } from '../announcer';
import type { UiContext } from '../context';
import { button, h } from '../dom';
import { speakerName } from '../people';
import './pack.css';

const personName = (id: string) => cast[id]?.name ?? id;

/** Opens the pack: the compiled story (which carries the cards) loads first, as it does to play. */
export async function openPack(ui: UiContext, id: string): Promise<void> {
  const entry = ui.catalogue.find((c) => c.id === id);
  try {
    const scenario = (await entry!.load()).default;
    ui.screen.setState({ pack: scenario });
    ui.go({ name: 'roleplay-pack', id });
  } catch {
    ui.tell(
      `The role-play cards for "${entry?.title ?? id}" could not be loaded. Check your connection and try again.`,
    );
  }
}

export function packScreen(ui: UiContext, id: string): HTMLElement {
  const scenario = ui.screen.getState().pack;
  const cards = scenario?.id === id ? (scenario.roleplay?.cards ?? []) : [];
  return h(
    'section',
    { class: 'screen pack-screen', 'aria-labelledby': 'pack-heading' },
    h(
      'div',
      { class: 'topbar no-print' },
      button('Back', () => ui.go({ name: 'before', id }), { 'aria-label': 'Back to the scenario' }),
      h('h1', { id: 'pack-heading', tabindex: -1, 'data-autofocus': true }, 'Role-play cards'),
      button('Print the pack', printPack, { class: 'primary', id: 'print-pack' }),
    ),
    cards.length === 0
      ? h('p', { class: 'warning' }, 'This scenario has no role-play cards yet.')
      : h(
          'div',
          { class: 'pack' },
          workerCard(scenario!),
          partnerCards(cards),
          answerPages(cards),
          notesPage(scenario!),
        ),
  );
}

const printPack = () => {
  announce('Opening the print window. Choose A4 portrait.');
  setTimeout(() => globalThis.print(), 50);
};

function workerCard(s: CompiledScenario): HTMLElement {
  return h(
    'section',
    { class: 'pack-page', 'aria-labelledby': 'pack-worker' },
    h('h2', { id: 'pack-worker' }, `${s.meta.title ?? s.id}: the care worker’s card`),
    h('p', {}, s.meta.summary ?? ''),
    h(
      'p',
      {},
      'You are the care worker. Your partner plays the other person in each scene and reads their lines.',
    ),
    h(
      'ol',
      { class: 'pack-steps' },
      h('li', {}, 'Your partner reads the scene and plays the person on their card.'),
      h('li', {}, 'Say out loud what you would say or do. Take your time.'),
      h('li', {}, 'Your partner answers in role, then tells you how it felt: heard, unsure or upset.'),
      h('li', {}, 'Only after you have talked it through, turn to the options and feedback pages.'),
    ),
    s.meta.contentNote &&
      h('p', { class: 'content-note' }, h('strong', {}, 'Before you start: '), s.meta.contentNote),
    h(
      'p',
      { class: 'small' },
      'Rehearsal for workplace observation. Your assessor observes the real thing at work.',
    ),
  );
}

function partnerCards(cards: RoleplayCard[]): HTMLElement {
  return h(
    'section',
    { class: 'pack-page', 'aria-labelledby': 'pack-partner' },
    h('h2', { id: 'pack-partner' }, 'The partner’s role cards'),
    h('p', {}, 'Read one scene at a time. Play the person; do not tell the care worker what to say.'),
    cards.map((c, i) =>
      h('article', { class: 'pack-card' }, sceneHeading(c, i), c.partner ? role(c.partner) : noRole()),
    ),
  );
}

function sceneHeading(c: RoleplayCard, i: number): HTMLElement[] {
  const who = speakerName(c.situation.speaker);
  return [
    h('h3', {}, `Scene ${i + 1}`),
    c.situation.text
      ? h('p', { class: 'pack-line' }, who ? `${who}: ` : '', c.situation.text)
      : h('p', {}, ''),
  ];
}

function role(p: PartnerDirection): HTMLElement {
  return h(
    'dl',
    { class: 'pack-role' },
    h('dt', {}, 'You play'),
    h('dd', {}, personName(p.who)),
    h('dt', {}, 'You feel'),
    h('dd', {}, p.feels),
    h('dt', {}, 'You want'),
    h('dd', {}, p.wants),
    h('dt', {}, 'If spoken to well'),
    h('dd', {}, p.well),
    h('dt', {}, 'If spoken to badly'),
    h('dd', {}, p.badly),
  );
}

const noRole = () => h('p', { class: 'small' }, 'No role card here: talk this decision through together.');

function answerPages(cards: RoleplayCard[]): HTMLElement {
  return h(
    'section',
    { class: 'pack-page pack-answers', 'aria-labelledby': 'pack-answers' },
    h('h2', { id: 'pack-answers' }, 'Options and feedback (after the discussion)'),
    cards.map((c, i) =>
      h(
        'article',
        { class: 'pack-card' },
        h('h3', {}, `Scene ${i + 1}`),
        h(
          'ol',
          { class: 'pack-options' },
          c.options.map((o) =>
            h(
              'li',
              {},
              h('p', {}, o.text),
              h('p', { class: 'pack-rating' }, RATING_WORDS[ratingLevel(o)]),
              o.feedback && h('p', {}, o.feedback),
            ),
          ),
        ),
      ),
    ),
  );
}

function notesPage(s: CompiledScenario): HTMLElement {
  const notes = s.roleplay?.notes ?? [];
  return h(
    'section',
    { class: 'pack-page', 'aria-labelledby': 'pack-notes' },
    h('h2', { id: 'pack-notes' }, 'Trainer’s notes'),
    notes.length > 0
      ? h(
          'ul',
          {},
          notes.map((n) => h('li', {}, n)),
        )
      : h('p', {}, 'No notes for this scenario.'),
  );
}
