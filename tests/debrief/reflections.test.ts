import { bandFor, NO_CRITICAL } from '../../src/scoring/bands';
import type { OutcomeStanding } from '../../src/state/progress';
import { describe, expect, it } from 'vitest';
import { buildOverview } from '../../src/debrief/overview';
import { REFLECTION_MAX } from '../../src/debrief/prompts';
import { buildRecord } from '../../src/debrief/record';
import { PREFIX } from '../../src/state/persist';
import type { Progress } from '../../src/state/progress';
import {
  answersFor,
  createReflectionsStore,
  keepRecord,
  MAX_ENTRIES,
  reflectionKey,
  setAnswer,
  setLearner,
} from '../../src/state/reflections';
import { MemoryStorage } from '../support/memory-storage';
import { compiledScenario, fixtureFile, setup } from './support';

const at = (n: number) => new Date(Date.UTC(2026, 10, 1, 0, 0, n));

describe('reflections, saved on the device', () => {
  it('keeps answers per play, length-limited, and loads them back', () => {
    const storage = new MemoryStorage();
    const store = createReflectionsStore(storage, () => undefined);
    store.setState(
      setAnswer(store.getState(), 'visit', '2026-11-25T12:00:00.000Z', 0, 'It went well.', at(1)),
    );
    store.setState(
      setAnswer(
        store.getState(),
        'visit',
        '2026-11-25T12:00:00.000Z',
        2,
        'z'.repeat(REFLECTION_MAX + 10),
        at(2),
      ),
    );
    store.setState(setAnswer(store.getState(), 'visit', '2026-11-25T12:00:00.000Z', 7, 'ignored', at(3)));
    store.setState(setLearner(store.getState(), 'A very long name that goes on and on and on and on'));
    const again = createReflectionsStore(storage, () => undefined).getState();
    expect(answersFor(again, 'visit', '2026-11-25T12:00:00.000Z')).toEqual([
      'It went well.',
      '',
      'z'.repeat(REFLECTION_MAX),
    ]);
    expect(answersFor(again, 'visit', 'another play')).toEqual(['', '', '']);
    expect(again.learner).toHaveLength(40);
  });

  it('keeps only the newest plays, so a shared tablet does not fill up', () => {
    const store = createReflectionsStore(new MemoryStorage(), () => undefined);
    for (let i = 0; i < MAX_ENTRIES + 5; i += 1)
      store.setState(setAnswer(store.getState(), 'visit', `play-${i}`, 0, `answer ${i}`, at(i)));
    const keys = Object.keys(store.getState().entries);
    expect(keys).toHaveLength(MAX_ENTRIES);
    expect(keys).not.toContain(reflectionKey('visit', 'play-0'));
    expect(keys).toContain(reflectionKey('visit', `play-${MAX_ENTRIES + 4}`));
  });

  it('repairs damaged saved data field by field, and drops records that are not valid', async () => {
    const s = setup(compiledScenario(fixtureFile('visit.ink'), 'visit'));
    await s.controller.start('visit');
    s.follow(['Sit down', 'Tell Sam']);
    const record = buildRecord(s.debrief(), { learner: 'JK', reflections: [], now: at(9) });
    const good = keepRecord({ learner: '', entries: {}, records: {} }, record);
    const storage = new MemoryStorage();
    const key = reflectionKey('visit', 'p1');
    storage.setItem(
      `${PREFIX}reflections`,
      JSON.stringify({
        version: 1,
        data: {
          learner: 42,
          entries: {
            [key]: {
              scenarioId: 'visit',
              startedAt: 'p1',
              answers: ['ok', 5, 'x'.repeat(2000)],
              updatedAt: 'later',
            },
            'wrong-key': { scenarioId: 'visit', startedAt: 'p2', answers: [] },
          },
          records: { ...good.records, forged: { ...record, format: 'other' } },
        },
      }),
    );
    const notices: string[] = [];
    const state = createReflectionsStore(storage, (n) => notices.push(n.message)).getState();
    expect(notices).toEqual([]);
    expect(state.learner).toBe('');
    expect(state.entries).toEqual({
      [key]: {
        scenarioId: 'visit',
        startedAt: 'p1',
        answers: ['ok', '', 'x'.repeat(REFLECTION_MAX)],
        updatedAt: 'later',
      },
    });
    expect(Object.values(state.records)).toEqual([record]);
  });

  it('sets aside saved data it cannot read, and says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${PREFIX}reflections`, '{oops');
    const notices: string[] = [];
    expect(createReflectionsStore(storage, (n) => notices.push(n.message)).getState()).toEqual({
      learner: '',
      entries: {},
      records: {},
    });
    expect(notices).toHaveLength(1);
    expect(storage.backups()).toHaveLength(1);
  });
});

