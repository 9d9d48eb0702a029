import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addHand,
  clearHands,
  emptyTally,
  fitTally,
  leaders,
  MAX_HANDS,
  optionToPlay,
  removeHand,
  roomChoice,
  setHands,
  shares,
  tiedOptions,
  totalHands,
  undoHand,
} from '../../src/presenter/tally';

describe('vote tally', () => {
  it('adds and removes hands per option, never below none, ignoring options that do not exist', () => {
    let t = emptyTally(3);
    t = addHand(addHand(addHand(t, 1), 1), 2);
    expect(t.counts).toEqual([0, 2, 1]);
    t = removeHand(t, 1);
    t = removeHand(removeHand(t, 0), 0);
    expect(t.counts).toEqual([0, 1, 1]);
    expect(addHand(t, 3)).toBe(t);
    expect(addHand(t, -1)).toBe(t);
    expect(removeHand(t, 7)).toBe(t);
    expect(totalHands(t)).toBe(2);
  });

  it('takes back the latest hand added by key (Backspace), one at a time', () => {
    let t = addHand(addHand(addHand(emptyTally(3), 0), 2), 2);
    t = undoHand(t);
    expect(t.counts).toEqual([1, 0, 1]);
    t = undoHand(undoHand(t));
    expect(t.counts).toEqual([0, 0, 0]);
    expect(undoHand(t)).toBe(t);
  });

  it('takes a typed count as it is (whole, 0 to MAX_HANDS), and Backspace then leaves that option alone', () => {
    let t = addHand(addHand(emptyTally(2), 0), 1);
    t = setHands(t, 0, 7.8);
    expect(t.counts).toEqual([7, 1]);
    t = undoHand(t);
    expect(t.counts).toEqual([7, 0]);
    expect(undoHand(t).counts).toEqual([7, 0]);
    expect(setHands(t, 1, -4).counts).toEqual([7, 0]);
    expect(setHands(t, 1, 5000).counts).toEqual([7, MAX_HANDS]);
    expect(setHands(t, 1, Number.NaN)).toBe(t);
    expect(clearHands(t).counts).toEqual([0, 0]);
  });

  it('picks the room’s choice by the most hands; a tie is a tie, with no room’s choice', () => {
    const t = setHands(setHands(setHands(emptyTally(4), 1, 5), 2, 5), 3, 2);
    expect(leaders(t)).toEqual([1, 2]);
    expect(roomChoice(t)).toBeNull();
    expect(tiedOptions(t)).toEqual([1, 2]);
    expect(roomChoice(setHands(t, 2, 4))).toBe(1);
    expect(tiedOptions(setHands(t, 2, 4))).toEqual([]);
    expect(roomChoice(emptyTally(3))).toBeNull();
    expect(leaders(emptyTally(3))).toEqual([]);
  });

  it('plays the highlighted option if there is one, else the room’s choice, else nothing', () => {
    const t = setHands(emptyTally(3), 2, 4);
    expect(optionToPlay(t, null)).toBe(2);
    expect(optionToPlay(t, 0)).toBe(0);
    expect(optionToPlay(emptyTally(3), null)).toBeNull();
    expect(optionToPlay(emptyTally(3), 1)).toBe(1);
  });

  it('gives each option’s share in whole percent', () => {
    expect(shares(setHands(setHands(emptyTally(3), 0, 1), 1, 2))).toEqual([33, 67, 0]);
    expect(shares(emptyTally(2))).toEqual([0, 0]);
  });

  it('reuses a tally only when it has the same number of options', () => {
    const t = addHand(emptyTally(3), 0);
    expect(fitTally(t, 3)).toBe(t);
    expect(fitTally(t, 2).counts).toEqual([0, 0]);
    expect(fitTally(undefined, 2).counts).toEqual([0, 0]);
  });

  it('always agrees: counts are the sum of hands added minus hands taken, and the choice is a leader', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), option: fc.integer({ min: -1, max: 4 }) }),
      fc.record({ kind: fc.constant('remove' as const), option: fc.integer({ min: -1, max: 4 }) }),
      fc.record({ kind: fc.constant('undo' as const), option: fc.constant(0) }),
      fc.record({
        kind: fc.constant('set' as const),
        option: fc.integer({ min: 0, max: 3 }),
        n: fc.integer({ min: 0, max: 30 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 60 }),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        (ops, pick) => {
          let t = emptyTally(4);
          for (const o of ops) {
            if (o.kind === 'add') t = addHand(t, o.option);
            else if (o.kind === 'remove') t = removeHand(t, o.option);
            else if (o.kind === 'undo') t = undoHand(t);
            else t = setHands(t, o.option, (o as { n: number }).n);
          }
          expect(t.counts.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
          // Every logged hand is still counted, so Backspace can never take a hand that is not there.
          for (let i = 0; i < 4; i += 1)
            expect(t.log.filter((x) => x === i).length).toBeLessThanOrEqual(t.counts[i]!);
          const choice = roomChoice(t);
          if (totalHands(t) === 0 || tiedOptions(t).length > 0) expect(choice).toBeNull();
          else expect(t.counts[choice!]).toBe(Math.max(...t.counts));
          const play = optionToPlay(t, pick);
          expect(play).toBe(pick ?? choice);
        },
      ),
    );
  });
});
