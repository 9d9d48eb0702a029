// The practice record as a page: on screen and printed on A4. Drawn only from an EvidenceRecord, so the learner's
// own record and one opened from a file look the same. Every string from the record goes in as text.

import { feelingWords } from '../../debrief/felt';
import type { EvidenceRecord, RecordDecision, RecordOutcome } from '../../debrief/record';
import {
  bandWords,
  endingWords,
  quote,
  RATING_WORDS,
  REHEARSAL_EXPLAINED,
  REHEARSAL_NOTE,
  signed,
  STATEMENT,
} from '../../debrief/words';
import { outcome } from '../../scoring/outcomes';
import { h } from '../dom';
import '../print.css';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "4 December 2026", in the device's time zone. Spelt out here, not with toLocaleDateString: its first call in a
 *  page loads the browser's date formats (55-65 ms of one task at 4x CPU throttling), on the learner's press. */
export function longDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'Unknown date';
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

export interface SheetOptions {
  /** Where the learner's name goes: an element kept up to date by the record screen, or the record's own text. */
  learner?: HTMLElement;
}

export function recordSheet(r: EvidenceRecord, options: SheetOptions = {}): HTMLElement {
  const learner = options.learner ?? h('span', { class: 'learner-name' }, r.learner || 'Not given');
  return h(
    'article',
    { class: 'record-sheet', 'aria-labelledby': 'sheet-heading' },
    h(
      'header',
      { class: 'sheet-head' },
      h('p', { class: 'sheet-kicker' }, 'Care Conversations: practice record'),
      h('h2', { id: 'sheet-heading' }, r.scenario.title),
    ),
    sheetDetails(r, learner),
    h('p', { class: 'sheet-statement' }, STATEMENT),
    outcomesSection(r),
    h('h3', {}, 'The decisions'),
    h('ol', { class: 'sheet-decisions' }, r.decisions.map(decisionItem)),
    trustSection(r),
    reflectionsSection(r),
    assessorSection(),
    h('footer', { class: 'sheet-foot' }, STATEMENT, ` Record made ${longDate(r.createdAt)}.`),
  );
}

function sheetDetails(r: EvidenceRecord, learner: HTMLElement): HTMLElement {
  return h(
    'dl',
    { class: 'sheet-details' },
    h('div', {}, h('dt', {}, 'Learner'), h('dd', {}, learner)),
    h('div', {}, h('dt', {}, 'Date played'), h('dd', {}, longDate(r.playedAt))),
    h('div', {}, h('dt', {}, 'Scenario'), h('dd', {}, r.scenario.title)),
    h('div', {}, h('dt', {}, 'How it ended'), h('dd', {}, endingWords(r.ending))),
    h(
      'div',
      {},
      h('dt', {}, 'Standard'),
      h('dd', {}, 'Care Certificate Standard 1.4: work in partnership with others'),
    ),
  );
}

/** The heading, table and notes are siblings on the sheet (no wrapper), so they come back as a list. */
function outcomesSection(r: EvidenceRecord): (HTMLElement | null)[] {
  return [
    h('h3', {}, 'What the choices showed, outcome by outcome'),
    h(
      'table',
      { class: 'sheet-outcomes' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Outcome'),
          h('th', { scope: 'col' }, 'Evidence found in this scenario'),
        ),
      ),
      h('tbody', {}, r.outcomes.map(outcomeRow)),
    ),
    h('p', { class: 'small' }, REHEARSAL_EXPLAINED),
    r.replay
      ? h(
          'p',
          { class: 'small' },
          `Decision ${r.replay.decision} was tried again. The time before, the story ended: ${endingWords(r.replay.endingBefore)}.`,
        )
      : null,
  ];
}

