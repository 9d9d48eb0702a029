// Heap snapshot summaries for the leak check (scripts/bench/heap-diff.mjs).
import { describe, expect, it } from 'vitest';
import { heapGrowth, summarizeSnapshot } from '../../scripts/bench/heap-diff.mjs';

describe('heap snapshot summaries', () => {
  it('sums self size by constructor for objects, and by kind for everything else', () => {
    const snap = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size'],
          node_types: [['hidden', 'object', 'string', 'code']],
        },
      },
      strings: ['Tween', 'hello', '(compiled code)'],
      // type, name, id, self_size
      nodes: [1, 0, 1, 100, 1, 0, 2, 50, 2, 1, 3, 30, 3, 2, 4, 400],
    };
    expect(summarizeSnapshot(snap)).toEqual({
      Tween: { bytes: 150, count: 2 },
      '(string)': { bytes: 30, count: 1 },
      '(code)': { bytes: 400, count: 1 },
    });
  });

  it('lists what grew most first, in KB, and leaves out what did not change', () => {
    const before = { A: { bytes: 1024, count: 1 }, B: { bytes: 2048, count: 2 }, C: { bytes: 10, count: 1 } };
    const after = { A: { bytes: 1024, count: 1 }, B: { bytes: 4096, count: 4 }, D: { bytes: 512, count: 3 } };
    expect(heapGrowth(before, after)).toEqual([
      { what: 'B', kb: 2, count: 2 },
      { what: 'D', kb: 0.5, count: 3 },
      { what: 'C', kb: 0, count: -1 },
    ]);
  });
});
