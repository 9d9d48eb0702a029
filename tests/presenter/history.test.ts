import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  recordLine,
  reviewing,
  stepBack,
  stepForward,
  trimHistory,
  type ShownLine,
} from '../../src/presenter/history';

const line = (at: number, text = `line ${at}`): ShownLine => ({ text, speaker: null, notes: [], at });

describe('line history (step back)', () => {
  it('records each line once, in order', () => {
    let h = emptyHistory();
    h = recordLine(h, line(1));
    h = recordLine(h, line(1));
    h = recordLine(h, line(2));
    expect(h.lines.map((l) => l.at)).toEqual([1, 2]);
  });

  it('steps back through earlier lines and forward to the live screen, on a line', () => {
    let h = [1, 2, 3].reduce((acc, at) => recordLine(acc, line(at)), emptyHistory());
    h = stepBack(h, true);
    expect(reviewing(h)?.at).toBe(2);
    h = stepBack(stepBack(h, true), true);
    expect(reviewing(h)?.at).toBe(1); // stays at the first line
    h = stepForward(h, true);
    expect(reviewing(h)?.at).toBe(2);
    h = stepForward(h, true);
    expect(h.cursor).toBeNull(); // line 3 is the live screen
    expect(stepForward(h, true)).toBe(h);
  });

  it('on a choice (not a line), the first step back shows the latest line', () => {
    let h = [1, 2].reduce((acc, at) => recordLine(acc, line(at)), emptyHistory());
    h = stepBack(h, false);
    expect(reviewing(h)?.at).toBe(2);
    expect(stepForward(h, false).cursor).toBeNull();
    expect(stepBack(emptyHistory(), false).cursor).toBeNull();
    expect(stepBack(recordLine(emptyHistory(), line(1)), true).cursor).toBeNull();
  });

  it('forgets lines after a point the story was wound back to', () => {
    let h = [1, 2, 5, 6].reduce((acc, at) => recordLine(acc, line(at)), emptyHistory());
    h = trimHistory(h, 3);
    expect(h.lines.map((l) => l.at)).toEqual([1, 2]);
    h = recordLine(
      [1, 2, 5].reduce((acc, at) => recordLine(acc, line(at)), emptyHistory()),
      line(4, 'again'),
    );
    expect(h.lines.map((l) => l.text)).toEqual(['line 1', 'line 2', 'again']);
  });
});
