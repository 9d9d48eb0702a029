// What the presenter view shows: what is on the room screen, the trainer's notes, what comes next, every option's
// rating, feedback and outcomes (with its hands and where it leads), the session record, and buttons that drive the
// room screen. Pure rendering from a Snapshot; every button sends a command.
import type { Command } from '../../presenter/commands';
import type { Preview } from '../../presenter/lookahead';
import { recordDate } from '../../presenter/record';
import type { Snapshot, ViewOption } from '../../presenter/snapshot';
import { h, humanise } from '../dom';
import { speakerName } from '../people';
import { outcomesOf } from '../screens/ratings';
import { decisionOf } from '../../presenter/where';
import { hands, ratingBadge } from './badges';
import { keyList, TIE_RULE } from './overlays';

export type Send = (cmd: Command) => void;

export function previewText(p: Preview | null): string {
  if (!p) return '';
  if (p.kind === 'line') {
    const name = speakerName(p.speaker);
    return name ? `${name}: ${p.text}` : p.text;
  }
  if (p.kind === 'choices') return `A decision: ${p.options.map((o, i) => `${i + 1}. ${o}`).join(' / ')}`;
  if (p.kind === 'ending')
    return `The end${p.ending ? `: ${humanise(p.ending)}` : ''}, then the group debrief.`;
  return `A problem in the story: ${p.message}`;
}

/** A button that sends a command to the room screen; after a click, keys belong to the window again. */
export function sender(send: Send) {
  return (label: string, cmd: Command, attrs: Record<string, string> = {}) =>
    h(
      'button',
      {
        type: 'button',
        class: 'pmv-button',
        ...attrs,
        onclick: (e: Event) => {
          send(cmd);
          if ((e as MouseEvent).detail > 0) (document.activeElement as HTMLElement | null)?.blur();
        },
      },
      label,
    );
}

export function waiting(): HTMLElement[] {
  return [
    h('h1', {}, 'Presenter view'),
    h(
      'p',
      { class: 'pmv-waiting', id: 'pmv-waiting' },
      'Waiting for the room screen. Open this window from presenter mode (press P there).',
    ),
  ];
}

export function connectedView(
  s: Snapshot,
  send: Send,
  showKeys: boolean,
  toggleKeys: () => void,
): HTMLElement[] {
  return [
    header(s),
    h(
      'div',
      { class: 'pmv-grid' },
      h('div', { class: 'pmv-col' }, onScreen(s), notesCard(s), nextCard(s)),
      h('div', { class: 'pmv-col' }, optionsCard(s, send), recordCard(s)),
    ),
    controls(s, send, showKeys, toggleKeys),
  ];
}

export function keysCard(): HTMLElement {
  return h(
    'section',
    { class: 'pmv-card pmv-keys' },
    h('h2', {}, 'Keys (they work in this window too)'),
    keyList(),
  );
}

function header(s: Snapshot): HTMLElement {
  return h(
    'header',
    { class: 'pmv-head' },
    h('h1', {}, s.scenario ? `Presenter view: ${s.scenario.title}` : 'Presenter view'),
    s.decision > 0 &&
      h('span', { class: 'pmv-flag', id: 'pmv-decision' }, decisionOf(s.decision, s.decisions ?? undefined)),
    s.blank && h('span', { class: 'pmv-flag pmv-warning' }, 'Screen blank'),
    s.revealed && h('span', { class: 'pmv-flag' }, 'Revealed'),
    !s.discussOnScreen && h('span', { class: 'pmv-flag' }, 'Discussion card hidden (D)'),
  );
}

function card(id: string, heading: string, cls: string, ...body: unknown[]): HTMLElement {
  return h(
    'section',
    { class: `pmv-card ${cls}`.trim(), 'aria-labelledby': id },
    h('h2', { id }, heading),
    ...(body as (HTMLElement | string | null | false)[]),
  );
}

function lineP(l: { speaker: string | null; text: string }): HTMLElement {
  return h(
    'p',
    { class: 'pmv-line', id: 'pmv-line' },
    speakerName(l.speaker) ? h('strong', {}, `${speakerName(l.speaker)}: `) : null,
    l.text,
  );
}

