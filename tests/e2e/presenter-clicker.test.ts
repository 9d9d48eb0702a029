// Presenter mode driven as a trainer with a clicker does (issue #26): Page Down and Page Up move through the list,
// the card, every vote (count, confirm, play), the reveal, an unsafe option's "try again", and "run again". Hands
// are counted with the digit keys (the room's count has to be typed somewhere). On the way: a count corrected after
// playing, a tie recorded as a tie, a re-vote kept beside the first vote, and a reload of each window mid-session.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadPlan, NO_MOTION, useBrowser } from './support/browser';
import { leaveOutStage, quickClock, skipClock } from './support/fast';
import { advance, confirmCount, counts, GUARD, kind } from './support/presenter';

const MIDNIGHT = { id: 'nothing-after-midnight', title: 'Nothing after midnight' };

const browser = useBrowser();

const foot = (page: Page) => page.locator('#pm-vote-foot').innerText();

/** The option (0-based) whose text holds `want`. */
async function optionWith(page: Page, want: string): Promise<number> {
  const options = await page.locator('.pm-option-text').allTextContents();
  const i = options.findIndex((o) => o.includes(want));
  if (i < 0) throw new Error(`no option contains "${want}":\n  ${options.join('\n  ')}`);
  return i;
}

async function hands(page: Page, ...options: number[]): Promise<void> {
  for (const o of options) await page.keyboard.press(String(o + 1));
}

/** Next confirms, Next plays: the feedback screen. */
async function confirmAndPlay(page: Page): Promise<void> {
  await confirmCount(page);
  await advance(page, 'PageDown');
  expect(await kind(page)).toBe('feedback');
}

