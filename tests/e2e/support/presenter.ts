// Running presenter mode by keys, as a trainer with a clicker and a keyboard does: shared by the presenter tests and
// the tests that check what the group debrief shows.

import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { PRESS_GUARD_MS } from '../../../src/presenter/presenter';
import type { GamePage, Plan } from './browser';
import { skipClock } from './fast';

export const GUARD = PRESS_GUARD_MS + 40;
export const RATING_WORDS =
  /A strong choice|Safe, but it could be better|Not the best choice|Unsafe: this could cause harm/;

export const screenKey = (page: Page) => page.evaluate(() => document.body.dataset.screen ?? '');
export const kind = (page: Page) => page.locator('.pm-room').getAttribute('data-kind');
export const counts = (page: Page) =>
  page.locator('.pm-count-input').evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)));

/** Presses `key` and waits for the room screen to move on, then for the press guard (or skips it: skipClock). */
export async function advance(page: Page, key = 'PageDown'): Promise<void> {
  const before = await screenKey(page);
  await page.keyboard.press(key);
  await page.waitForFunction((b) => document.body.dataset.screen !== b, before);
  await skipClock(page, GUARD);
}

/** Next at a vote confirms the count first: the foot then says what Next plays (nothing is played yet). */
export async function confirmCount(page: Page, key = 'PageDown'): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => page.locator('#pm-vote-foot').innerText()).toMatch(/Next plays/);
  await skipClock(page, GUARD);
}

/** After an unsafe option is revealed, Next offers "try again" and Back turns it to "carry on"; elsewhere nothing. */
export async function carryOn(page: Page): Promise<void> {
  if ((await page.locator('#pm-unsafe-offer').count()) === 0) return;
  await skipClock(page, GUARD);
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.locator('#pm-unsafe-offer').innerText()).toMatch(/Try this decision again/);
  await page.keyboard.press('PageUp');
  await expect.poll(() => page.locator('#pm-unsafe-offer').innerText()).toMatch(/Carry on/);
}

/** Nothing rated, no feedback: what the room sees before the trainer reveals. */
export async function expectNothingRevealed(page: Page): Promise<void> {
  expect(await page.locator('.pm-badge, .pm-revealed, .pm-feedback').count()).toBe(0);
  expect(await page.locator('#app').innerText()).not.toMatch(RATING_WORDS);
}

/** Opens presenter mode and picks the scenario by its digit key, found from the list by title. */
export async function openPresenter(game: GamePage, title: string): Promise<void> {
  const { page } = game;
  await page.goto('./?mode=presenter');
  await page.locator('body[data-view="presenter-start"]').waitFor();
  const names = await page.locator('.pm-scenario').allTextContents();
  const index = names.findIndex((n) => n.replace(/^\d+\.\s*/, '') === title);
  if (index < 0 || index > 8)
    throw new Error(`presenter mode lists no scenario "${title}" under a digit key: ${names.join(', ')}`);
  await page.keyboard.press(String(index + 1));
  await page.locator('body[data-view="presenter-before"]').waitFor();
  await expect(page.locator('#pm-before-heading').textContent()).resolves.toBe(title);
  await page.keyboard.press('PageDown');
  await page.locator('body[data-view="presenter-room"]').waitFor();
  await page.locator('.pm-room[data-kind="line"]').waitFor();
  await skipClock(page, GUARD);
}

/**
 * Plays on to the group debrief by keys alone, following `plan` by the room's votes: at each decision the planned
 * option gets three hands and another option one, and Next plays the room's choice. Nothing is rated on screen
 * before the trainer reveals it; a clicker's Next reveals, then moves on.
 */
export async function runToDebrief(page: Page, plan: Plan): Promise<number> {
  const lineKeys = ['PageDown', 'ArrowRight', 'Space'];
  let decisions = 0;
  for (let step = 0; step < 400; step += 1) {
    const k = await kind(page);
    if (k === 'ending') break;
    await expectNothingRevealed(page);
    if (k === 'line') {
      await advance(page, lineKeys[step % lineKeys.length]);
    } else if (k === 'choices') {
      const options = await page.locator('.pm-option-text').allTextContents();
      const want = plan.choices[decisions];
      const target = options.findIndex((o) => want !== undefined && o.includes(want));
      if (target < 0)
        throw new Error(
          `decision ${decisions + 1}: no option contains "${want}":\n  ${options.join('\n  ')}`,
        );
      const other = target === 0 ? 1 : 0;
      for (const i of [target, other, target, target]) await page.keyboard.press(String(i + 1));
      await expect
        .poll(() => counts(page))
        .toEqual(options.map((_, i) => (i === target ? 3 : i === other ? 1 : 0)));
      await expectNothingRevealed(page);
      decisions += 1;
      await confirmCount(page);
      await advance(page, 'PageDown');
    } else if (k === 'feedback') {
      await page.keyboard.press('PageDown');
      await page.locator('#pm-revealed').waitFor();
      expect(await page.locator('#pm-rating').innerText()).toMatch(RATING_WORDS);
      await carryOn(page);
      await advance(page, 'PageDown');
    } else {
      throw new Error(`unexpected room screen "${k}" after ${decisions} decisions`);
    }
  }
  await page.locator('.pm-debrief').waitFor();
  return decisions;
}
