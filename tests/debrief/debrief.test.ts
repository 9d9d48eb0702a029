import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/debrief/debrief';
import { repairPreviousEvidence, snapshotBeforeRetry } from '../../src/debrief/replay';
import { oneLine } from '../../src/debrief/words';
import { createSessionStore } from '../../src/state/session';
import { MemoryStorage } from '../support/memory-storage';
import { compiledScenario, fixtureFile, setup, storyFile } from './support';

const visit = () => compiledScenario(fixtureFile('visit.ink'), 'visit');

describe('building the debrief from a session', () => {
  it('gives evidence per outcome, every decision with a better option, the route and trust', async () => {
    const s = setup(visit());
    await s.controller.start('visit');
    expect(s.follow(['Sit down facing her', 'Keep it to yourself'])).toEqual({
      kind: 'ending',
      ending: 'talked-it-through',
    });
    const d = s.debrief();

    expect(d.finished).toBe(true);
    expect(d.title).toBe('A short visit');
    expect(d.endingWords).toBe('Talked it through');
    const byId = Object.fromEntries(d.outcomes.map((o) => [o.id, o]));
    // The critical option (which scored 1.4a only) caps both demonstrate outcomes too: 100% at 1.4c is not
    // "ready to discuss" after an unsafe choice, and the debrief names the choice to talk through.
    expect(byId['1.4c']).toMatchObject({
      band: 'practice',
      bandWords: 'Needs more practice',
      rehearsal: true,
      percent: 100,
      best: 1,
      critical: ['Keep it to yourself'],
    });
    // The critical option caps 1.4a whatever its percentage.
    expect(byId['1.4a']).toMatchObject({
      band: 'practice',
      bandWords: 'Needs more practice',
      rehearsal: false,
      critical: ['Keep it to yourself'],
    });
    expect(byId['1.4b']).toMatchObject({ decisions: 0 });
    expect(d.outcomes.map((o) => o.meaning.length > 20)).toEqual([true, true, true, true]);

    expect(d.decisions).toHaveLength(2);
    expect(d.decisions[0]).toMatchObject({
      index: 0,
      situation: '"What is happening tomorrow?"',
      chosen: { text: 'Sit down facing her', level: 'best', words: 'A strong choice', outcomes: ['1.4c'] },
      better: null,
      critical: false,
      risk: null,
      canReplay: true,
    });
    expect(d.decisions[1]).toMatchObject({
      chosen: { text: 'Keep it to yourself', level: 'critical', words: 'Unsafe: this could cause harm' },
      better: {
        text: 'Tell Sam her hearing aid is not on her record',
        level: 'best',
        feedback: 'Passing it on keeps everyone safe.',
      },
      critical: true,
      risk: 'The next shift will not know.',
    });
    expect(d.counts).toEqual({ best: 1, ok: 0, poor: 0, critical: 1 });

    expect(d.route.steps.map((st) => [st.number, st.onBestRoute, st.level])).toEqual([
      [1, true, 'best'],
      [2, false, 'critical'],
    ]);
    expect(d.route.onBest).toBe(1);
    expect(d.route.endings).toEqual([{ id: 'talked-it-through', words: 'Talked it through', status: 'now' }]);

    expect(d.trust).toEqual([
      {
        who: 'kaur',
        name: 'Mrs Kaur',
        points: [0, 1, 1],
        ups: [1],
        downs: [],
        words: "Mrs Kaur's trust in you grew to +1 (up at decision 1).",
      },
    ]);
    expect(d.comparison).toBeNull();
  });

  it('offers the best option as the better one, and an ok choice is better than a poor one', async () => {
    const s = setup(visit());
    await s.controller.start('visit');
    s.follow(['Answer from the doorway', 'Tell Sam']);
    const d = s.debrief();
    expect(d.decisions[0]!.chosen.level).toBe('poor');
    expect(d.decisions[0]!.better?.text).toBe('Sit down facing her');
    expect(d.route.steps[0]!.bestText).toBe('Sit down facing her');
    expect(d.trust[0]!.words).toBe("Mrs Kaur's trust in you did not change.");
  });

  it('marks endings reached on earlier plays, and keeps unfound endings unnamed in status', () => {
    const d = buildDebrief({
      session: {
        scenarioId: 'x',
        decisions: [],
        screen: { kind: 'ending', ending: 'b' },
        startedAt: '2026-01-01T00:00:00.000Z',
      },
      scenario: { title: null, ranges: {}, endings: ['a', 'b', 'c'] },
      cast: {},
      endingsSeen: ['a', 'b'],
    });
    expect(d.route.endings.map((e) => e.status)).toEqual(['before', 'now', 'not-yet']);
    expect(d.title).toBe('X');
  });

  it('puts each situation on one line', () => {
    expect(oneLine('  "Hello,\n   there."  ')).toBe('"Hello, there."');
    const long = 'word '.repeat(80);
    const line = oneLine(long);
    expect(line.length).toBeLessThanOrEqual(160);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('trying a decision again from the debrief', () => {
  it('keeps the finished route, and the next ending shows before and after per outcome', async () => {
    const s = setup(visit());
    await s.controller.start('visit');
    s.follow(['Sit down facing her', 'Keep it to yourself']);
    s.tryAgain(1);
    expect(s.session().screen.kind).toBe('choices');
    expect(s.session().previousEvidence).toMatchObject({
      ending: 'talked-it-through',
      decision: 1,
      replays: [{ decision: 1, text: 'Keep it to yourself', level: 'critical' }],
    });
    // Mid-route there is no comparison yet: only at the next ending.
    expect(s.debrief().comparison).toBeNull();
    s.follow(['Tell Sam']);
    const d = s.debrief();
    expect(d.comparison).toMatchObject({
      decisionNumber: 2,
      endingBefore: 'talked-it-through',
      endingNow: 'talked-it-through',
    });
    const a = d.comparison!.rows.find((r) => r.id === '1.4a')!;
    expect(a).toMatchObject({
      before: { band: 'practice' },
      after: { band: 'strong', percent: 100 },
      change: 'up',
    });
    expect(d.comparison!.rows.find((r) => r.id === '1.4c')!.change).toBe('same');
    expect(d.decisions[1]).toMatchObject({
      chosen: { text: 'Tell Sam her hearing aid is not on her record' },
      replayed: { text: 'Keep it to yourself', level: 'critical' },
    });
    expect(d.decisions[0]!.replayed).toBeNull();
    expect(d.outcomes.find((o) => o.id === '1.4a')!.before).toMatchObject({ band: 'practice' });
  });

  it('forgets replay marks on decisions that were played afresh', async () => {
    const s = setup(visit());
    await s.controller.start('visit');
    s.follow(['Sit down facing her', 'Keep it to yourself']);
    s.tryAgain(1);
    s.follow(['Tell Sam']);
    s.tryAgain(0);
    expect(s.session().previousEvidence!.replays).toEqual([
      { decision: 0, text: 'Sit down facing her', level: 'best' },
    ]);
    s.follow(['Say nothing yet', 'Tell Sam']);
    const d = s.debrief();
    expect(d.decisions.map((x) => x.replayed?.text ?? null)).toEqual(['Sit down facing her', null]);
    expect(d.comparison!.rows.find((r) => r.id === '1.4c')!.change).toBe('down');
  });

  it('survives a reload: previousEvidence is saved and repaired with the session', async () => {
    const storage = new MemoryStorage();
    const s = setup(visit(), storage);
    await s.controller.start('visit');
    s.follow(['Sit down facing her', 'Keep it to yourself']);
    s.tryAgain(1);
    const reloaded = createSessionStore(storage, () => undefined).getState().session!;
    expect(reloaded.previousEvidence).toEqual(s.session().previousEvidence);
  });

  it('repairs or drops damaged saved comparisons', () => {
    expect(repairPreviousEvidence(null)).toBeNull();
    expect(repairPreviousEvidence({ decision: -1, outcomes: {} })).toBeNull();
    expect(
      repairPreviousEvidence({
        ending: 'x',
        decision: 2,
        outcomes: {
          '1.4a': { sum: 3, percent: 140, band: 'great' },
          '9.9z': { sum: 1, percent: 1, band: 'some' },
        },
        replays: [{ decision: 2, text: 'Hi', level: 'best' }, { decision: 'two' }],
      }),
    ).toEqual({
      ending: 'x',
      decision: 2,
      outcomes: { '1.4a': { sum: 3, percent: 100, band: 'practice' } },
      replays: [{ decision: 2, text: 'Hi', level: 'best' }],
    });
    const s = setup(visit());
    expect(
      snapshotBeforeRetry(
        { decisions: [], screen: { kind: 'ending', ending: null } },
        s.controller.evidence(),
        0,
      ),
    ).toBeNull();
  });
});

interface Plan {
  name: string;
  choices: string[];
  ending: string;
  evidence: Record<string, number>;
  criticals?: number;
}

describe('debriefs of the shipped scenarios, played by their plans', () => {
  for (const id of ['nothing-after-midnight', 'dads-not-going-anywhere', 'found-on-the-floor']) {
    const { plans } = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'plans', `${id}.plans.json`), 'utf8'),
    ) as { plans: Plan[] };
    const scenario = compiledScenario(storyFile(id), id);
    for (const plan of plans) {
      it(`${id}: ${plan.name}`, async () => {
        const s = setup(scenario);
        await s.controller.start(id);
        expect(s.follow(plan.choices)).toEqual({ kind: 'ending', ending: plan.ending });
        const d = s.debrief();
        expect(d.decisions).toHaveLength(plan.choices.length);
        expect(Object.fromEntries(d.outcomes.map((o) => [o.id, o.sum]))).toEqual(plan.evidence);
        if (plan.criticals !== undefined) {
          expect(d.counts.critical).toBe(plan.criticals);
          expect(d.decisions.filter((x) => x.critical).every((x) => x.risk && x.better)).toBe(true);
        }
        if (plan.name === 'best path') {
          expect(d.route.onBest).toBe(plan.choices.length);
          expect(d.outcomes.every((o) => o.band === 'strong')).toBe(true);
        }
        // Every decision that was not the best names a better option, with why.
        for (const x of d.decisions) if (x.chosen.level !== 'best') expect(x.better?.feedback).toBeTruthy();
        expect(
          d.decisions.every(
            (x) => x.situation.length > 0 && x.situation.length <= 160 && !x.situation.includes('\n'),
          ),
        ).toBe(true);
        expect(d.trust.length).toBeGreaterThan(0);
        for (const t of d.trust) expect(t.points).toHaveLength(plan.choices.length + 1);
        expect(d.route.endings.find((e) => e.id === plan.ending)?.status).toBe('now');
        expect(d.route.endings.length).toBe(scenario.endings.length);
      });
    }
  }
});
