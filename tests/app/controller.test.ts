import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/app/controller';
import { nextTask } from '../../src/app/next-task';
import type { CatalogueEntry, CompiledScenario } from '../../src/story/scenario';
import { checkCompiled } from '../../tools/checker/check';
import { fixtureCompiled, fixtureRegistries } from '../support/fixtures';
import { MemoryStorage } from '../support/memory-storage';
import { storesAndInk } from '../support/controller-deps';

function scenario(file: string, id = 'visit'): CompiledScenario {
  const c = fixtureCompiled(file);
  const report = checkCompiled(c, { registries: fixtureRegistries, bar: false });
  return {
    id,
    hash: c.hash,
    meta: {
      title: 'A short visit',
      summary: null,
      minutes: 2,
      outcomes: ['1.4a', '1.4c'],
      location: 'lounge',
      cast: [],
      contentNote: null,
    },
    ranges: Object.fromEntries(
      Object.entries(report.outcomes).map(([k, o]) => [k, { min: o.min, max: o.max }]),
    ),
    endings: report.endings,
    json: c.json,
  };
}

function setup(file = 'visit.ink', storage = new MemoryStorage()) {
  let current = scenario(file);
  const entry: CatalogueEntry = { ...current.meta, id: 'visit', load: async () => ({ default: current }) };
  const told: string[] = [];
  const sounds: string[] = [];
  const deps = {
    catalogue: [entry],
    ...storesAndInk(storage),
    captionFor: (id: string) => `caption for ${id}`,
    sound: {
      sfx: (id: string) => sounds.push(`sfx:${id}`),
      ambience: (id: string | null) => sounds.push(`amb:${id}`),
    },
    tell: (m: string) => told.push(m),
    now: () => new Date('2026-11-25T12:00:00Z'),
    random: () => 0.5,
  };
  const controller = new Controller(deps);
  return { controller, deps, told, sounds, storage, swap: (f: string) => (current = scenario(f)) };
}

const screen = (s: ReturnType<typeof setup>) => s.deps.session.getState().session!.screen;

/** Continue through lines until a choice point or the end. */
function toChoice(s: ReturnType<typeof setup>) {
  while (screen(s).kind === 'line' || screen(s).kind === 'feedback') s.controller.continue();
  return screen(s);
}

