import { describe, expect, it } from 'vitest';
import { keepPresenterState, loadPresenterState } from '../../src/app/room-keep';
import { createPresenterStore } from '../../src/presenter/state';
import { roomLength, roomLengthText } from '../../src/presenter/length';
import { decisionOf } from '../../src/presenter/where';
import { decisionPoints } from '../../tools/ink/vite-plugin';
import { clockText } from '../../src/ui/presenter/view-clock';
import { MemoryStorage } from '../support/memory-storage';

describe('where the room is', () => {
  it('says "Decision 4 of 12", a range when routes differ, and never a total below the decision on screen', () => {
    expect(decisionOf(4, { min: 12, max: 12 })).toBe('Decision 4 of 12');
    expect(decisionOf(4, { min: 13, max: 14 })).toBe('Decision 4 of 13 to 14');
    expect(decisionOf(14, { min: 13, max: 14 })).toBe('Decision 14 of 14');
    expect(decisionOf(3, undefined)).toBe('Decision 3');
  });

  it('shows the time of day and the minutes since the scenario started on the presenter view', () => {
    const now = new Date(2026, 11, 2, 14, 35, 10);
    expect(clockText(now, null)).toBe('14:35');
    expect(clockText(now, new Date(2026, 11, 2, 14, 12, 0).toISOString())).toBe('14:35 · 23 min in');
  });
});

describe('presenter state kept for a reload', () => {
  it('keeps votes, steps and history in the tab’s storage, not the key list, blank screen or hint', () => {
    const storage = new MemoryStorage();
    const a = createPresenterStore();
    expect(keepPresenterState(a, storage)).toBe(false);
    a.setState({
      phase: { name: 'room' },
      votes: { 0: { tally: { counts: [2, 1], log: [] }, pick: null } },
      step: { name: 'confirm' },
      roomSize: 15,
      help: true,
      blank: true,
      hint: 'x',
    });
    const b = createPresenterStore();
    expect(keepPresenterState(b, storage)).toBe(true);
    expect(b.getState()).toMatchObject({
      phase: { name: 'room' },
      votes: { 0: { tally: { counts: [2, 1] } } },
      step: { name: 'confirm' },
      roomSize: 15,
      help: false,
      blank: false,
      hint: null,
    });
  });

  it('starts fresh from damaged or foreign data', () => {
    const storage = new MemoryStorage();
    storage.setItem('care-conversations:presenter', '{not json');
    expect(loadPresenterState(storage)).toBeNull();
    storage.setItem('care-conversations:presenter', JSON.stringify({ version: 9, data: {} }));
    expect(loadPresenterState(storage)).toBeNull();
    storage.setItem('care-conversations:presenter', JSON.stringify({ version: 1, data: { phase: 3 } }));
    expect(loadPresenterState(storage)).toBeNull();
  });
});

describe('the length with a room', () => {
  it('runs from brisk to full length by the decisions, rounded to 5 minutes', () => {
    expect(roomLength(13)).toEqual({ decisions: 13, brisk: 30, full: 60 });
    expect(roomLengthText(roomLength(14), 15)).toBe(
      'With a room: 30 to 65 minutes (about 14 decisions). Alone: about 15 minutes.',
    );
    expect(roomLengthText(null, null)).toBe('About 15 minutes alone.');
  });

  it('counts decision points from a compiled story’s options, three to a decision', () => {
    expect(decisionPoints('{"*":".^.c-0","flg":20},{"*":".^.c-1"},{"*":".^.c-2"}')).toBe(1);
    expect(decisionPoints('{"root":[]}')).toBeUndefined();
  });
});