function decisionItem(d: RecordDecision): HTMLElement {
  return h(
    'li',
    { class: `sheet-decision${d.critical ? ' critical' : ''}`, value: d.number },
    h('p', { class: 'situation' }, d.situation),
    d.said && h('p', { class: 'sheet-said' }, h('strong', {}, 'What you said first: '), d.said),
    h(
      'p',
      {},
      h('strong', {}, 'Chose: '),
      d.chosen.text,
      h('span', { class: 'sheet-rating' }, ` (${RATING_WORDS[d.chosen.rating]})`),
    ),
    d.felt && h('p', { class: 'sheet-felt' }, `${feelingWords(d.felt)}, in role.`),
    d.chosen.feedback &&
      h(
        'p',
        { class: 'small' },
        d.critical ? h('strong', {}, 'Why this matters: ') : null,
        d.chosen.feedback,
      ),
    d.better && h('p', { class: 'small' }, h('strong', {}, 'A stronger option: '), d.better.text),
    d.better?.feedback && h('p', { class: 'small' }, h('strong', {}, 'Why: '), d.better.feedback),
    d.triedAgain &&
      h(
        'p',
        { class: 'small' },
        `Tried again. The time before: ${quote(d.triedAgain.text)} (${RATING_WORDS[d.triedAgain.rating]}).`,
      ),
  );
}

function trustSection(r: EvidenceRecord): HTMLElement | null {
  if (r.trust.length === 0) return null;
  return h(
    'div',
    { class: 'sheet-trust' },
    h('h3', {}, 'Trust over the conversation'),
    h(
      'ul',
      {},
      r.trust.map((t) =>
        h(
          'li',
          {},
          `${t.name}: from ${signed(t.points[0] ?? 0)} to ${signed(t.points[t.points.length - 1] ?? 0)}`,
        ),
      ),
    ),
  );
}

function reflectionsSection(r: EvidenceRecord): HTMLElement[] {
  return [
    h('h3', {}, 'Reflections'),
    h(
      'div',
      { class: 'sheet-reflections' },
      r.reflections.map((x) =>
        h(
          'div',
          { class: 'sheet-reflection' },
          h('p', { class: 'prompt' }, x.prompt),
          x.answer
            ? h('p', { class: 'answer' }, x.answer)
            : h('p', { class: 'answer empty' }, 'No answer written.'),
        ),
      ),
    ),
  ];
}

function assessorSection(): HTMLElement {
  return h(
    'section',
    { class: 'sheet-assessor', 'aria-label': 'For the assessor' },
    h('h3', {}, 'Notes from a discussion with your assessor'),
    h(
      'p',
      { class: 'small' },
      'For talking this practice over. It is not a sign-off: 1.4c and 1.4d are shown at work, watched by your assessor.',
    ),
    h(
      'div',
      { class: 'ruled', 'aria-hidden': 'true' },
      [1, 2, 3, 4, 5, 6].map(() => h('span', { class: 'rule' })),
    ),
    h(
      'div',
      { class: 'sign-row' },
      h('p', {}, 'Talked over with', h('span', { class: 'rule' })),
      h('p', {}, 'Date', h('span', { class: 'rule' })),
    ),
  );
}

function outcomeRow(o: RecordOutcome): HTMLElement {
  const reg = outcome(o.id);
  const kind = reg?.kind ?? 'knowledge';
  const counts = [
    o.best > 0 && `${o.best} strong`,
    o.ok > 0 && `${o.ok} could be better`,
    o.poor > 0 && `${o.poor} not the best`,
  ].filter(Boolean);
  return h(
    'tr',
    {},
    h(
      'th',
      { scope: 'row' },
      h('span', { class: 'outcome-id' }, `${o.id} ${reg?.title ?? ''}`),
      h('span', { class: 'outcome-meaning' }, reg?.meaning ?? ''),
      kind === 'demonstrate' && h('span', { class: 'rehearsal-tag' }, REHEARSAL_NOTE),
    ),
    h(
      'td',
      {},
      h(
        'p',
        { class: `band band-${o.band}` },
        bandWords(o.band, kind),
        o.before ? ` (before trying again: ${bandWords(o.before.band, kind)})` : '',
      ),
      h(
        'p',
        { class: 'small' },
        o.decisions === 0
          ? 'No choices spoke to this outcome.'
          : `${o.decisions} choices spoke to this${counts.length ? `: ${counts.join(', ')}` : ''}.`,
      ),
      o.critical.length > 0 &&
        h(
          'p',
          { class: 'small critical-note' },
          'Unsafe choice to talk through: ',
          o.critical.map(quote).join('; '),
        ),
    ),
  );
}
