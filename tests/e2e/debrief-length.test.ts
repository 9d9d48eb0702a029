// Issue #27: a debrief a learner can find their way through. Measured at 360x740 with the dyslexia font at 200% and at
// 768x1024 at normal size, after a whole scenario: how long the page is, how far down the reflections start, that
// each decision is folded to one line (the unsafe ones open), and that every "Jump to" link brings its part into
// view with focus on it.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useBrowser } from './support/browser';
import { current, keysFor, press } from './support/fast';
import { startScenario } from './support/play';
import { largeDyslexicText, measure, openQuick } from './support/reflow';

const browser = useBrowser();
const STORY = 'Nothing after midnight';

/** Plays the scenario to its end, and says whether the end's "Back to the title" can be seen whole (it was cut off
 *  at 768x1024) once scrolled to, then opens the debrief. */
async function playToDebrief(page: Page): Promise<boolean> {
  await startScenario(page, STORY);
  let s = await current(page);
  while (s.view === 'play' && s.kind !== 'ending')
    s = await press(page, s, ...keysFor(s, s.kind === 'choices' && s.options.length > 1 ? 1 : 0));
  const back = page.getByRole('button', { name: 'Back to the title' });
  await back.scrollIntoViewIfNeeded();
  const whole = await back.evaluate((b) => {
    const r = b.getBoundingClientRect();
    const panel = b.closest('.panel')!.getBoundingClientRect();
    return r.top >= panel.top && r.bottom <= Math.min(panel.bottom, innerHeight) && r.right <= innerWidth;
  });
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await page.locator('body[data-view="debrief"]').waitFor();
  return whole;
}

/** The debrief's length, where the reflections start, and its decisions (open or folded, and their rating). */
function figures(page: Page) {
  return page.evaluate(() => {
    const top = (sel: string) =>
      Math.round(document.querySelector(sel)!.getBoundingClientRect().top + scrollY);
    const cards = [...document.querySelectorAll<HTMLElement>('.decision-card')];
    return {
      height: document.documentElement.scrollHeight,
      // Where each part starts, for the log: what is left long.
      parts: Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.debrief-screen h2[id]')].map((h) => [
          h.id,
          top(`#${h.id}`),
        ]),
      ),
      reflections: top('#reflect-heading'),
      decisions: top('#decisions-heading'),
      cards: cards.map((c) => ({
        open: c.querySelector('details')?.open ?? null,
        unsafe: c.classList.contains('level-critical'),
      })),
    };
  });
}

/** Every "Jump to" link, followed: its target must come into view with focus on it (or inside it). */
async function jumpProblems(page: Page): Promise<string[]> {
  const links = page.locator('.debrief-contents a');
  const problems: string[] = [];
  for (let i = 0; i < (await links.count()); i += 1) {
    const link = links.nth(i);
    const words = (await link.textContent()) ?? '';
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const ok = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return el !== document.body && r.top >= -1 && r.top < innerHeight && r.height > 0;
    });
    if (!ok) problems.push(`"${words}" did not bring its part into view with focus on it`);
  }
  return problems;
}

it('folds the debrief and puts the reflections early (360x740, dyslexia font, 200%)', async () => {
  const game = await openQuick(() =>
    browser.open({ viewport: { width: 360, height: 740 }, hasTouch: true, serviceWorkers: 'block' }),
  );
  await largeDyslexicText(game.page);
  await game.page.keyboard.press('Escape');
  expect(await playToDebrief(game.page), '"Back to the title" seen whole').toBe(true);
  const f = await figures(game.page);
  console.log(`debrief 360x740 dyslexia 200%: ${JSON.stringify({ ...f, cards: f.cards.length })}`);
  await screenshot(game.page, 'debrief-360-200-top');
  expect((await measure(game.page)).problems).toEqual([]);
  expect(f.reflections).toBeLessThan(f.decisions);
  expect(f.cards.length).toBeGreaterThan(0);
  // Folded to a line each, except the unsafe ones (to talk through with an assessor), which start open.
  for (const c of f.cards) expect(c.open, `${c.unsafe ? 'an unsafe' : 'a'} decision`).toBe(c.unsafe);
  expect(await jumpProblems(game.page)).toEqual([]);
});

it('folds the debrief and puts the reflections early (768x1024, normal text)', async () => {
  const game = await openQuick(() =>
    browser.open({ viewport: { width: 768, height: 1024 }, hasTouch: true, serviceWorkers: 'block' }),
  );
  expect(await playToDebrief(game.page), '"Back to the title" seen whole').toBe(true);
  const f = await figures(game.page);
  console.log(`debrief 768x1024 normal: ${JSON.stringify({ ...f, cards: f.cards.length })}`);
  await screenshot(game.page, 'debrief-768-100-top');
  expect(f.reflections).toBeLessThan(f.decisions);
  expect(await jumpProblems(game.page)).toEqual([]);
});
