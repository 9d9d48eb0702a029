// Presenter mode's shell over the real composition (createGame, the Presenter, the room's run): the room screen is
// rebuilt when a hand is counted and not for the sound setting; the clicker's keys drive it; a scenario card, the
// room and the list each mark the body as the browser tests expect.
import { afterEach, describe, expect, it } from 'vitest';
import { presenterParts } from '../../src/app/presenter';
import { createPresenterStores } from '../../src/presenter/stores';
import { listNumbers, slotPlan } from '../../src/presenter/vote-plan';
import { mountPresenter } from '../../src/ui/presenter/shell';
import { entry, STORY } from './support/learner';
import { nextTasks } from './support/tasks';

afterEach(() => document.body.replaceChildren());

const press = (key: string) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

async function room() {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const parts = presenterParts([entry], createPresenterStores(), () => undefined);
  mountPresenter(root, parts);
  return { stores: parts.stores, game: parts.game, room: parts.room };
}

describe('the presenter shell', () => {
  it('goes from the list to the card to the room, and counts hands at a decision', async () => {
    const { stores, game, room: r } = await room();
    expect(document.body.dataset.view).toBe('presenter-start');
    r.choose(STORY);
    await nextTasks(); // a new view is built in the task after the change
    expect(document.body.dataset.view).toBe('presenter-before');
    await r.start(STORY);
    await nextTasks();
    expect(document.body.dataset.view).toBe('presenter-room');
    // Lines are moved past directly: the clicker's Next is guarded against a double press, which a test would wait on.
    const { controller } = game;
    while (stores.session.getState().session!.screen.kind === 'line') controller.continue();
    expect(stores.session.getState().session!.screen.kind).toBe('choices');
    const main = document.querySelector('main')!;
    const before = main.innerHTML;
    press('2');
    press('2');
    expect(document.querySelector('main')!.textContent).toContain('2 hands');
    expect(main.innerHTML).not.toBe(before);
    const counted = main.innerHTML;
    stores.settings.setState({ volume: 0.2 });
    expect(main.innerHTML).toBe(counted);
  });

  it('answers a clicker on the list and the card, and says what Next does at each step of a vote', async () => {
    const { stores, game } = await room();
    press('PageDown'); // the list: opens the card offered (the only scenario here)
    await nextTasks();
    expect(document.body.dataset.view).toBe('presenter-before');
    expect(document.getElementById('pm-length')!.textContent).toMatch(/About|With a room/);
    press('PageUp'); // the card: back to the list
    await nextTasks();
    expect(document.body.dataset.view).toBe('presenter-start');
    expect(stores.presenter.getState().phase).toEqual({ name: 'start', last: STORY });
    // Two quick presses: the second acts on the card the first opened, though it is not built yet.
    press('PageDown');
    press('PageDown'); // the card: starts
    await expect.poll(() => document.body.dataset.view).toBe('presenter-room');
    while (stores.session.getState().session!.screen.kind === 'line') game.controller.continue();
    const foot = () => document.getElementById('pm-vote-foot')!.textContent;
    expect(foot()).toMatch(/press 1 to \d to count them, then Next/);
    expect(document.querySelector('.pm-discuss')).toBeNull(); // the card waits for the reveal
    press('1');
    press('2');
    await new Promise((r) => setTimeout(r, 300)); // the press guard after a new screen
    press('PageDown');
    expect(foot()).toMatch(
      /^A tie between 1 and 2: which option\? Next plays option 1; Back offers option 2\./,
    );
    expect(document.querySelector('.pm-tag')).toBeNull(); // a tie has no "Room's choice"
    press('PageUp');
    expect(foot()).toMatch(/Next plays option 2; Back goes back to counting/);
  });

  it('lets the trainer choose on the card which decisions the room votes on, and plays the rest straight through', async () => {
    const { stores, game, room: r } = await room();
    r.choose(STORY);
    await nextTasks();
    // The decisions on the scenario's routes come with the story, loaded when the card opens.
    await expect.poll(() => stores.presenter.getState().routeDecisions).not.toBeNull();
    const range = stores.presenter.getState().routeDecisions!;
    const pressed = (id: string) => document.getElementById(id)!.getAttribute('aria-pressed');
    const text = () => document.getElementById('pm-plan-text')!.textContent;
    expect(pressed('pm-plan-all')).toBe('true');
    expect(text()).toMatch(/^The room votes on every decision\./);
    expect(document.querySelectorAll('.pm-plan-decision')).toHaveLength(range.max);
    // The 30-minute preset: as many votes as fit, from the first decision to the last.
    const slot = slotPlan(range.min)!;
    expect(slot.length).toBeLessThan(range.min);
    (document.getElementById('pm-plan-slot') as HTMLButtonElement).click();
    expect(stores.presenter.getState().votePlan).toEqual(slot);
    expect(pressed('pm-plan-slot')).toBe('true');
    expect(pressed('pm-plan-all')).toBe('false');
    expect(text()).toContain(`decisions ${listNumbers(slot)} of ${range.max}`);
    expect(text()).toMatch(/about \d+ minutes with a room/);
    for (let n = 1; n <= range.max; n += 1)
      expect(pressed(`pm-plan-${n}`)).toBe(slot.includes(n) ? 'true' : 'false');
    // A decision turned on by hand.
    (document.getElementById('pm-plan-2') as HTMLButtonElement).click();
    expect(stores.presenter.getState().votePlan).toEqual([...slot, 2].sort((a, b) => a - b));
    expect(pressed('pm-plan-2')).toBe('true');
    expect(pressed('pm-plan-slot')).toBe('false');
    (document.getElementById('pm-plan-slot') as HTMLButtonElement).click();
    // Starting keeps the plan; decision 2 is not voted on, so Next plays the strongest option at once.
    await r.start(STORY);
    await nextTasks();
    expect(stores.presenter.getState().votePlan).toEqual(slot);
    const session = () => stores.session.getState().session!;
    while (session().screen.kind !== 'choices') game.controller.continue();
    expect(stores.presenter.getState().step).toEqual({ name: 'count' }); // decision 1 is voted on
    game.controller.choose(0);
    while (session().screen.kind !== 'choices') game.controller.continue();
    expect(stores.presenter.getState().step).toEqual({ name: 'straight' });
    const screen = session().screen;
    if (screen.kind !== 'choices') throw new Error('no choice');
    const best = screen.options.findIndex((o) => o.meta.rating === 'best');
    expect(document.getElementById('pm-vote-foot')!.textContent).toContain(
      `Next plays option ${best + 1}, the strongest`,
    );
    expect(document.getElementById('pm-total')!.textContent).toBe('Played straight through');
  });

  it('corrects a count from the group debrief, for any decision, and the record follows', async () => {
    const { stores, game, room: r } = await room();
    await r.start(STORY);
    await nextTasks();
    const session = () => stores.session.getState().session!;
    for (let i = 0; i < 400 && session().screen.kind !== 'ending'; i += 1) {
      if (session().screen.kind === 'choices') game.controller.choose(0);
      else game.controller.continue();
    }
    expect(session().screen.kind).toBe('ending');
    const made = session().decisions.length;
    expect(made).toBeGreaterThan(2);
    const last = made; // any decision: the last one here, long after it was played
    expect(document.querySelector(`#pm-decision-${last} .pm-verdict`)!.textContent).toMatch(/No vote taken/);
    (document.getElementById(`pm-correct-${last}`) as HTMLButtonElement).click();
    const box = (o: number) => document.getElementById(`pm-fix-${last}-${o}`) as HTMLInputElement;
    expect(box(1).value).toBe('0');
    box(2).value = '7';
    box(2).dispatchEvent(new Event('change'));
    box(1).value = '2';
    box(1).dispatchEvent(new Event('change'));
    expect(stores.presenter.getState().votes[last - 1]!.tally.counts.slice(0, 2)).toEqual([2, 7]);
    const card = () => document.getElementById(`pm-decision-${last}`)!.textContent;
    expect(card()).toContain('7 hands');
    expect(card()).toContain('The room chose option 2');
    expect(document.getElementById('pm-record-plan')!.textContent).toMatch(/every decision/);
    // The story is as it was: the option played stays played.
    expect(session().decisions).toHaveLength(made);
    expect(session().decisions[last - 1]!.chosen).toBe(0);
    (document.getElementById(`pm-correct-${last}`) as HTMLButtonElement).click();
    expect(stores.presenter.getState().correcting).toBeNull();
    expect(document.getElementById(`pm-fix-${last}-1`)).toBeNull();
  });
});
