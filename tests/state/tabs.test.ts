import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/state/tabs';
import type { Progress } from '../../src/state/progress';
import { bandRank, type Band } from '../../src/scoring/bands';

const arbProgress = fc.dictionary(
  fc.constantFrom('a', 'b', 'c'),
  fc.record({
    finished: fc.boolean(),
    endings: fc.uniqueArray(fc.constantFrom('x', 'y', 'z')),
    best: fc.dictionary(
      fc.constantFrom('1.4a', '1.4b'),
      fc.record({
        percent: fc.integer({ min: 0, max: 100 }),
        band: fc.constantFrom<Band>('strong', 'some', 'practice'),
      }),
    ),
    lastPlayed: fc.option(fc.constantFrom('2026-11-01T00:00:00.000Z', '2026-11-25T00:00:00.000Z'), {
      nil: null,
    }),
  }),
) as fc.Arbitrary<Progress>;

describe('progress from two tabs', () => {
  it('loses nothing either tab had', () => {
    fc.assert(
      fc.property(arbProgress, arbProgress, (a, b) => {
        const m = mergeProgress(a, b);
        for (const side of [a, b]) {
          for (const [id, p] of Object.entries(side)) {
            expect(m[id]!.finished || !p.finished).toBe(true);
            for (const e of p.endings) expect(m[id]!.endings).toContain(e);
            // The merged standing is never weaker: a stronger band, or the same band at no lower a percentage.
            for (const [k, v] of Object.entries(p.best)) {
              const got = m[id]!.best[k]!;
              expect(
                bandRank(got.band) > bandRank(v.band) || (got.band === v.band && got.percent >= v.percent),
              ).toBe(true);
            }
          }
        }
      }),
    );
  });
  it('is the same whichever tab merges', () => {
    fc.assert(
      fc.property(arbProgress, arbProgress, (a, b) => {
        const byKey = <T>(e: [string, T][]) => e.sort(([a], [b]) => a.localeCompare(b));
        const norm = (p: Progress) =>
          Object.fromEntries(
            byKey(Object.entries(p)).map(([k, v]) => [
              k,
              {
                ...v,
                endings: [...v.endings].sort(),
                best: Object.fromEntries(byKey(Object.entries(v.best))),
              },
            ]),
          );
        expect(norm(mergeProgress(a, b))).toEqual(norm(mergeProgress(b, a)));
      }),
    );
  });
});