describe('the progress overview', () => {
  const cards = [
    { id: 'one', title: 'One', outcomes: ['1.4a', '1.4b', '1.4c', '1.4d'] },
    { id: 'two', title: 'Two', outcomes: ['1.4a', '1.4c'] },
    { id: 'three', title: null, outcomes: ['1.4d'] },
  ];

  it('is empty before anything is finished, and suggests the first scenario for each outcome', () => {
    const o = buildOverview({}, cards);
    expect(o.empty).toBe(true);
    expect(o.outcomes.map((x) => [x.id, x.band, x.words, x.next?.id])).toEqual([
      ['1.4a', null, 'No evidence yet', 'one'],
      ['1.4b', null, 'No evidence yet', 'one'],
      ['1.4c', null, 'No evidence yet', 'one'],
      ['1.4d', null, 'No evidence yet', 'one'],
    ]);
    expect(o.scenarios.map((s) => [s.title, s.status])).toEqual([
      ['One', 'not-played'],
      ['Two', 'not-played'],
      ['Three', 'not-played'],
    ]);
  });

  it('shows the strongest evidence so far, where practice is needed, and what to play next', () => {
    const progress: Progress = {
      one: {
        finished: true,
        endings: ['good-end'],
        best: standings({ '1.4a': 90, '1.4b': 30, '1.4c': 80, '1.4d': 50 }),
        lastPlayed: '2026-11-01T00:00:00.000Z',
      },
      two: { finished: true, endings: ['x'], best: standings({ '1.4a': 20, '1.4c': 100 }), lastPlayed: null },
      three: { finished: false, endings: [], best: {}, lastPlayed: null },
    };
    const o = buildOverview(progress, cards);
    expect(o.empty).toBe(false);
    const [a, b, c, d] = o.outcomes;
    expect(a).toMatchObject({
      band: 'strong',
      words: 'Strong evidence',
      strongIn: ['One'],
      practiceIn: ['Two'],
      next: { id: 'two' },
    });
    expect(b).toMatchObject({ band: 'practice', words: 'Needs more practice', next: { id: 'one' } });
    // Strong evidence for a demonstrate outcome is only ever "ready to discuss".
    expect(c).toMatchObject({ band: 'strong', words: 'Ready to discuss with your assessor', next: null });
    expect(d).toMatchObject({
      band: 'some',
      someIn: ['One'],
      strongIn: [],
      practiceIn: [],
      next: { id: 'three', why: 'You have not finished this one yet.' },
    });
    expect(o.scenarios[0]).toMatchObject({ status: 'finished', endings: ['Good end'] });
    expect(o.scenarios[2]!.status).toBe('started');
  });

  it('takes bands from kept records where there are any: an unsafe choice caps them, as in the debrief', async () => {
    const s = setup(compiledScenario(fixtureFile('visit.ink'), 'visit'));
    await s.controller.start('visit');
    s.follow(['Sit down', 'Keep it to yourself']);
    const record = buildRecord(s.debrief(), { learner: '', reflections: [], now: at(1) });
    expect(record.outcomes[0]).toMatchObject({ id: '1.4a', band: 'practice' });
    // Any unsafe option in a play caps both demonstrate outcomes, whatever it scored: 1.4c too.
    expect(record.outcomes[2]).toMatchObject({
      id: '1.4c',
      band: 'practice',
      critical: ['Keep it to yourself'],
    });
    // Progress saved before this rule kept a bare percentage (legacy): 90 alone reads as strong, so the records
    // kept on the device, which know every choice, decide.
    const progress: Progress = {
      visit: {
        finished: true,
        endings: ['talked-it-through'],
        best: standings({ '1.4a': 90, '1.4c': 100 }),
        lastPlayed: null,
        legacy: true,
      },
    };
    const visitCards = [{ id: 'visit', title: 'A short visit', outcomes: ['1.4a', '1.4c'] }];
    expect(buildOverview(progress, visitCards).outcomes[0]!.band).toBe('strong');
    const o = buildOverview(progress, visitCards, [record]).outcomes;
    expect(o[0]).toMatchObject({
      id: '1.4a',
      band: 'practice',
      practiceIn: ['A short visit'],
      next: { id: 'visit' },
    });
    expect(o[2]).toMatchObject({ id: '1.4c', band: 'practice', practiceIn: ['A short visit'] });
    // Progress made under today's rule keeps each play's capped band: a later clean play's strong band stands.
    const clean: Progress = {
      visit: {
        finished: true,
        endings: ['talked-it-through'],
        best: standings({ '1.4a': 90, '1.4c': 100 }),
        lastPlayed: null,
      },
    };
    expect(buildOverview(clean, visitCards, [record]).outcomes[2]).toMatchObject({
      id: '1.4c',
      band: 'strong',
      next: null,
    });
  });

  it('never says passed or achieved', () => {
    const o = buildOverview(
      {
        one: {
          finished: true,
          endings: [],
          best: standings({ '1.4a': 100, '1.4b': 100, '1.4c': 100, '1.4d': 100 }),
          lastPlayed: null,
        },
      },
      cards,
    );
    expect(JSON.stringify(o)).not.toMatch(/passed|achieved/i);
  });
});

/** Progress standings from percentages, banded as a play without unsafe options would be. */
function standings(percents: Record<string, number>): Record<string, OutcomeStanding> {
  return Object.fromEntries(
    Object.entries(percents).map(([id, percent]) => [
      id,
      { percent, band: bandFor(id, percent, NO_CRITICAL) },
    ]),
  );
}
