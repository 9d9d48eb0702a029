// The loading bar: while the stage's code and pictures arrive, a bar at the foot of the screen shows real
// progress, and the menus work all the while. The stage's code is held back here so the bar can be seen moving.

import { describe, expect, it } from 'vitest';
import { startScenario, useBrowser } from './support/browser';

const browser = useBrowser();

describe('the loading bar', () => {
  it('shows real progress while the stage loads, never blocks the menus, and goes once everything is drawn', async () => {
    const game = await browser.open();
    const { page } = game;
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/stage-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await game.goto();
    const bar = page.locator('#loading progress');
    await bar.waitFor();
    expect(await page.locator('#loading').innerText()).toContain('Getting the pictures ready');
    const before = await bar.evaluate((b: HTMLProgressElement) => ({ value: b.value, max: b.max }));
    expect(before.value).toBeLessThan(before.max);
    // The menus do not wait: the learner can start a scenario while the stage is still on its way.
    await startScenario(page, 'Nothing after midnight');
    await page.locator('#line-text').waitFor();
    expect(await page.locator('#loading').isVisible()).toBe(true);

    release();
    await page.locator('body[data-stage="ready"]').waitFor({ timeout: 60_000 });
    // The room and the people in it are drawn, each a step of its own, and then the bar goes.
    await page.locator('body[data-loading="done"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('#loading').isVisible()).toBe(false);
    const after = await bar.evaluate((b: HTMLProgressElement) => ({ value: b.value, max: b.max }));
    expect(after.value).toBe(after.max);
    expect(after.max).toBeGreaterThan(2);
  });
});
