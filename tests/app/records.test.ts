import { describe, expect, it } from 'vitest';
import { createRecords } from '../../src/app/records';
import { GUEST } from '../../src/state/profiles';
import { createReflectionsStore } from '../../src/state/reflections';
import { compiledScenario, fixtureFile, setup } from '../debrief/support';
import { MemoryStorage } from '../support/memory-storage';

async function finishedPlay() {
  const scenario = compiledScenario(fixtureFile('visit.ink'), 'visit');
  const s = setup(scenario);
  await s.controller.start('visit');
  s.follow(['Sit down facing her', 'Keep it to yourself']);
  const records = createRecords({
    catalogue: [],
    current: () => s.controller.current,
    progress: s.deps.progress,
    reflections: createReflectionsStore(new MemoryStorage(), () => undefined),
    profile: () => GUEST,
  });
  return { s, records };
}

describe("a play's debrief and record", () => {
  it('builds the debrief once for the summary and the kept record, even after progress notes the ending', async () => {
    const { s, records } = await finishedPlay();
    // The controller notes the ending in progress as the play ends; the summary's debrief may be built before that.
    const session = s.session();
    const noted = s.deps.progress.getState().visit!;
    expect(noted.endings).toEqual(['talked-it-through']);
    s.deps.progress.setState({ visit: { ...noted, endings: [] } });
    const shown = records.debrief(session);
    s.deps.progress.setState({ visit: noted });
    expect(records.debrief(session)).toBe(shown);
    records.keep(session);
    const kept = Object.values(records.reflections.getState().records);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.scenario.id).toBe('visit');
    expect(shown.route.endings.find((e) => e.id === 'talked-it-through')?.status).toBe('now');
  });

  it('builds it again when the session changes or another ending has been seen since', async () => {
    const { s, records } = await finishedPlay();
    const session = s.session();
    const first = records.debrief(session);
    s.deps.progress.setState((p) => ({ ...p, visit: { ...p.visit!, endings: ['walked-away'] } }));
    const again = records.debrief(session);
    expect(again).not.toBe(first);
    expect(again).toEqual(first); // this story has one ending, so nothing else shows the difference
    const felt = { ...session, decisions: session.decisions.map((d) => ({ ...d, felt: 'heard' as const })) };
    expect(records.debrief(felt)).not.toBe(again);
  });
});
