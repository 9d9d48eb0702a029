// Which decisions the room votes on, chosen on the scenario card before starting. A vote with talk and a reveal
// takes minutes; the decisions left out are played straight through: the game offers the strongest option and the
// trainer plays it with one press (or highlights another, or counts hands after all, which makes it a vote). So a
// trainer can fit a scenario into a short slot and still keep the story whole. Decisions are numbered as the room
// meets them (1 is the first decision on whatever route the room takes).

import { FULL_PER_DECISION, STRAIGHT_PER_DECISION } from './length';

/** null: every decision is put to the vote (the default). Otherwise the decision numbers voted on, ascending. */
export type VotePlan = readonly number[] | null;

/** The slot a trainer is most often given for one scenario. */
export const SLOT_MINUTES = 30;

export function votesOn(plan: VotePlan, n: number): boolean {
  return plan === null || plan.includes(n);
}

/** Minutes for `total` decisions with `voted` of them put to the vote, at a full pace. */
export function planMinutes(voted: number, total: number): number {
  const v = Math.min(voted, total);
  return v * FULL_PER_DECISION + (total - v) * STRAIGHT_PER_DECISION;
}

/**
 * The most votes that fit `minutes` for `total` decisions, spread evenly from the first decision to the last, so
 * the room meets the story's opening and its turning point. Every decision when they all fit.
 */
export function slotPlan(total: number, minutes = SLOT_MINUTES): VotePlan {
  if (total <= 0 || planMinutes(total, total) <= minutes) return null;
  let v = total;
  while (v > 1 && planMinutes(v, total) > minutes) v -= 1;
  return spread(v, total);
}

/** `v` decision numbers spread evenly over 1..total, first and last included (just the first when v is 1). */
export function spread(v: number, total: number): number[] {
  if (v <= 1) return [1];
  const out = new Set<number>();
  for (let i = 0; i < v; i += 1) out.add(1 + Math.round((i * (total - 1)) / (v - 1)));
  return [...out].sort((a, b) => a - b);
}

/** Turns a decision in or out of the plan; a plan holding every decision is "every decision" again. */
export function toggleVote(plan: VotePlan, n: number, total: number): VotePlan {
  const now = plan ?? Array.from({ length: total }, (_, i) => i + 1);
  const next = now.includes(n) ? now.filter((x) => x !== n) : [...now, n].sort((a, b) => a - b);
  return next.length >= total && Array.from({ length: total }, (_, i) => i + 1).every((x) => next.includes(x))
    ? null
    : next;
}

/** "1, 5, 9 and 13". */
export function listNumbers(ns: readonly number[]): string {
  if (ns.length <= 1) return ns.join('');
  return `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

/** One sentence for the card and the debrief: which decisions the room votes on. */
export function planText(plan: VotePlan, total: number | null): string {
  if (plan === null) return 'The room votes on every decision.';
  if (plan.length === 0)
    return 'No votes: every decision is played straight through with the strongest option.';
  const which = `The room votes on decision${plan.length === 1 ? '' : 's'} ${listNumbers(plan)}`;
  const of = total ? ` of ${total}` : '';
  return `${which}${of}; the rest are played straight through with the strongest option.`;
}

interface Rated {
  meta: { rating: string | null; critical: boolean };
}

const RANK: Record<string, number> = { best: 3, ok: 2, poor: 1 };

/** The option played straight through: the first best-rated one; never an unsafe one while another is offered. */
export function strongestOption(options: readonly Rated[]): number {
  let top = 0;
  let topRank = -Infinity;
  options.forEach((o, i) => {
    const rank = o.meta.critical ? -1 : (RANK[o.meta.rating ?? ''] ?? 0);
    if (rank > topRank) [top, topRank] = [i, rank];
  });
  return top;
}
