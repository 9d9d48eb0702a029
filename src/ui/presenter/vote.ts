// The room's vote at a decision: the options, a bar per option with the hands counted (the room's split as a bar
// chart, with the numbers written beside it), and which option Next will play. Ratings appear only on reveal, and
// the reveal only once the count is confirmed. The foot says what Next and Back do at this step.
import type { OfferedOption } from '../../state/session';
import type { PresenterState, Vote } from '../../presenter/state';
import {
  optionToPlay,
  overCounted,
  roomChoice,
  shares,
  tiedOptions,
  totalHands,
} from '../../presenter/tally';
import { h } from '../dom';
import { barFill, hands, ratingBadge } from './badges';
import type { RoomUi } from './context';

/** What the tally says, worked out once for every row and the foot. */
interface Standing {
  counts: readonly number[];
  pct: number[];
  total: number;
  room: number | null;
  play: number | null;
  revealed: boolean;
}

export function votePanel(
  ui: RoomUi,
  options: readonly OfferedOption[],
  vote: Vote,
  st: PresenterState,
): HTMLElement {
  const t = vote.tally;
  const standing: Standing = {
    counts: t.counts,
    pct: shares(t),
    total: totalHands(t),
    room: roomChoice(t),
    play: optionToPlay(t, st.pick),
    revealed: st.revealed,
  };
  const rows = options.map((o, i) => optionRow(ui, o, i, standing));
  const foot = footText(options.length, tiedOptions(t), st, standing);
  const over = overCounted(t, st.roomSize);
  return h(
    'section',
    { class: 'pm-vote', 'aria-labelledby': 'pm-vote-heading' },
    h(
      'div',
      { class: 'pm-vote-head' },
      h('h2', { id: 'pm-vote-heading' }, 'What should we do?'),
      h(
        'p',
        { class: 'pm-total', id: 'pm-total', 'aria-live': 'polite' },
        standing.total > 0
          ? `${hands(standing.total)} counted${st.roomSize ? ` of ${st.roomSize} in the room` : ''}`
          : st.step.name === 'straight'
            ? 'Played straight through'
            : 'No hands counted yet',
      ),
    ),
    over &&
      h(
        'p',
        { class: 'pm-over', id: 'pm-over', role: 'status' },
        `More hands than people in the room (${st.roomSize}): count again?`,
      ),
    h('ol', { class: 'pm-options', id: 'pm-options', 'aria-labelledby': 'pm-vote-heading' }, rows),
    h('p', { class: 'pm-vote-foot', id: 'pm-vote-foot' }, foot),
  );
}

function optionRow(ui: RoomUi, o: OfferedOption, i: number, s: Standing): HTMLElement {
  const { pct, total, room, play } = s;
  return h(
    'li',
    {
      class: [
        'pm-option',
        i === play ? 'is-play' : '',
        i === room ? 'is-room' : '',
        s.revealed ? `is-revealed` : '',
      ]
        .filter(Boolean)
        .join(' '),
    },
    h('span', { class: 'pm-num', 'aria-hidden': 'true' }, String(i + 1)),
    h(
      'div',
      { class: 'pm-option-main' },
      h('span', { class: 'visually-hidden' }, `Option ${i + 1}: `),
      pickButton(ui, o, i, i === play),
      h('div', { class: 'pm-bar', 'aria-hidden': 'true' }, barFill(pct[i] ?? 0)),
      i === room || s.revealed
        ? h(
            'p',
            { class: 'pm-option-marks' },
            i === room ? h('span', { class: 'pm-tag' }, "Room's choice") : null,
            s.revealed ? ratingBadge(o.meta) : null,
          )
        : null,
    ),
    h(
      'div',
      { class: 'pm-count' },
      countInput(ui, i, s.counts[i] ?? 0),
      h('span', { class: 'pm-share' }, total > 0 ? `${pct[i]}%` : ''),
    ),
  );
}

function pickButton(ui: RoomUi, o: OfferedOption, i: number, playing: boolean): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'pm-pick',
      'aria-pressed': playing ? 'true' : 'false',
      onclick: (e: Event) => {
        ui.command({ type: 'pick', option: i });
        if ((e as MouseEvent).detail > 0) (document.activeElement as HTMLElement | null)?.blur();
      },
    },
    h('span', { class: 'pm-option-text' }, o.text),
  );
}

function countInput(ui: RoomUi, i: number, count: number): HTMLInputElement {
  const input = h('input', {
    class: 'pm-count-input',
    id: `pm-count-${i + 1}`,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 3,
    value: String(count),
    'aria-label': `Hands for option ${i + 1}`,
  });
  input.addEventListener('focus', () => input.select());
  input.addEventListener('change', () => commitHands(ui, i, input));
  // Committing re-draws the panel, so the box to go to is found by id afterwards (Tab included: the browser's
  // own Tab would move from a box that is no longer there).
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== 'Escape' && e.key !== 'Tab') return;
    e.preventDefault();
    commitHands(ui, i, input);
    const to = e.key === 'Escape' ? null : e.key === 'Tab' && e.shiftKey ? i : i + 2;
    const next = to === null ? null : document.getElementById(`pm-count-${to}`);
    if (next) next.focus();
    else (document.getElementById(`pm-count-${i + 1}`) ?? input).blur();
  });
  return input;
}

function commitHands(ui: RoomUi, i: number, input: HTMLInputElement): void {
  const n = Number.parseInt(input.value.replace(/\D+/g, ''), 10);
  ui.command({ type: 'set-hands', option: i, count: Number.isFinite(n) ? n : 0 });
}

function footText(options: number, tied: number[], st: PresenterState, s: Standing): string {
  const { total, room, play } = s;
  const step = st.step;
  const nums = (xs: number[]) => xs.map((n) => n + 1).join(' and ');
  if (step.name === 'straight')
    return `Not put to the vote: Next plays option ${(play ?? 0) + 1}, the strongest. ↑ ↓ highlight another; Back (or a hand) takes a vote.`;
  if (step.name === 'no-vote')
    return `No hands counted. Next plays option ${(play ?? 0) + 1} without a vote; Back goes back to counting.`;
  if (step.name === 'tie') {
    const more =
      step.offer + 1 < tied.length
        ? `Back offers option ${tied[step.offer + 1]! + 1}`
        : 'Back goes back to counting';
    return `A tie between ${nums(tied)}: which option? Next plays option ${(play ?? 0) + 1}; ${more}.`;
  }
  if (step.name === 'confirm') {
    const who = room === null ? 'No room’s choice' : `The room’s choice is option ${room + 1}`;
    const also =
      play !== null && play !== room ? `; Next plays option ${play + 1}, as highlighted` : `; Next plays it`;
    return `${who}${also}. R reveals the ratings. Back corrects the count.`;
  }
  if (total === 0) return `Hands up for each option: press 1 to ${options} to count them, then Next.`;
  return `${hands(total)} counted. Next confirms the count.`;
}
