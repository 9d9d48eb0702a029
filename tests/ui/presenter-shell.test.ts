// Presenter mode's shell over the real composition (createGame, the Presenter, the room's run): the room screen is
// rebuilt when a hand is counted and not for the sound setting; the clicker's keys drive it; a scenario card, the
// room and the list each mark the body as the browser tests expect.
import { afterEach, describe, expect, it } from 'vitest';
import { presenterParts } from '../../src/app/presenter';
import { createPresenterStores } from '../../src/presenter/stores';
import { mountPresenter } from '../../src/ui/presenter/shell';
import { entry, STORY } from './support/learner';

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
    expect(document.body.dataset.view).toBe('presenter-before');
    await r.start(STORY);
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
    expect(document.body.dataset.view).toBe('presenter-before');
    expect(document.getElementById('pm-length')!.textContent).toMatch(/About|With a room/);
    press('PageUp'); // the card: back to the list
    expect(document.body.dataset.view).toBe('presenter-start');
    expect(stores.presenter.getState().phase).toEqual({ name: 'start', last: STORY });
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
});