/** Where the vote is, and what Next does there. */
const VOTE_STEP: Partial<Record<Snapshot['step'], string>> = {
  words: 'the room says its own words first; the options are hidden (Next shows them).',
  count: 'counting hands (Next confirms the count).',
  confirm: 'count confirmed (Next plays; Back corrects).',
  tie: 'a tie: which option? (Next plays the one offered; Back offers another).',
  'no-vote': 'no hands counted: play without a vote? (Next plays; Back counts).',
  straight: 'not put to the vote: Next plays the strongest option (Back takes a vote).',
};

/** One or two sentences for what the room sees now. */
function nowShowing(s: Snapshot): HTMLElement | HTMLElement[] {
  if (s.blank)
    return h('p', { class: 'pmv-warning' }, 'The room screen is blank (B or any key brings it back).');
  if (s.reviewing && s.line)
    return [
      h('p', { class: 'pmv-flag' }, `Looking back: line ${s.reviewing.line} of ${s.reviewing.of}`),
      lineP(s.line),
    ];
  if (s.screen === 'line' && s.line) return lineP(s.line);
  if (s.screen === 'choices')
    return h(
      'p',
      { id: 'pmv-vote-step' },
      `Decision ${s.decision}: ${VOTE_STEP[s.step] ?? ''} ${hands(s.hands)} counted.`,
      s.overCount ? ' More hands than people in the room: count again?' : '',
    );
  if (s.screen === 'feedback') {
    const played = s.options.find((o) => o.played)?.number ?? 0;
    const reveal = s.revealed ? 'Rating revealed.' : 'Not revealed yet (R).';
    return h('p', {}, `Decision ${s.decision}: option ${played} played. ${reveal}`);
  }
  if (s.screen === 'ending')
    return h(
      'p',
      {},
      `The end: ${s.ending ? humanise(s.ending) : 'the scenario is over'}. The room sees the group debrief.`,
    );
  if (s.screen === 'error')
    return h('p', { class: 'pmv-warning' }, `The story hit a problem: ${s.error ?? ''}`);
  return h(
    'p',
    {},
    s.phase === 'before' ? 'The room sees the scenario card.' : 'The room screen is choosing a scenario.',
  );
}

function onScreen(s: Snapshot): HTMLElement {
  return card(
    'pmv-now-heading',
    'On the room screen',
    'pmv-now',
    nowShowing(s),
    s.hint && h('p', { class: 'pmv-hint' }, s.hint),
  );
}

function notesCard(s: Snapshot): HTMLElement {
  return card(
    'pmv-notes-heading',
    'Trainer’s notes',
    'pmv-notes',
    s.notes.length > 0
      ? s.notes.map((n) => h('p', { class: 'pmv-note' }, n))
      : h('p', { class: 'pmv-muted' }, 'No note here.'),
  );
}

function nextCard(s: Snapshot): HTMLElement {
  const text = s.next
    ? previewText(s.next)
    : s.screen === 'choices'
      ? 'Depends on the option played: see each option.'
      : '—';
  return card('pmv-next-heading', 'What comes next', 'pmv-next', h('p', { id: 'pmv-next-text' }, text));
}

function optionsCard(s: Snapshot, send: Send): HTMLElement | null {
  if (s.options.length === 0) return null;
  const heading =
    s.screen === 'feedback'
      ? `Decision ${s.decision}: the options`
      : `Decision ${s.decision}: ratings the room cannot see`;
  return card(
    'pmv-options-heading',
    heading,
    '',
    h(
      'ol',
      { class: 'pmv-options', id: 'pmv-options' },
      s.options.map((o) => optionRow(o, s, send)),
    ),
    s.screen === 'choices' && h('p', { class: 'pmv-muted' }, TIE_RULE),
  );
}

function optionRow(o: ViewOption, s: Snapshot, send: Send): HTMLElement {
  const ctl = sender(send);
  const counted = s.screen === 'choices' || s.hands > 0;
  return h(
    'li',
    {
      class: `pmv-option${o.toPlay ? ' is-play' : ''}${o.played ? ' is-played' : ''}${o.roomChoice ? ' is-room' : ''}`,
    },
    h(
      'div',
      { class: 'pmv-option-head' },
      h('span', { class: 'pmv-num' }, String(o.number)),
      h('span', { class: 'pmv-option-text' }, o.text),
      h(
        'span',
        { class: 'pmv-hands' },
        counted ? `${hands(o.hands)}${s.hands > 0 ? ` (${o.share}%)` : ''}` : '',
      ),
    ),
    optionBody(o),
    s.screen === 'choices' &&
      h(
        'div',
        { class: 'pmv-option-actions' },
        ctl(
          '+1 hand',
          { type: 'hand', option: o.number - 1, delta: 1 },
          { 'aria-label': `+1 hand for option ${o.number}` },
        ),
        ctl(
          '−1',
          { type: 'hand', option: o.number - 1, delta: -1 },
          { 'aria-label': `−1 hand for option ${o.number}` },
        ),
        typedCount(o, send),
        ctl(
          'Play this',
          { type: 'play', option: o.number - 1 },
          { 'aria-label': `Play this: option ${o.number}` },
        ),
      ),
  );
}

