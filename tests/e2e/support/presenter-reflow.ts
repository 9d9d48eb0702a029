// Reflow in presenter mode: a clicker cannot scroll, so whatever the room screen shows at a text size the trainer
// can pick must fit the window. What is wrong on a room screen now, measured as support/reflow.ts does for the
// learner: nothing wider than the window, no text cut off sideways, no box running off the window or scrolling.
// The group debrief is the one screen that is longer than a window on purpose: Next and Back page through it
// (ui/presenter/actions.ts), so it may scroll, but not sideways, and no decision is taller than a page.
import type { Page } from 'playwright-core';
import { TEXT_SCALES } from '../../../src/presenter/state';

export const SIZES = TEXT_SCALES;

/** Sets the room screen's text size with + and −, as a trainer does, and waits for it to apply. */
export async function textSize(page: Page, percent: number): Promise<void> {
  for (;;) {
    const now = await page.evaluate(() =>
      Math.round(
        Number(getComputedStyle(document.documentElement).getPropertyValue('--pm-scale') || '1') * 100,
      ),
    );
    if (now === percent) break;
    await page.keyboard.press(now < percent ? '+' : '-');
    await page.waitForFunction(
      (was) =>
        Math.round(
          Number(getComputedStyle(document.documentElement).getPropertyValue('--pm-scale')) * 100,
        ) !== was,
      now,
    );
  }
  // The fit (ui/presenter/fit.ts) runs on the next frame: measure after it.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

/** Problems on the screen now; `paged` when the clicker pages through it (the group debrief). */
export function roomProblems(page: Page, paged = false): Promise<string[]> {
  return page.evaluate((paged) => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const root = document.documentElement;
    if (root.scrollWidth > vw + 1) problems.push(`the page is ${root.scrollWidth}px wide`);
    if (!paged && root.scrollHeight > vh + 1) problems.push(`the page is ${root.scrollHeight}px high`);
    const shown = (el: HTMLElement) =>
      !el.closest('.visually-hidden, .pm-controls, [hidden]') && el.getClientRects().length > 0;
    const texts = [
      ...document.querySelectorAll<HTMLElement>(
        '#app :is(p, button, li, h1, h2, h3, label, dt, dd, input, .pm-where, .pm-flag, .pm-tag)',
      ),
    ].filter(shown);
    for (const el of texts) {
      if (el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflowX !== 'visible')
        problems.push(`cut off sideways: ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      const r = el.getBoundingClientRect();
      if (r.right > vw + 1 || r.left < -1) problems.push(`off the side: ${name(el)}`);
      if (!paged && (r.bottom > vh + 1 || r.top < -1))
        problems.push(`off the window: ${name(el)} (${Math.round(r.top)}-${Math.round(r.bottom)} of ${vh})`);
    }
    // Boxes that scroll or hide what is in them: a clicker cannot scroll them.
    for (const el of document.querySelectorAll<HTMLElement>('#app *')) {
      if (!shown(el) || el.tagName === 'INPUT') continue;
      const style = getComputedStyle(el);
      if (style.overflowY === 'visible') continue;
      if (paged && el.id === 'pm-body') continue;
      if (el.scrollHeight > el.clientHeight + 2)
        problems.push(`scrolls or clips: ${name(el)} (${el.scrollHeight} > ${el.clientHeight})`);
    }
    if (paged) {
      const body = document.getElementById('pm-body');
      const page = body?.clientHeight ?? vh;
      for (const d of document.querySelectorAll<HTMLElement>('.pm-decision, .pm-outcome'))
        if (d.offsetHeight > page)
          problems.push(`taller than a page: ${name(d)} (${d.offsetHeight} > ${page})`);
    }
    return problems;
  }, paged);
}

/** Problems in the presenter view window: the trainer's own screen, scrolled by hand, so sideways only. */
export function viewProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    if (document.documentElement.scrollWidth > vw + 1)
      problems.push(`the view is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('#app :is(p, button, li, h1, h2, h3, dt, dd)')) {
      if (el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflowX !== 'visible')
        problems.push(`cut off sideways: "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      if (el.getBoundingClientRect().right > vw + 1)
        problems.push(`off the side: "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return problems;
  });
}
