import { describe, expect, it } from 'vitest';
import { REFLECTION_MAX, REFLECTION_PROMPTS } from '../../src/debrief/prompts';
import {
  buildRecord,
  RECORD_FORMAT,
  RECORD_MAX_BYTES,
  recordFileName,
  serialiseRecord,
  type EvidenceRecord,
} from '../../src/debrief/record';
import { parseRecord, parseRecordText } from '../../src/debrief/record-parse';
import { STATEMENT } from '../../src/debrief/words';
import { compiledScenario, fixtureFile, setup, storyFile } from './support';

const NOW = new Date('2026-11-26T09:30:00Z');

async function visitRecord(): Promise<EvidenceRecord> {
  const s = setup(compiledScenario(fixtureFile('visit.ink'), 'visit'));
  await s.controller.start('visit');
  s.follow(['Sit down facing her', 'Keep it to yourself']);
  s.tryAgain(1);
  s.follow(['Tell Sam']);
  return buildRecord(s.debrief(), {
    learner: '  J. K.  ',
    reflections: ['I sat down.', '', 'Handover.'],
    now: NOW,
  });
}

describe('the practice record', () => {
  it('is built from the debrief: versioned, with outcomes, decisions, replays, reflections and the statement', async () => {
    const r = await visitRecord();
    expect(r).toMatchObject({
      format: 'care-conversations-record',
      version: 1,
      createdAt: '2026-11-26T09:30:00.000Z',
      learner: 'J. K.',
      scenario: { id: 'visit', title: 'A short visit' },
      ending: 'talked-it-through',
      replay: { decision: 2, endingBefore: 'talked-it-through' },
      statement: STATEMENT,
    });
    expect(r.outcomes.map((o) => o.id)).toEqual(['1.4a', '1.4b', '1.4c', '1.4d']);
    expect(r.outcomes[0]).toMatchObject({ band: 'strong', before: { band: 'practice' } });
    expect(r.decisions).toEqual([
      {
        number: 1,
        situation: '"What is happening tomorrow?"',
        chosen: {
          text: 'Sit down facing her',
          rating: 'best',
          feedback: 'Facing her helps her hear and lip-read.',
        },
        better: null,
        critical: false,
        triedAgain: null,
      },
      {
        number: 2,
        situation: '"Anything to hand over?"',
        chosen: {
          text: 'Tell Sam her hearing aid is not on her record',
          rating: 'best',
          feedback: 'Passing it on keeps everyone safe.',
        },
        better: null,
        critical: false,
        triedAgain: { text: 'Keep it to yourself', rating: 'critical' },
      },
    ]);
    expect(r.reflections).toEqual(
      REFLECTION_PROMPTS.map((prompt, i) => ({ prompt, answer: ['I sat down.', '', 'Handover.'][i] })),
    );
    expect(r.trust).toEqual([{ name: 'Mrs Kaur', points: [0, 1, 1] }]);
    expect(recordFileName(r)).toBe(`care-conversations-record-visit-${r.playedAt.slice(0, 10)}.json`);
  });

  it('round-trips through its JSON file exactly', async () => {
    const r = await visitRecord();
    const back = parseRecordText(serialiseRecord(r));
    expect(back).toEqual({ ok: true, record: r });
  });

  it('round-trips every shipped scenario played along its poor path (critical choices and all)', async () => {
    const plans: Record<string, string[]> = {
      'found-on-the-floor': (await import('../plans/found-on-the-floor.plans.json')).plans.find(
        (p) => p.name === 'poor path',
      )!.choices,
    };
    for (const [id, choices] of Object.entries(plans)) {
      const s = setup(compiledScenario(storyFile(id), id));
      await s.controller.start(id);
      s.follow(choices);
      const r = buildRecord(s.debrief(), { learner: '', reflections: [], now: NOW });
      expect(r.decisions.some((d) => d.critical && d.better !== null)).toBe(true);
      expect(parseRecordText(serialiseRecord(r))).toEqual({ ok: true, record: r });
    }
  });

  it('clips what the learner typed to the limits', async () => {
    const r = await visitRecord();
    const long = buildRecord(
      {
        ...(await (async () => {
          const s = setup(compiledScenario(fixtureFile('visit.ink'), 'visit'));
          await s.controller.start('visit');
          s.follow(['Sit down', 'Tell Sam']);
          return s.debrief();
        })()),
      },
      { learner: 'x'.repeat(100), reflections: ['y'.repeat(REFLECTION_MAX + 50)], now: NOW },
    );
    expect(long.learner).toHaveLength(40);
    expect(long.reflections[0]!.answer).toHaveLength(REFLECTION_MAX);
    expect(parseRecord(long).ok).toBe(true);
    expect(r.learner.length).toBeLessThanOrEqual(40);
  });
});

