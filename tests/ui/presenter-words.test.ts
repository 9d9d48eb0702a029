// Presenter mode's "your words first": chosen on the start screen, each vote opens by asking the room what it would
// say with the options hidden; the clicker's Next shows them, hands wait until then, Back asks again, and Back from
// the option played returns to the count, not to the question.
import { afterEach, describe, expect, it } from 'vitest';
import { presenterParts } from '../../src/app/presenter';
import { PRESS_GUARD_MS } from '../../src/presenter/presenter';
import { createPresenterStores } from '../../src/presenter/stores';
import { mountPresenter } from '../../src/ui/presenter/shell';
import { entry, STORY } from './support/learner';

afterEach(() => document.body.replaceChildren());

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const press = (key: string) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

async function roomAtVote(wordsFirst: boolean) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const parts = presenterParts([entry], createPresenterStores(), () => undefined);
  mountPresenter(root, parts);
  const box = document.querySelector<HTMLInputElement>('#pm-words-first')!;
  expect(box.checked).toBe(false);
  expect(document.querySelector('label[for="pm-words-first"]')!.textContent).toMatch(/words first/i);
  if (wordsFirst) {
    box.checked = true;
    box.dispatchEvent(new Event('change'));
  }
  parts.room.choose(STORY);
  await parts.room.start(STORY);
  const { stores, game } = parts;
  while (stores.session.getState().session!.screen.kind === 'line') game.controller.continue();
  await wait(PRESS_GUARD_MS + 20);
  return parts;
}

describe('your words first in presenter mode', () => {
  it('asks the room first, hides the options until Next, and keeps hands until then', async () => {
    const { stores } = await roomAtVote(true);
    expect(stores.presenter.getState().wordsFirst).toBe(true);
    expect(document.getElementById('pm-words')!.textContent).toContain(
      'What would you say?Talk in pairs, then we will see the options.',
    );
    expect(document.getElementById('pm-options')).toBeNull();
    press('2');
    expect(document.getElementById('pm-hint')!.textContent).toMatch(/Next to show the options/);
    expect(stores.presenter.getState().votes).toEqual({});
    press('PageDown');
    expect(document.getElementById('pm-words')).toBeNull();
    expect(document.getElementById('pm-options')).not.toBeNull();
    press('2');
    expect(document.getElementById('pm-total')!.textContent).toContain('1 hand');
    press('PageUp'); // back to counting is where it was; from counting, Back asks the room again
    expect(stores.presenter.getState().step.name).toBe('words');
    expect(document.getElementById('pm-words')).not.toBeNull();
  });

  it('returns to the count, not the question, after Back from the option played', async () => {
    const { stores } = await roomAtVote(true);
    press('PageDown'); // show the options
    press('1');
    press('PageDown'); // confirm
    press('PageDown'); // play
    expect(stores.session.getState().session!.screen.kind).toBe('feedback');
    await wait(PRESS_GUARD_MS + 20);
    press('PageUp'); // back to the vote
    expect(stores.session.getState().session!.screen.kind).toBe('choices');
    expect(stores.presenter.getState().step.name).toBe('count');
    expect(document.getElementById('pm-options')).not.toBeNull();
  });

  it('goes straight to the vote when it is off', async () => {
    const { stores } = await roomAtVote(false);
    expect(stores.presenter.getState().step.name).toBe('count');
    expect(document.getElementById('pm-words')).toBeNull();
    expect(document.getElementById('pm-options')).not.toBeNull();
  });
});