describe('presenter mode with a clicker', () => {
  it('runs a scenario by Page Down and Page Up: corrects a count, records a tie and a re-vote, survives reloads', async () => {
    const game = await browser.open({ ...NO_MOTION, viewport: { width: 1280, height: 720 } });
    const { page, context } = game;
    // The keys and the counts are under test; presenter.test.ts runs a room with the stage drawn.
    await leaveOutStage(page);
    // The press guard is skipped by moving the page's clock on (skipClock), not waited out.
    await quickClock(page);
    // Reloading mid-scenario: the browser asks first (the run is kept in this tab either way); the trainer agrees.
    page.on('dialog', (d) => void d.accept());
    const unsafe = loadPlan(MIDNIGHT.id, 'best path with one critical option');
    const best = loadPlan(MIDNIGHT.id, 'best path');
    const unsafeAt = unsafe.choices.findIndex((c, i) => c !== best.choices[i]);
    expect(unsafeAt).toBeGreaterThan(1);

    // The list: Next opens the card offered; Back on the card offers the next scenario.
    await page.goto('./?mode=presenter');
    await page.locator('body[data-view="presenter-start"]').waitFor();
    for (let i = 0; i < 9; i += 1) {
      await page.keyboard.press('PageDown');
      await page.locator('body[data-view="presenter-before"]').waitFor();
      if ((await page.locator('#pm-before-heading').textContent()) === MIDNIGHT.title) break;
      await page.keyboard.press('PageUp');
      await page.locator('body[data-view="presenter-start"]').waitFor();
    }
    await expect(page.locator('#pm-before-heading').textContent()).resolves.toBe(MIDNIGHT.title);
    await page.keyboard.press('PageDown');
    await page.locator('.pm-room[data-kind="line"]').waitFor();
    await skipClock(page, GUARD);

    let decision = 0;
    let reloaded = false;
    for (let step = 0; step < 400; step += 1) {
      const k = await kind(page);
      if (k === 'ending') break;
      if (k === 'line') {
        if (decision === 2 && !reloaded) {
          reloaded = true;
          await reloadBoth(page, context);
        }
        await advance(page, 'PageDown');
        continue;
      }
      if (k === 'feedback') {
        await page.keyboard.press('PageDown');
        await page.locator('#pm-revealed').waitFor();
        await advance(page, 'PageDown');
        continue;
      }
      // A vote. "Decision 1 of 13", where a room can read it; the line that led to it is still on screen.
      await expect(page.locator('.pm-where').innerText()).resolves.toMatch(
        new RegExp(`^Decision ${decision + 1} of \\d+`),
      );
      expect(await page.locator('.pm-led .pm-line-text').count()).toBe(1);
      const plan = decision === unsafeAt ? unsafe : best;
      const target = await optionWith(page, plan.choices[decision]!);
      const other = target === 0 ? 1 : 0;
      if (decision === 0) {
        // A wrong count played, then put right: Back goes back to the vote with the count kept.
        await hands(page, other, other);
        await confirmAndPlay(page);
        await advance(page, 'PageUp');
        expect(await kind(page)).toBe('choices');
        const wrong = (await counts(page)).map((_, i) => (i === other ? 2 : 0));
        await expect.poll(() => counts(page)).toEqual(wrong);
        await page.keyboard.press('Delete');
        await hands(page, target, target, target, other);
        await confirmAndPlay(page);
      } else if (decision === 1) {
        // A tie: Next asks which option; Back offers the other tied option; Next plays it.
        await hands(page, target, other);
        await page.keyboard.press('PageDown');
        await expect.poll(() => foot(page)).toMatch(/A tie between/);
        if (!(await foot(page)).includes(`Next plays option ${target + 1}`))
          await page.keyboard.press('PageUp');
        await expect.poll(() => foot(page)).toContain(`Next plays option ${target + 1}`);
        await skipClock(page, GUARD);
        await advance(page, 'PageDown');
        await expect(page.locator('.pm-played-how').innerText()).resolves.toMatch(/^A tie between options/);
      } else if (decision === unsafeAt) {
        // The unsafe option: revealed, then Next offers "try again", Next again goes back for a second vote.
        await hands(page, target, target);
        await confirmAndPlay(page);
        await page.keyboard.press('PageDown');
        await page.locator('#pm-revealed').waitFor();
        expect(await page.locator('.pm-better').count()).toBe(0); // the stronger option is not named before a re-vote
        await skipClock(page, GUARD);
        await page.keyboard.press('PageDown');
        await expect
          .poll(() => page.locator('#pm-unsafe-offer').innerText())
          .toMatch(/Try this decision again/);
        await advance(page, 'PageDown');
        await page.locator('#pm-again-vote').waitFor();
        await hands(page, await optionWith(page, best.choices[decision]!));
        await confirmAndPlay(page);
      } else {
        await hands(page, target);
        await confirmAndPlay(page);
      }
      decision += 1;
    }
    expect(reloaded).toBe(true);

    // The group debrief keeps the tie and the first vote.
    await page.locator('.pm-debrief').waitFor();
    const debrief = await page.locator('.pm-debrief').innerText();
    expect(debrief).toMatch(/A tie between options/);
    expect(debrief).toMatch(/First vote: /);
    // Next pages to the foot, then moves to "Run this scenario again", then presses it.
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 30 && (await focused()) !== 'pm-again'; i += 1) {
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(80);
    }
    expect(await focused()).toBe('pm-again');
    await page.keyboard.press('PageDown');
    await page.locator('.pm-room[data-kind="line"]').waitFor();
    // Nothing of the learner's was written.
    await expect(page.evaluate(() => Object.keys(localStorage).length)).resolves.toBe(0);
  }, 300_000);
});

/** Reloads the room screen, then opens the presenter view and reloads that: both carry on where they were. */
async function reloadBoth(page: Page, context: import('playwright-core').BrowserContext): Promise<void> {
  const line = await page.locator('#pm-line-text').innerText();
  const where = await page.evaluate(() => document.body.dataset.screen);
  await page.reload();
  await page.locator('.pm-room[data-kind="line"]').waitFor();
  await expect(page.locator('#pm-line-text').innerText()).resolves.toBe(line);
  expect(await page.evaluate(() => document.body.dataset.screen)).toBe(where);
  const popup = context.waitForEvent('page');
  await page.keyboard.press('p');
  const view = await popup;
  await view.locator('body[data-connected="yes"]').waitFor();
  await view.reload();
  await view.locator('body[data-connected="yes"]').waitFor();
  await expect.poll(() => view.locator('#pmv-line').innerText()).toContain(line);
  await expect(view.locator('#pmv-clock').innerText()).resolves.toMatch(/^\d\d:\d\d · \d+ min in$/);
  await view.close({ runBeforeUnload: true });
  await skipClock(page, GUARD);
}
