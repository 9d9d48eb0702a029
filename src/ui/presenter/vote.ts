// The room's vote at a decision: the options, a bar per option with the hands counted (the room's split as a bar
// chart, with the numbers written beside it), and which option Next will play. Ratings appear only on reveal.
import type { OfferedOption } from '../../state/session';
import type { PresenterState, Vote } from '../../presenter/state';
import { leaders, optionToPlay, roomChoice, shares, totalHands } from '../../presenter/tally';
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
    room: roomChoice(t, st.pick),
    play: optionToPlay(t, st.pick),
    revealed: st.revealed,
  };
  const tied = leaders(t);
  const rows = options.map((o, i) => optionRow(ui, o, i, standing));
  const foot = footText(options.length, tied, st.pick, standing);
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
        standing.total > 0 ? `${hands(standing.total)} counted` : 'No hands counted yet',
      ),
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

function footText(options: number, tied: number[], pick: number | null, s: Standing): string {
  const { total, room, play } = s;
  if (total === 0) return `Hands up for each option: press 1 to ${options} to count them.`;
  if (tied.length > 1 && play !== null && pick === null)
    return `A tie between ${tied.map((n) => n + 1).join(' and ')}. Next plays ${play + 1}; ↑ ↓ highlights another.`;
  if (play !== null && play !== room)
    return `The room chose ${room !== null ? room + 1 : 'nothing yet'}. Next plays ${play + 1}, as highlighted.`;
  return `${hands(total)} counted. Next plays option ${(play ?? 0) + 1}.`;
}
