// An unsafe route is never praised: the best route with one critical option, played in Chromium, shows "Needs more
// practice" for both demonstrate outcomes (1.4c and 1.4d) on every screen that shows a band: the summary, the
// debrief, the practice record (and its print), the scenario picker and the progress overview. The presenter's group
// debrief for the same route is checked in Node (tests/ui/critical-cap.test.ts).
//
// The route is played quickly (support/fast-plan.ts: the input guard skipped, no stage): what is under test is what
// the screens show at the end, not the pace of play, which play.test.ts tests.

import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { loadPlan, startScenario, useBrowser } from './support/browser';
import { quicken } from './support/fast';
import { playPlanQuickly } from './support/fast-plan';

const FLOOR = { id: 'found-on-the-floor', title: 'Found on the floor' };
const PRACTICE = 'Needs more practice';
const STRONG = /Strong evidence|Ready to discuss with your assessor/;

const browser = useBrowser();

/** The text of the element for one outcome, found by its code ("1.4c"). */
async function outcomeText(page: Page | Locator, selector: string, id: string): Promise<string> {
  const texts = await page.locator(selector).allInnerTexts();
  const hit = texts.filter((t) => t.includes(id));
  if (hit.length !== 1)
    throw new Error(`${selector}: ${hit.length} elements mention ${id}:\n${texts.join('\n---\n')}`);
  return hit[0]!;
}

async function expectCapped(page: Page | Locator, selector: string, where: string): Promise<void> {
  for (const id of ['1.4c', '1.4d']) {
    const text = await outcomeText(page, selector, id);
    expect(text, `${where} ${id}`).toContain(PRACTICE);
    expect(text, `${where} ${id}`).not.toMatch(STRONG);
  }
}

describe('the best route with one critical option', () => {
  it('shows needs-more-practice for 1.4c and 1.4d on every screen that shows a band', async () => {
    const plan = loadPlan(FLOOR.id, 'best path with one critical option');
    const game = await browser.open({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const { page } = game;
    await quicken(game);
    await game.goto();
    await startScenario(page, FLOOR.title);
    const played = await playPlanQuickly(page, plan, { input: 'keyboard' });
    expect(played.finished).toBe(true);

    // The summary at the end of the story.
    await expectCapped(page, '.summary .outcomes-list > li', 'summary');

    // The debrief: each outcome row, and the unsafe choice named to talk through.
    await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
    await page.locator('body[data-view="debrief"]').waitFor();
    await expectCapped(page, '.outcome-row', 'debrief');
    expect(await outcomeText(page, '.outcome-row', '1.4c')).toMatch(/Talk through with your assessor/);

    // The practice record, on screen and as printed.
    await page.getByRole('button', { name: 'Open your practice record', exact: true }).click();
    await page.locator('body[data-view="record"]').waitFor();
    await expectCapped(page, '.sheet-outcomes tr', 'record');
    await page.emulateMedia({ media: 'print' });
    await expectCapped(page, '.sheet-outcomes tr', 'printed record');
    await page.emulateMedia({ media: 'screen' });

    // The progress overview: no "every scenario shows strong evidence" for an outcome capped here.
    await page.goto('./');
    await page.getByRole('button', { name: 'Your progress', exact: true }).click();
    await page.locator('body[data-view="progress"]').waitFor();
    await expectCapped(page, '.overview-outcome', 'progress overview');
    expect(await page.locator('#app, main').first().innerText()).not.toMatch(
      /Every scenario that covers this outcome shows strong evidence/,
    );

    // The scenario picker's card for this scenario.
    await page.goto('./');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const card = page.locator('.card', {
      has: page.getByRole('heading', { name: FLOOR.title, exact: true }),
    });
    await expectCapped(card, '.best li', 'picker');
  });
});