/** A box to type the hands for an option (C focuses the first); Enter or Tab goes to the next box. */
function typedCount(o: ViewOption, send: Send): HTMLElement {
  const input = h('input', {
    class: 'pmv-count-input',
    id: `pmv-count-${o.number}`,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 3,
    value: String(o.hands),
    'aria-label': `Hands for option ${o.number}`,
  });
  const commit = () => {
    const n = Number.parseInt(input.value.replace(/\D+/g, ''), 10);
    send({ type: 'set-hands', option: o.number - 1, count: Number.isFinite(n) ? n : 0 });
  };
  input.addEventListener('focus', () => input.select());
  input.addEventListener('change', commit);
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== 'Escape') return;
    e.preventDefault();
    commit();
    const next = e.key === 'Enter' ? document.getElementById(`pmv-count-${o.number + 1}`) : null;
    if (next) next.focus();
    else input.blur();
  });
  return input;
}

function optionBody(o: ViewOption): HTMLElement {
  const scores = o.meta.scores.map((x) => `${x.outcome} ${x.value >= 0 ? '+' : ''}${x.value}`).join(', ');
  return h(
    'div',
    { class: 'pmv-option-body' },
    ratingBadge(o.meta),
    o.meta.feedback && h('p', { class: 'pmv-feedback' }, o.meta.feedback),
    o.meta.scores.length > 0 &&
      h('p', { class: 'pmv-outcomes' }, `Evidence for: ${outcomesOf(o.meta)} (${scores})`),
    o.after && h('p', { class: 'pmv-after' }, h('strong', {}, 'Leads to: '), previewText(o.after)),
    o.roomChoice && h('span', { class: 'pmv-tag' }, "Room's choice"),
    o.toPlay && h('span', { class: 'pmv-tag' }, 'Next plays this'),
    o.played && h('span', { class: 'pmv-tag' }, 'Played'),
  );
}

function recordCard(s: Snapshot): HTMLElement | null {
  const r = s.record;
  if (!r) return null;
  const strongest = (d: (typeof r.decisions)[number]) =>
    d.options
      .filter((o) => o.best)
      .map((o) => o.number)
      .join(' or ') || '—';
  return card(
    'pmv-record-heading',
    'Session record',
    '',
    h('p', {}, recordDate(r.startedAt)),
    h(
      'p',
      {},
      `Votes taken: ${r.voted} of ${r.decisions.length}. The room chose a strong option ${r.roomPickedBest} times.`,
    ),
    h(
      'ol',
      {},
      r.decisions.map((d) =>
        h(
          'li',
          {},
          `Room: ${d.tied.length > 0 ? `tie ${d.tied.map((n) => n + 1).join('/')}` : d.roomChoice !== null ? d.roomChoice + 1 : 'no vote'}; played ${d.played + 1}; strongest ${strongest(d)}${d.earlier.length > 0 ? `; first vote ${d.earlier.map((e) => e.hands.join('-')).join(', ')}` : ''}`,
        ),
      ),
    ),
  );
}

function controls(s: Snapshot, send: Send, showKeys: boolean, toggleKeys: () => void): HTMLElement {
  const ctl = sender(send);
  return h(
    'nav',
    { class: 'pmv-controls', 'aria-label': 'Drive the room screen' },
    ctl('← Back', { type: 'back' }),
    ctl('Next →', { type: 'next' }),
    ctl(s.revealed ? 'Hide (R)' : 'Reveal (R)', { type: 'reveal' }),
    ctl(s.blank ? 'Unblank (B)' : 'Blank (B)', { type: 'blank' }),
    ctl('Discussion card (D)', { type: 'discuss' }),
    ctl('Undo last hand (Backspace)', { type: 'undo-hand' }),
    h(
      'button',
      { type: 'button', class: 'pmv-button', onclick: toggleKeys },
      showKeys ? 'Hide keys' : 'Keys (?)',
    ),
  );
}