describe('opening a record from a file', () => {
  const mutate = async (change: (r: Record<string, unknown>) => void) => {
    const r = JSON.parse(serialiseRecord(await visitRecord())) as Record<string, unknown>;
    change(r);
    return parseRecordText(JSON.stringify(r));
  };

  it('says plainly when a file is not a record at all', () => {
    expect(parseRecordText('not json')).toMatchObject({ ok: false, error: { kind: 'not-json' } });
    expect(parseRecordText('[1,2]')).toMatchObject({ ok: false, error: { kind: 'not-a-record' } });
    expect(parseRecordText('{"format":"something-else","version":1}')).toMatchObject({
      ok: false,
      error: { kind: 'not-a-record', message: expect.stringContaining('not a Care Conversations record') },
    });
    expect(parseRecordText('null')).toMatchObject({ ok: false, error: { kind: 'not-a-record' } });
    expect(parseRecordText(' '.repeat(RECORD_MAX_BYTES + 1))).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
    const r = parseRecordText('{');
    expect(!r.ok && r.error.message).toMatch(/Nothing has been changed/);
  });

  it('refuses a record from a newer version', async () => {
    expect(await mutate((r) => (r.version = 2))).toMatchObject({
      ok: false,
      error: { kind: 'newer-version' },
    });
    expect(await mutate((r) => (r.version = '1'))).toMatchObject({
      ok: false,
      error: { kind: 'invalid', where: 'version' },
    });
  });

  it('refuses a damaged or edited record, and says where', async () => {
    const cases: [string, (r: Record<string, unknown>) => void, string][] = [
      ['an unknown field', (r) => (r.extra = 1), 'record.extra'],
      ['a missing field', (r) => delete r.statement, 'record.statement'],
      ['a name over 40 characters', (r) => (r.learner = 'n'.repeat(41)), 'learner'],
      [
        'a reflection over the limit',
        (r) => ((r.reflections as { answer: string }[])[0]!.answer = 'a'.repeat(REFLECTION_MAX + 1)),
        'reflections[0].answer',
      ],
      [
        'too many reflections',
        (r) => (r.reflections as unknown[]).push({ prompt: 'p', answer: 'a' }),
        'reflections',
      ],
      [
        'an unknown band',
        (r) => ((r.outcomes as { band: string }[])[0]!.band = 'passed'),
        'outcomes[0].band',
      ],
      ['an unknown outcome', (r) => ((r.outcomes as { id: string }[])[0]!.id = '2.1a'), 'outcomes[0].id'],
      ['an outcome twice', (r) => ((r.outcomes as { id: string }[])[1]!.id = '1.4a'), 'outcomes[1].id'],
      [
        'a percentage over 100',
        (r) => ((r.outcomes as { percent: number }[])[0]!.percent = 101),
        'outcomes[0].percent',
      ],
      ['a fractional count', (r) => ((r.outcomes as { best: number }[])[0]!.best = 1.5), 'outcomes[0].best'],
      [
        'a number as text',
        (r) => ((r.outcomes as unknown as { sum: unknown }[])[0]!.sum = '3'),
        'outcomes[0].sum',
      ],
      [
        'an unknown rating',
        (r) => ((r.decisions as { chosen: { rating: string } }[])[0]!.chosen.rating = 'excellent'),
        'decisions[0].chosen.rating',
      ],
      [
        'a critical flag as text',
        (r) => ((r.decisions as { critical: unknown }[])[0]!.critical = 'yes'),
        'decisions[0].critical',
      ],
      ['a bad date', (r) => (r.playedAt = 'yesterday'), 'playedAt'],
      ['a bad scenario id', (r) => ((r.scenario as { id: string }).id = '../etc'), 'scenario.id'],
      ['a bad ending id', (r) => (r.ending = 'Ending <b>'), 'ending'],
      [
        'a trust point out of range',
        (r) => ((r.trust as { points: number[] }[])[0]!.points[1] = 1e9),
        'trust[0].points[1]',
      ],
      ['no outcomes', (r) => (r.outcomes = []), 'outcomes'],
    ];
    for (const [what, change, where] of cases) {
      const result = await mutate(change);
      expect(result, what).toMatchObject({ ok: false, error: { kind: 'invalid' } });
      if (!result.ok) expect(result.error.where, what).toBe(where);
    }
  });

  it('a prototype key in the file itself is refused, not merged', async () => {
    const text = serialiseRecord(await visitRecord()).replace(
      '"format"',
      '"__proto__": {"polluted": true},\n  "format"',
    );
    expect(parseRecordText(text)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', where: 'record.__proto__' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup-like text as plain text (the screens show it as text, never as HTML)', async () => {
    const result = await mutate((r) => (r.learner = '<img src=x onerror=alert(1)>'));
    expect(result.ok && result.record.learner).toBe('<img src=x onerror=alert(1)>');
  });

  it('returns a fresh record, built only from checked fields', async () => {
    const r = await visitRecord();
    const result = parseRecord(JSON.parse(serialiseRecord(r)));
    expect(result.ok && result.record.format).toBe(RECORD_FORMAT);
    expect(result).toEqual({ ok: true, record: r });
  });

  it('re-bands a record made before an unsafe choice capped both demonstrate outcomes, and loses nothing else', async () => {
    const s = setup(compiledScenario(fixtureFile('visit.ink'), 'visit'));
    await s.controller.start('visit');
    s.follow(['Sit down facing her', 'Keep it to yourself']);
    const now = buildRecord(s.debrief(), { learner: '', reflections: [], now: NOW });
    // As the game wrote it before: 1.4c at 100% read "strong", with no unsafe option named against it.
    const old = structuredClone(now);
    old.outcomes[2] = { ...old.outcomes[2]!, band: 'strong', critical: [] };
    const parsed = parseRecordText(serialiseRecord(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.outcomes[2]).toMatchObject({
      id: '1.4c',
      percent: 100,
      band: 'practice',
      critical: ['Keep it to yourself'],
    });
    expect(parsed.record).toEqual(now);
  });
});
