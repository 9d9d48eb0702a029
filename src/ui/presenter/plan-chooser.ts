// On the scenario card, before starting: which decisions the room votes on. Two presets (every decision, or as many
// as fit a 30-minute slot, spread from the first to the last) and a button per decision to turn its vote on or off.
// The rest are played straight through (vote-plan.ts). The decisions are numbered as the room meets them.
import {
  planMinutes,
  planText,
  slotPlan,
  SLOT_MINUTES,
  toggleVote,
  votesOn,
  type VotePlan,
} from '../../presenter/vote-plan';
import type { DecisionRange } from '../../presenter/where';
import { button, h } from '../dom';
import type { RoomUi } from './context';

const same = (a: VotePlan, b: VotePlan) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((n, i) => n === b[i]));

const round5 = (n: number) => Math.max(5, Math.round(n / 5) * 5);

export function planChooser(ui: RoomUi): HTMLElement {
  const st = ui.stores.presenter.getState();
  const range = st.routeDecisions;
  const heading = h('h2', { id: 'pm-plan-heading' }, 'Which decisions does the room vote on?');
  if (!range || range.max <= 0)
    return h(
      'section',
      { class: 'pm-plan', 'aria-labelledby': 'pm-plan-heading' },
      heading,
      h('p', { class: 'pm-plan-text', id: 'pm-plan-text' }, planText(st.votePlan, null)),
    );
  const plan = st.votePlan;
  const slot = slotPlan(range.min);
  const set = (p: VotePlan) => ui.command({ type: 'vote-plan', plan: p === null ? null : [...p] });
  return h(
    'section',
    { class: 'pm-plan', 'aria-labelledby': 'pm-plan-heading' },
    heading,
    h(
      'div',
      { class: 'pm-plan-presets', role: 'group', 'aria-label': 'Presets' },
      preset('Every decision', 'pm-plan-all', same(plan, null), () => set(null)),
      slot !== null &&
        preset(`Fit ${SLOT_MINUTES} minutes: ${slot.length} votes`, 'pm-plan-slot', same(plan, slot), () =>
          set(slot),
        ),
    ),
    decisionButtons(range, plan, (n) => set(toggleVote(plan, n, range.max))),
    h(
      'p',
      { class: 'pm-plan-text', id: 'pm-plan-text' },
      planText(plan, range.max),
      ' ',
      lengthText(plan, range),
    ),
  );
}

function preset(label: string, id: string, on: boolean, press: () => void): HTMLElement {
  return button(label, press, {
    class: 'pm-button pm-plan-preset',
    id,
    'aria-pressed': on ? 'true' : 'false',
  });
}

function decisionButtons(range: DecisionRange, plan: VotePlan, toggle: (n: number) => void): HTMLElement {
  return h(
    'div',
    { class: 'pm-plan-decisions', role: 'group', 'aria-label': 'Decisions put to the vote' },
    Array.from({ length: range.max }, (_, i) => i + 1).map((n) =>
      button(String(n), () => toggle(n), {
        class: 'pm-button pm-plan-decision',
        id: `pm-plan-${n}`,
        'aria-pressed': votesOn(plan, n) ? 'true' : 'false',
        'aria-label': `Decision ${n}: ${votesOn(plan, n) ? 'the room votes' : 'played straight through'}`,
      }),
    ),
  );
}

/** The length with these votes, at a full pace, on the shortest route. */
function lengthText(plan: VotePlan, range: DecisionRange): string {
  const voted = plan === null ? range.min : plan.filter((n) => n <= range.min).length;
  return `With these votes: about ${round5(planMinutes(voted, range.min))} minutes with a room.`;
}
