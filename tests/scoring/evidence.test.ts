import { NO_CRITICAL } from '../../src/scoring/bands';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAND_THRESHOLDS, bandFor } from '../../src/scoring/bands';
import { evidenceByKind, foldEvidence, type ChosenOption } from '../../src/scoring/evidence';
import { buildDocuments } from '../../src/scoring/documents';
import { OUTCOMES, OUTCOME_IDS, outcome } from '../../src/scoring/outcomes';
import type { ChoiceMeta, Rating } from '../../src/story/tags';

const meta = (m: Partial<ChoiceMeta>): ChoiceMeta => ({
  rating: 'best',
  scores: [],
  critical: false,
  feedback: 'f',
  trust: [],
  record: null,
  ...m,
});
const opt = (text: string, m: Partial<ChoiceMeta>): ChosenOption => ({ text, meta: meta(m) });
const ranges = {
  '1.4a': { min: -4, max: 4 },
  '1.4b': { min: -2, max: 2 },
  '1.4c': { min: 0, max: 6 },
  '1.4d': { min: -3, max: 3 },
};

const arbOption = fc.record({
  text: fc.string({ maxLength: 12 }),
  meta: fc.record({
    rating: fc.constantFrom<Rating>('best', 'ok', 'poor'),
    scores: fc.array(
      fc.record({ outcome: fc.constantFrom(...OUTCOME_IDS), value: fc.integer({ min: -2, max: 2 }) }),
      { maxLength: 3 },
    ),
    critical: fc.boolean(),
    feedback: fc.constant('why'),
    trust: fc.constant<{ who: string; delta: number }[]>([]),
    record: fc.constant(null),
  }),
});

describe('outcome registry', () => {
  it('has 1.4a-1.4d with plain meanings; 1.4c and 1.4d are demonstrate (rehearsal only)', () => {
    expect(OUTCOMES.map((o) => o.id)).toEqual(['1.4a', '1.4b', '1.4c', '1.4d']);
    expect(OUTCOMES.filter((o) => o.kind === 'demonstrate').map((o) => o.id)).toEqual(['1.4c', '1.4d']);
    for (const o of OUTCOMES) expect(o.meaning.length).toBeGreaterThan(40);
    expect(outcome('1.4b')?.title).toMatch(/person/);
  });
});

describe('foldEvidence', () => {
  it('sums scores, counts ratings and names critical options per outcome', () => {
    const e = foldEvidence(
      [
        opt('Face her', { rating: 'best', scores: [{ outcome: '1.4c', value: 2 }] }),
        opt('Ask the grandson', {
          rating: 'poor',
          critical: true,
          scores: [
            { outcome: '1.4c', value: -1 },
            { outcome: '1.4b', value: -2 },
          ],
        }),
        opt('Tell the senior', { rating: 'ok', scores: [{ outcome: '1.4a', value: 1 }] }),
      ],
      ranges,
    );
    expect(e['1.4c']).toEqual({
      outcome: '1.4c',
      sum: 1,
      decisions: 2,
      best: 1,
      ok: 0,
      poor: 1,
      critical: ['Ask the grandson'],
      percent: 17,
      band: 'practice',
    });
    expect(e['1.4a']).toMatchObject({ sum: 1, percent: 63, band: 'some', critical: [] });
    expect(e['1.4b']).toMatchObject({ sum: -2, percent: 0, band: 'practice' });
    expect(e['1.4d']).toMatchObject({ sum: 0, decisions: 0, percent: 50 });
  });

  it('places an outcome with no range by its ratings (best full, ok half)', () => {
    const e = foldEvidence(
      [
        opt('a', { rating: 'best', scores: [{ outcome: '1.4a', value: 1 }] }),
        opt('b', { rating: 'ok', scores: [{ outcome: '1.4a', value: 1 }] }),
      ],
      {},
    );
    expect(e['1.4a']!.percent).toBe(75);
  });

  it('is deterministic and order-independent', () => {
    fc.assert(
      fc.property(fc.array(arbOption, { maxLength: 15 }), fc.nat(), (chosen, seed) => {
        const shuffled = [...chosen].sort(
          (a, b) => ((a.text.length * 31 + seed) % 7) - ((b.text.length * 31 + seed) % 7),
        );
        const strip = (e: ReturnType<typeof foldEvidence>) =>
          Object.values(e).map((o) => ({ ...o, critical: [...o.critical].sort() }));
        expect(strip(foldEvidence(shuffled, ranges))).toEqual(strip(foldEvidence(chosen, ranges)));
        expect(foldEvidence(chosen, ranges)).toEqual(foldEvidence(chosen, ranges));
      }),
    );
  });

  it('keeps percentages within 0-100 and the band consistent with the documented thresholds', () => {
    fc.assert(
      fc.property(fc.array(arbOption, { maxLength: 15 }), (chosen) => {
        for (const o of Object.values(foldEvidence(chosen, ranges))) {
          expect(o.percent).toBeGreaterThanOrEqual(0);
          expect(o.percent).toBeLessThanOrEqual(100);
          const inPlay = chosen.some((c) => c.meta.critical);
          const forOutcome = chosen.some(
            (c) => c.meta.critical && c.meta.scores.some((x) => x.outcome === o.outcome),
          );
          expect(o.band).toBe(bandFor(o.outcome, o.percent, { forOutcome, inPlay }));
          expect(o.best + o.ok + o.poor).toBeLessThanOrEqual(o.decisions);
        }
      }),
    );
  });

  it('never rates a better choice lower: raising one score never lowers the percentage', () => {
    fc.assert(
      fc.property(fc.array(arbOption, { minLength: 1, maxLength: 10 }), fc.nat(), (chosen, i) => {
        const k = i % chosen.length;
        const base = foldEvidence(chosen, ranges);
        const better = chosen.map((c, j) =>
          j === k
            ? {
                ...c,
                meta: {
                  ...c.meta,
                  scores: c.meta.scores.map((s) => ({ ...s, value: Math.min(2, s.value + 1) })),
                },
              }
            : c,
        );
        const after = foldEvidence(better, ranges);
        for (const id of OUTCOME_IDS) expect(after[id]!.percent).toBeGreaterThanOrEqual(base[id]!.percent);
      }),
    );
  });
});

