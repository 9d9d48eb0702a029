import { describe, expect, it } from 'vitest';
import { FULL_PER_DECISION, STRAIGHT_PER_DECISION } from '../../src/presenter/length';
import {
  listNumbers,
  planMinutes,
  planText,
  slotPlan,
  spread,
  strongestOption,
  toggleVote,
  votesOn,
} from '../../src/presenter/vote-plan';

const opt = (rating: string | null, critical = false) => ({ meta: { rating, critical } });

describe('which decisions the room votes on', () => {
  it('votes on every decision unless the trainer chose some', () => {
    expect(votesOn(null, 7)).toBe(true);
    expect(votesOn([1, 5], 5)).toBe(true);
    expect(votesOn([1, 5], 4)).toBe(false);
  });

  it('spreads votes evenly from the first decision to the last', () => {
    expect(spread(4, 13)).toEqual([1, 5, 9, 13]);
    expect(spread(2, 10)).toEqual([1, 10]);
    expect(spread(1, 10)).toEqual([1]);
    expect(spread(5, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('fits a 30-minute slot by the with-a-room measure: votes at full pace, the rest about a minute each', () => {
    for (const total of [6, 10, 13, 14, 18]) {
      const plan = slotPlan(total);
      const voted = plan === null ? total : plan.length;
      expect(planMinutes(voted, total)).toBeLessThanOrEqual(30);
      // One more vote would not fit (unless every decision already does).
      if (plan !== null) expect(planMinutes(voted + 1, total)).toBeGreaterThan(30);
      expect(plan?.[0] ?? 1).toBe(1);
    }
    expect(planMinutes(4, 13)).toBe(4 * FULL_PER_DECISION + 9 * STRAIGHT_PER_DECISION);
    // A short scenario fits whole: every decision is voted on.
    expect(slotPlan(6)).toBeNull();
    expect(slotPlan(13)).toEqual([1, 5, 9, 13]);
  });

  it('turns a decision in and out; every decision chosen is "every decision" again', () => {
    expect(toggleVote(null, 2, 4)).toEqual([1, 3, 4]);
    expect(toggleVote([1, 3, 4], 2, 4)).toBeNull();
    expect(toggleVote([3], 1, 4)).toEqual([1, 3]);
    expect(toggleVote([3], 3, 4)).toEqual([]);
  });

  it('says which decisions are voted on in one sentence', () => {
    expect(listNumbers([1, 5, 9])).toBe('1, 5 and 9');
    expect(planText(null, 13)).toBe('The room votes on every decision.');
    expect(planText([1, 5, 9, 13], 13)).toBe(
      'The room votes on decisions 1, 5, 9 and 13 of 13; the rest are played straight through with the strongest option.',
    );
    expect(planText([2], null)).toMatch(/^The room votes on decision 2; the rest/);
    expect(planText([], 13)).toMatch(/^No votes/);
  });

  it('plays the strongest option straight through, never an unsafe one while another is offered', () => {
    expect(strongestOption([opt('ok'), opt('best'), opt('poor')])).toBe(1);
    expect(strongestOption([opt('poor', true), opt('poor'), opt('ok')])).toBe(2);
    expect(strongestOption([opt(null, true), opt(null)])).toBe(1);
    expect(strongestOption([opt('best'), opt('best')])).toBe(0);
  });
});