describe('Controller', () => {
  it('starts a scenario at its first line, with the stage, captions and sound cues', async () => {
    const s = setup();
    expect(await s.controller.start('visit')).toBe(true);
    expect(screen(s)).toEqual({
      kind: 'line',
      text: 'Mrs Kaur looks up from her chair.',
      speaker: null,
      pause: false,
    });
    const session = s.deps.session.getState().session!;
    expect(session.stage).toMatchObject({
      location: 'lounge',
      ambience: 'lounge',
      people: [{ id: 'kaur', mood: 'worried' }],
    });
    expect(s.sounds).toEqual(['amb:lounge']);
    s.controller.continue();
    expect(s.deps.session.getState().session!.transcript.slice(-2)).toEqual([
      { kind: 'caption', text: 'caption for call-bell' },
      { kind: 'line', text: '"What is happening tomorrow?"', speaker: 'kaur' },
    ]);
    expect(s.sounds).toEqual(['amb:lounge']); // a sound starts in the task after its line's
    await nextTask();
    expect(s.sounds).toContain('sfx:call-bell');
    expect(s.deps.progress.getState().visit?.lastPlayed).toBe('2026-11-25T12:00:00.000Z');
  });

  it("does not start a line's sound once the learner has left the conversation", async () => {
    const s = setup();
    await s.controller.start('visit');
    s.controller.continue(); // the line with the call bell
    s.controller.leave();
    await nextTask();
    expect(s.sounds).toEqual(['amb:lounge', 'amb:null']);
  });

  it('records a decision, shows feedback, and plays on to the ending with evidence and progress', async () => {
    const s = setup();
    await s.controller.start('visit');
    expect(toChoice(s).kind).toBe('choices');
    s.controller.choose(0);
    expect(screen(s)).toEqual({ kind: 'feedback', decision: 0 });
    expect(s.deps.session.getState().session!.decisions[0]).toMatchObject({
      chosen: 0,
      situation: '"What is happening tomorrow?"',
    });
    toChoice(s);
    s.controller.choose(0);
    toChoice(s);
    expect(screen(s)).toEqual({ kind: 'ending', ending: 'talked-it-through' });
    const e = s.controller.evidence();
    expect(e['1.4a']).toMatchObject({ sum: 2, percent: 100, band: 'strong' });
    expect(e['1.4c']).toMatchObject({ sum: 2, percent: 100 });
    expect(s.deps.progress.getState().visit).toMatchObject({
      finished: true,
      endings: ['talked-it-through'],
      best: { '1.4a': { percent: 100, band: 'strong' } },
    });
  });

  it('skips feedback when instant feedback is off, except after a critical option', async () => {
    const s = setup();
    s.deps.settings.setState({ instantFeedback: false });
    await s.controller.start('visit');
    toChoice(s);
    s.controller.choose(1);
    expect(screen(s).kind).toBe('line');
    toChoice(s);
    s.controller.choose(1); // "Keep it to yourself" is critical
    expect(screen(s)).toEqual({ kind: 'feedback', decision: 1 });
  });

  it('stores a choice and the line after it as one change (one render, one save)', async () => {
    const s = setup();
    s.deps.settings.setState({ instantFeedback: false });
    await s.controller.start('visit');
    toChoice(s);
    const seen: string[] = [];
    const stop = s.deps.session.subscribe((st) => seen.push(st.session!.screen.kind));
    s.controller.choose(1);
    stop();
    expect(seen).toEqual(['line']);
    const session = s.deps.session.getState().session!;
    expect(session.decisions).toHaveLength(1);
    expect(session.transcript.at(-2)).toMatchObject({ kind: 'choice' });
    expect(session.save.choiceLog).toHaveLength(1);
  });

  it('winds back to a decision to try it again', async () => {
    const s = setup();
    await s.controller.start('visit');
    toChoice(s);
    s.controller.choose(0);
    toChoice(s);
    s.controller.choose(1);
    const before = s.deps.session.getState().session!;
    s.controller.retry(1);
    const after = s.deps.session.getState().session!;
    expect(after.decisions).toHaveLength(1);
    expect(after.transcript.length).toBe(before.decisions[1]!.transcriptLength);
    expect(after.screen.kind).toBe('choices');
    s.controller.choose(0);
    toChoice(s);
    expect(s.controller.evidence()['1.4a']!.sum).toBe(2);
  });

  it('ignores a second choose on the same decision (double tap)', async () => {
    const s = setup();
    s.deps.settings.setState({ instantFeedback: false });
    await s.controller.start('visit');
    toChoice(s);
    s.controller.choose(0);
    s.controller.choose(1);
    expect(s.deps.session.getState().session!.decisions).toHaveLength(1);
  });

  it('continues a saved game from storage exactly where it was', async () => {
    const storage = new MemoryStorage();
    const a = setup('visit.ink', storage);
    await a.controller.start('visit');
    toChoice(a);
    a.controller.choose(0);
    a.controller.continue();
    a.controller.continue();
    const saved = a.deps.session.getState().session!;
    const b = setup('visit.ink', storage);
    expect(await b.controller.resume()).toBe(true);
    expect(b.deps.session.getState().session).toEqual(saved);
    toChoice(b);
    b.controller.choose(0);
    toChoice(b);
    expect(screen(b)).toEqual({ kind: 'ending', ending: 'talked-it-through' });
    expect(b.controller.evidence()['1.4c']!.sum).toBe(2);
  });

  it('replays the choices when the story changed since saving, with the new words', async () => {
    const storage = new MemoryStorage();
    const a = setup('visit.ink', storage);
    await a.controller.start('visit');
    toChoice(a);
    a.controller.choose(0);
    a.controller.continue();
    const b = setup('visit.ink', storage);
    b.swap('visit-edited.ink');
    expect(await b.controller.resume()).toBe(true);
    const session = b.deps.session.getState().session!;
    expect(session.transcript[0]).toEqual({
      kind: 'line',
      text: 'Mrs Kaur looks up from her chair, smiling.',
      speaker: null,
    });
    expect(session.decisions.map((d) => d.options[d.chosen]!.text)).toEqual(['Sit down facing her']);
    expect(b.told).toEqual([]);
  });

  it('says so, and keeps the save, when a saved decision is gone from the story', async () => {
    const storage = new MemoryStorage();
    const a = setup('visit.ink', storage);
    await a.controller.start('visit');
    toChoice(a);
    a.controller.choose(2); // "Say nothing yet" does not exist in the edited story
    const b = setup('visit.ink', storage);
    b.swap('visit-edited.ink');
    expect(await b.controller.resume()).toBe(true);
    expect(b.told[0]).toMatch(/followed up to decision 1/);
    expect(screen(b).kind).toBe('choices');
  });

  it('shows a runtime error as an error screen, not a crash', async () => {
    const s = setup('runtime-error.ink');
    await s.controller.start('visit');
    toChoice(s);
    s.controller.choose(0);
    toChoice(s);
    expect(screen(s)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('Cannot perform operation'),
    });
  });

  it('tells the learner when a scenario cannot be loaded, and changes nothing', async () => {
    const s = setup();
    s.deps.catalogue[0]!.load = () => Promise.reject(new Error('offline'));
    expect(await s.controller.start('visit')).toBe(false);
    expect(s.told[0]).toMatch(/could not be loaded/);
    expect(await s.controller.start('nope')).toBe(false);
    expect(s.deps.session.getState().session).toBeNull();
  });
});