describe('bands', () => {
  it('uses the documented thresholds and caps an outcome with a critical option', () => {
    for (const id of OUTCOME_IDS) {
      expect(bandFor(id, BAND_THRESHOLDS.strong, NO_CRITICAL)).toBe('strong');
      expect(bandFor(id, BAND_THRESHOLDS.strong - 1, NO_CRITICAL)).toBe('some');
      expect(bandFor(id, BAND_THRESHOLDS.some, NO_CRITICAL)).toBe('some');
      expect(bandFor(id, BAND_THRESHOLDS.some - 1, NO_CRITICAL)).toBe('practice');
      expect(bandFor(id, 100, { forOutcome: true, inPlay: true })).toBe('practice');
    }
  });

  it('caps both demonstrate outcomes after any critical option in the play, whatever it scored', () => {
    expect(bandFor('1.4c', 100, { forOutcome: false, inPlay: true })).toBe('practice');
    expect(bandFor('1.4d', 100, { forOutcome: false, inPlay: true })).toBe('practice');
    // Knowledge outcomes are capped only by a critical option that scored them.
    expect(bandFor('1.4a', 100, { forOutcome: false, inPlay: true })).toBe('strong');
    expect(bandFor('1.4b', 80, { forOutcome: false, inPlay: true })).toBe('strong');
  });

  it('folds a best route with one critical option on 1.4b alone into needs-more-practice for 1.4c and 1.4d', () => {
    const opt = (text: string, rating: 'best' | 'poor', scores: [string, number][], critical = false) => ({
      text,
      meta: {
        rating,
        critical,
        feedback: 'f',
        trust: [],
        record: null,
        scores: scores.map(([outcome, value]) => ({ outcome, value })),
      },
    });
    const chosen = [
      opt('Ask her', 'best', [
        ['1.4a', 2],
        ['1.4c', 2],
        ['1.4d', 2],
      ]),
      opt('Lock the door', 'poor', [['1.4b', -2]], true),
    ];
    const e = foldEvidence(chosen, {
      '1.4a': { min: -2, max: 2 },
      '1.4b': { min: -2, max: 2 },
      '1.4c': { min: -2, max: 2 },
      '1.4d': { min: -2, max: 2 },
    });
    expect(e['1.4a']).toMatchObject({ percent: 100, band: 'strong', critical: [] });
    expect(e['1.4b']).toMatchObject({ band: 'practice', critical: ['Lock the door'] });
    expect(e['1.4c']).toMatchObject({ percent: 100, band: 'practice', critical: ['Lock the door'] });
    expect(e['1.4d']).toMatchObject({ percent: 100, band: 'practice', critical: ['Lock the door'] });
  });
  it('keeps knowledge and rehearsal apart', () => {
    const { knowledge, rehearsal } = evidenceByKind(foldEvidence([], ranges));
    expect(knowledge.map((o) => o.outcome)).toEqual(['1.4a', '1.4b']);
    expect(rehearsal.map((o) => o.outcome)).toEqual(['1.4c', '1.4d']);
  });
});

describe('documents', () => {
  it('collects record sentences in order with their feedback', () => {
    const docs = buildDocuments([
      opt('At 02:10 I found Mrs Patel on the floor.', {
        record: 'incident-record',
        feedback: 'Time and place.',
      }),
      opt('Call the senior', { scores: [] }),
      opt('She said "I was going to the toilet".', {
        record: 'incident-record',
        rating: 'best',
        feedback: 'Her words.',
      }),
    ]);
    expect(docs).toEqual({
      'incident-record': [
        {
          text: 'At 02:10 I found Mrs Patel on the floor.',
          rating: 'best',
          feedback: 'Time and place.',
          critical: false,
        },
        {
          text: 'She said "I was going to the toilet".',
          rating: 'best',
          feedback: 'Her words.',
          critical: false,
        },
      ],
    });
  });
});
