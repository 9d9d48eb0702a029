import { Story } from 'inkjs';
import { afterEach, describe, expect, it } from 'vitest';
import { Controller } from '../../src/app/controller';
import { Lookahead } from '../../src/presenter/lookahead';
import { Presenter, PRESS_GUARD_MS } from '../../src/presenter/presenter';
import { buildSessionRecord, recordText } from '../../src/presenter/record';
import { buildSnapshot } from '../../src/presenter/snapshot';
import { createPresenterStores } from '../../src/presenter/stores';
import { isToRoom, isToView, toRoom, toView } from '../../src/presenter/sync';
import { createSessionStore } from '../../src/state/session';
import type { InkStory } from '../../src/story/ink';
import type { CatalogueEntry, CompiledScenario } from '../../src/story/scenario';
import { checkCompiled } from '../../tools/checker/check';
import { fixtureCompiled, fixtureRegistries } from '../support/fixtures';
import { MemoryStorage } from '../support/memory-storage';

function scenario(): CompiledScenario {
  const c = fixtureCompiled('visit.ink');
  const report = checkCompiled(c, { registries: fixtureRegistries, bar: false });
  return {
    id: 'visit',
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

const globals = globalThis as { localStorage?: unknown; sessionStorage?: unknown };
afterEach(() => {
  delete globals.localStorage;
  delete globals.sessionStorage;
});

async function setup() {
  const compiled = scenario();
  const entry: CatalogueEntry = { ...compiled.meta, id: 'visit', load: async () => ({ default: compiled }) };
  const stores = createPresenterStores();
  const controller = new Controller({
    catalogue: [entry],
    session: stores.session,
    progress: stores.progress,
    settings: stores.settings,
    makeStory: (json) => new Story(json) as unknown as InkStory,
    captionFor: (id) => id,
    now: () => new Date('2026-11-25T14:05:00Z'),
    random: () => 0.5,
  });
  let clock = 0;
  const presenter = new Presenter({
    session: stores.session,
    presenter: stores.presenter,
    play: controller,
    now: () => clock,
  });
  presenter.follow();
  stores.presenter.setState({ phase: { name: 'room' } });
  await controller.start('visit');
  const screen = () => stores.session.getState().session!.screen;
  const session = () => stores.session.getState().session!;
  const state = () => stores.presenter.getState();
  /** A key press, long enough after the last that the press guard lets it through. */
  const press = (cmd: Parameters<Presenter['dispatch']>[0]) => {
    clock += PRESS_GUARD_MS + 1;
    return presenter.dispatch(cmd);
  };
  const toChoice = () => {
    for (let i = 0; i < 20 && screen().kind !== 'choices'; i += 1) press({ type: 'next' });
    return screen();
  };
  return {
    stores,
    controller,
    presenter,
    screen,
    session,
    state,
    press,
    toChoice,
    compiled,
    tick: (ms: number) => (clock += ms),
  };
}

describe('presenter mode', () => {
  it('puts a line’s trainer notes on the line screen (and none where there are none)', async () => {
    const p = await setup();
    expect(p.screen()).toEqual({
      kind: 'line',
      text: 'Mrs Kaur looks up from her chair.',
      speaker: null,
      pause: false,
    });
    p.press({ type: 'next' });
    expect(p.screen()).toMatchObject({ kind: 'line', notes: ['What would you say first?'] });
  });

  it('counts the room’s hands, plays the room’s choice, and reveals only when asked', async () => {
    const p = await setup();
    expect(p.toChoice().kind).toBe('choices');
    // Next with nothing counted asks whether to play without a vote; Back goes back to counting.
    p.press({ type: 'next' });
    expect(p.screen().kind).toBe('choices');
    expect(p.state().step).toEqual({ name: 'no-vote' });
    p.press({ type: 'back' });
    expect(p.state().step).toEqual({ name: 'count' });
    expect(p.state().history.cursor).toBeNull();
    p.press({ type: 'hand', option: 1, delta: 1 });
    p.press({ type: 'hand', option: 0, delta: 1 });
    p.press({ type: 'hand', option: 0, delta: 1 });
    p.press({ type: 'hand', option: 2, delta: 1 });
    p.press({ type: 'undo-hand' });
    expect(p.presenter.currentVote()!.tally.counts).toEqual([2, 1, 0]);
    expect(p.state().hint).toBeNull();
    expect(p.state().revealed).toBe(false);
    p.press({ type: 'reveal' }); // not before the count is confirmed
    expect(p.state().revealed).toBe(false);
    expect(p.state().hint).toMatch(/after the vote/);
    p.press({ type: 'next' }); // confirms the count: the room's choice is shown, nothing is played yet
    expect(p.state().step).toEqual({ name: 'confirm' });
    expect(p.screen().kind).toBe('choices');
    p.press({ type: 'next' });
    expect(p.screen()).toEqual({ kind: 'feedback', decision: 0 });
    expect(p.session().decisions[0]!.chosen).toBe(0);
    expect(p.state().votes[0]!.tally.counts).toEqual([2, 1, 0]);
    expect(p.state().revealed).toBe(false);
    p.press({ type: 'next' }); // a clicker's Next reveals first...
    expect(p.state().revealed).toBe(true);
    expect(p.screen().kind).toBe('feedback');
    p.press({ type: 'next' }); // ...then moves on, and the next screen starts unrevealed
    expect(p.screen()).toMatchObject({ kind: 'line', text: 'You sit down facing her.' });
    expect(p.state().revealed).toBe(false);
  });

  it('ignores a second press straight after a new screen (a bouncing clicker)', async () => {
    const p = await setup();
    p.press({ type: 'next' });
    const text = (p.screen() as { text: string }).text;
    p.presenter.dispatch({ type: 'next' });
    expect((p.screen() as { text: string }).text).toBe(text);
  });

  it('asks which option to play on a tie (Back offers the next tied option), and records a tie as a tie', async () => {
    const p = await setup();
    p.toChoice();
    p.press({ type: 'set-hands', option: 0, count: 4 });
    p.press({ type: 'set-hands', option: 2, count: 4 });
    expect(p.presenter.currentVote()!.tally.counts).toEqual([4, 0, 4]);
    p.press({ type: 'next' });
    expect(p.state().step).toEqual({ name: 'tie', offer: 0 });
    expect(p.state().pick).toBe(0);
    p.press({ type: 'back' }); // the other tied option
    expect(p.state().step).toEqual({ name: 'tie', offer: 1 });
    expect(p.state().pick).toBe(2);
    p.press({ type: 'back' }); // no more tied options: back to counting
    expect(p.state().step).toEqual({ name: 'count' });
    p.press({ type: 'next' });
    p.press({ type: 'back' });
    p.press({ type: 'next' });
    expect(p.session().decisions[0]!.chosen).toBe(2);
    const record = buildSessionRecord({
      scenarioId: 'visit',
      title: 'A short visit',
      startedAt: p.session().startedAt,
      ending: null,
      decisions: p.session().decisions,
      votes: p.state().votes,
      earlier: p.state().earlier,
      evidence: p.controller.evidence(),
    });
    expect(record.decisions[0]).toMatchObject({
      roomChoice: null,
      tied: [0, 2],
      played: 2,
      hands: 8,
      playedBest: false,
      roomBest: null,
    });
    expect(record).toMatchObject({ voted: 1, roomPickedBest: 0 });
    expect(recordText(record, (id) => id, 'UTC')).toContain('A tie between 1 and 3: the trainer played 3.');
  });

  it('steps back to earlier lines without undoing a choice, and forward to the live screen', async () => {
    const p = await setup();
    p.toChoice();
    p.press({ type: 'hand', option: 0, delta: 1 });
    p.press({ type: 'back' });
    expect(p.state().history.lines[p.state().history.cursor!]!.text).toBe('"What is happening tomorrow?"');
    p.press({ type: 'back' });
    expect(p.state().history.lines[p.state().history.cursor!]!.text).toBe(
      'Mrs Kaur looks up from her chair.',
    );
    p.press({ type: 'back' }); // stays on the first line
    expect(p.state().history.cursor).toBe(0);
    p.press({ type: 'next' });
    p.press({ type: 'next' });
    expect(p.state().history.cursor).toBeNull();
    expect(p.screen().kind).toBe('choices');
    expect(p.presenter.currentVote()!.tally.counts).toEqual([1, 0, 0]); // the count survived the look back
    p.press({ type: 'next' }); // confirm
    p.press({ type: 'next' }); // play
    p.press({ type: 'next' }); // reveal
    p.press({ type: 'next' }); // the line after
    p.press({ type: 'back' }); // after the choice: back shows lines, the decision stays made
    expect(p.session().decisions).toHaveLength(1);
  });

  it('goes back from the option played to its vote, so a wrong count can be put right', async () => {
    const p = await setup();
    p.toChoice();
    p.press({ type: 'set-hands', option: 1, count: 3 });
    p.press({ type: 'next' });
    p.press({ type: 'next' });
    expect(p.session().decisions[0]!.chosen).toBe(1);
    p.press({ type: 'next' }); // reveal
    p.press({ type: 'back' }); // Back hides the reveal first...
    expect(p.state().revealed).toBe(false);
    expect(p.screen().kind).toBe('feedback');
    p.press({ type: 'back' }); // ...then goes back to the vote, count kept
    expect(p.screen().kind).toBe('choices');
    expect(p.session().decisions).toHaveLength(0);
    expect(p.presenter.currentVote()!.tally.counts).toEqual([0, 3, 0]);
    expect(p.state().step).toEqual({ name: 'count' });
    p.press({ type: 'set-hands', option: 1, count: 1 });
    p.press({ type: 'set-hands', option: 0, count: 5 });
    p.press({ type: 'next' });
    p.press({ type: 'next' });
    expect(p.session().decisions[0]!.chosen).toBe(0);
    expect(p.state().votes[0]!.tally.counts).toEqual([5, 1, 0]);
    expect(p.state().earlier).toEqual([]);
  });

  it('plays a decision the plan leaves out straight through: the strongest option, one press, no count', async () => {
    const p = await setup();
    p.press({ type: 'vote-plan', plan: [2] }); // decision 1 is not put to the vote
    const s = p.toChoice();
    if (s.kind !== 'choices') throw new Error('no choice');
    const strongest = s.options.findIndex((o) => o.meta.rating === 'best');
    expect(strongest).toBeGreaterThanOrEqual(0);
    expect(p.state().step).toEqual({ name: 'straight' });
    expect(p.state().pick).toBe(strongest);
    p.press({ type: 'next' });
    expect(p.screen()).toEqual({ kind: 'feedback', decision: 0 });
    expect(p.session().decisions[0]!.chosen).toBe(strongest);
    const r = buildSessionRecord({
      scenarioId: 'visit',
      title: 'A short visit',
      startedAt: p.session().startedAt,
      ending: null,
      decisions: p.session().decisions,
      votes: p.state().votes,
      earlier: [],
      evidence: {},
      votePlan: p.state().votePlan,
    });
    expect(r.decisions[0]!.straight).toBe(true);
    expect(r.voted).toBe(0);
  });

  it('takes a vote after all at a decision left out: Back goes to counting, and so does a hand', async () => {
    const p = await setup();
    p.press({ type: 'vote-plan', plan: [] });
    p.toChoice();
    expect(p.state().step).toEqual({ name: 'straight' });
    p.press({ type: 'back' });
    expect(p.state().step).toEqual({ name: 'count' });
    p.press({ type: 'hand', option: 2, delta: 1 });
    p.press({ type: 'next' });
    expect(p.state().step).toEqual({ name: 'confirm' });
    p.press({ type: 'next' });
    expect(p.session().decisions[0]!.chosen).toBe(2);
  });

  it('corrects the count of any decision already played, from a later screen, without changing the story', async () => {
    const p = await setup();
    p.toChoice();
    p.press({ type: 'set-hands', option: 0, count: 4 });
    p.press({ type: 'next' });
    p.press({ type: 'next' });
    p.press({ type: 'next' }); // reveal
    p.press({ type: 'next' }); // on to the next line
    expect(p.screen().kind).toBe('line');
    const before = p.session().decisions.length;
    expect(p.press({ type: 'correct', decision: 0 })).toBe(true);
    expect(p.state().correcting).toBe(0);
    p.press({ type: 'correct-hands', decision: 0, option: 0, count: 2 });
    p.press({ type: 'correct-hands', decision: 0, option: 1, count: 3 });
    expect(p.state().votes[0]!.tally.counts).toEqual([2, 3, 0]);
    expect(p.session().decisions).toHaveLength(before);
    expect(p.session().decisions[0]!.chosen).toBe(0);
    // A decision not yet played cannot be corrected; closing the count is null.
    expect(p.press({ type: 'correct', decision: 5 })).toBe(false);
    expect(p.press({ type: 'correct-hands', decision: 5, option: 0, count: 1 })).toBe(false);
    p.press({ type: 'correct', decision: null });
    expect(p.state().correcting).toBeNull();
  });

  it('flags more hands than people when the trainer gave the room size', async () => {
    const p = await setup();
    p.press({ type: 'room-size', size: 15 });
    p.toChoice();
    p.press({ type: 'set-hands', option: 0, count: 16 });
    const snap = buildSnapshot({
      state: p.state(),
      session: p.session(),
      title: 'x',
      ahead: null,
      record: null,
    });
    expect(snap.overCount).toBe(true);
    p.press({ type: 'set-hands', option: 0, count: 15 });
    expect(
      buildSnapshot({ state: p.state(), session: p.session(), title: 'x', ahead: null, record: null })
        .overCount,
    ).toBe(false);
  });

  it('blanks the screen; any key brings it back without acting behind it', async () => {
    const p = await setup();
    p.press({ type: 'blank' });
    expect(p.state().blank).toBe(true);
    const before = p.session().transcript.length;
    p.press({ type: 'next' });
    expect(p.state().blank).toBe(false);
    expect(p.session().transcript.length).toBe(before);
    p.press({ type: 'help' });
    p.press({ type: 'next' });
    expect(p.state().help).toBe(false);
    expect(p.session().transcript.length).toBe(before);
  });

  it('goes back to an unsafe decision for the room to choose again, keeping the first try for the record', async () => {
    const p = await setup();
    p.toChoice();
    p.press({ type: 'hand', option: 0, delta: 1 });
    p.press({ type: 'next' });
    p.press({ type: 'next' });
    p.press({ type: 'next' });
    p.toChoice();
    p.press({ type: 'set-hands', option: 1, count: 6 }); // "Keep it to yourself" (critical)
    p.press({ type: 'next' });
    p.press({ type: 'next' });
    expect(p.press({ type: 'retry' })).toBe(false); // not before the reveal
    p.press({ type: 'next' }); // reveals
    expect(p.state().revealed).toBe(true);
    p.press({ type: 'next' }); // offers trying again...
    expect(p.state().step).toEqual({ name: 'unsafe', offer: 'retry' });
    p.press({ type: 'back' }); // ...or carrying on...
    expect(p.state().step).toEqual({ name: 'unsafe', offer: 'carry' });
    p.press({ type: 'back' });
    p.press({ type: 'next' });
    p.press({ type: 'next' }); // ...and a second Next on "try again" goes back to the vote
    expect(p.screen().kind).toBe('choices');
    expect(p.screen().kind).toBe('choices');
    expect(p.session().decisions).toHaveLength(1);
    expect(p.state().votes[1]).toBeUndefined();
    expect(p.state().earlier).toEqual([
      { decision: 1, played: 1, vote: { tally: { counts: [0, 6], log: [] }, pick: null } },
    ]);
    p.press({ type: 'hand', option: 0, delta: 1 });
    p.press({ type: 'next' });
    while (p.screen().kind !== 'ending') p.press({ type: 'next' });
    expect(p.state().earlier[0]!.vote!.tally.counts).toEqual([0, 6]);
    const record = buildSessionRecord({
      scenarioId: 'visit',
      title: 'A short visit',
      startedAt: p.session().startedAt,
      ending: (p.screen() as { ending: string }).ending,
      decisions: p.session().decisions,
      votes: p.state().votes,
      earlier: p.state().earlier,
      evidence: p.controller.evidence(),
    });
    // The decision the room had to vote on again does not count as a strong choice.
    expect(record).toMatchObject({ voted: 2, roomPickedBest: 1, ending: 'talked-it-through' });
    expect(record.decisions[1]!.earlier).toEqual([
      { played: 1, text: 'Keep it to yourself', hands: [0, 6], tied: [] },
    ]);
    expect(record.outcomes.map((o) => [o.id, o.bandLabel])).toEqual([
      ['1.4a', 'Strong evidence'],
      ['1.4c', 'Ready to discuss with your assessor'],
    ]);
    const text = recordText(record, (id) => id, 'UTC');
    expect(text).toContain('Date: Wednesday, 25 November 2026, 14:05');
    expect(text).toContain('Scenario: A short visit');
    expect(text).toContain("1. Sit down facing her - 1 hand (room's choice; played; strong)");
    expect(text).toContain(
      'First played: 2. Keep it to yourself (unsafe; first vote 0-6; the room tried again)',
    );
    expect(text).not.toMatch(/name:/i);
  });

  it('never reads or writes the device’s storage (the learner’s saves and progress stay as they were)', async () => {
    const local = new MemoryStorage();
    local.map.set('care-conversations:progress', '{"version":1,"data":{}}');
    const tab = new MemoryStorage();
    globals.localStorage = local;
    globals.sessionStorage = tab;
    const before = [...local.map.entries()];
    const p = await setup();
    p.toChoice();
    p.press({ type: 'hand', option: 0, delta: 1 });
    p.press({ type: 'next' });
    while (p.screen().kind !== 'ending') {
      if (p.screen().kind === 'choices') p.press({ type: 'hand', option: 0, delta: 1 });
      p.press({ type: 'next' });
    }
    expect(p.stores.progress.getState().visit?.finished).toBe(true); // in memory only
    expect([...local.map.entries()]).toEqual(before);
    expect(tab.map.size).toBe(0);
  });

  it('builds the presenter view’s snapshot with what the room cannot see and what comes next', async () => {
    const p = await setup();
    const look = new Lookahead(() => new Story(p.compiled.json) as unknown as InkStory);
    p.press({ type: 'next' });
    // On the line before the decision: the next beat is the choice itself.
    let ahead = look.from(p.session().save.inkState);
    expect(ahead.next).toEqual({
      kind: 'choices',
      options: ['Sit down facing her', 'Answer from the doorway', 'Say nothing yet'],
    });
    p.press({ type: 'next' });
    p.press({ type: 'hand', option: 1, delta: 1 });
    ahead = look.from(p.session().save.inkState);
    expect(ahead.after[0]).toEqual({ kind: 'line', speaker: 'you', text: 'You sit down facing her.' });
    expect(ahead.after[1]).toEqual({ kind: 'line', speaker: null, text: 'Sam comes in.' });
    const snap = buildSnapshot({
      state: p.state(),
      session: p.session(),
      title: 'A short visit',
      ahead,
      record: null,
    });
    expect(snap).toMatchObject({
      phase: 'room',
      screen: 'choices',
      decision: 1,
      hands: 1,
      notes: ['What would you say first?'],
      revealed: false,
    });
    expect(snap.options.map((o) => [o.meta.rating, o.hands, o.roomChoice, o.toPlay])).toEqual([
      ['best', 0, false, false],
      ['poor', 1, true, true],
      ['ok', 0, false, false],
    ]);
    expect(snap.options[0]!.meta.feedback).toMatch(/lip-read/);
    // The live story did not move while looking ahead.
    expect(p.screen().kind).toBe('choices');
    p.press({ type: 'next' });
    p.press({ type: 'next' });
    expect(p.session().decisions[0]!.chosen).toBe(1);
    // Messages check out only with the right shape and version.
    const message = JSON.parse(JSON.stringify(toView.snapshot(3, snap)));
    expect(isToView(message)).toBe(true);
    expect(isToView({ ...message, v: 2 })).toBe(false);
    expect(isToRoom(toRoom.command({ type: 'hand', option: 0, delta: 1 }))).toBe(true);
    expect(isToRoom({ v: 1, type: 'command', command: { type: 'format-disk' } })).toBe(false);
  });

  it('keeps loading saves without notes, and drops a damaged notes list rather than the game', async () => {
    const storage = new MemoryStorage();
    const a = createSessionStore(storage, () => undefined);
    const p = await setup();
    p.press({ type: 'next' });
    a.setState({ session: p.session() });
    const raw = JSON.parse(storage.map.get('care-conversations:session')!);
    expect(createSessionStore(storage, () => undefined).getState().session!.screen).toMatchObject({
      notes: ['What would you say first?'],
    });
    raw.data.session.screen.notes = [42];
    storage.map.set('care-conversations:session', JSON.stringify(raw));
    const loaded = createSessionStore(storage, () => undefined).getState().session!;
    expect(loaded.screen).toEqual({
      kind: 'line',
      text: '"What is happening tomorrow?"',
      speaker: 'kaur',
      pause: false,
    });
  });
});
