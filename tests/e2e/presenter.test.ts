// Presenter mode in headless Chromium (production build): a trainer runs a scenario with a room by keys alone,
// counting hands, revealing, blanking, stepping back; the presenter view follows in a second window; the type is
// sized for the back of a room at 1920x1080 and 3840x2160; and nothing is written to the learner's storage.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { humanise, loadPlan, screenshot, useBrowser } from './support/browser';
import { quickClock, skipClock } from './support/fast';
import { waitForStage, watchStageTextures } from './support/screenshots';
import {
  advance,
  confirmCount,
  counts,
  GUARD,
  expectNothingRevealed,
  kind,
  openPresenter,
  RATING_WORDS,
  runToDebrief,
  screenKey,
} from './support/presenter';

const MIDNIGHT = { id: 'nothing-after-midnight', title: 'Nothing after midnight' };
const FLOOR = { id: 'found-on-the-floor', title: 'Found on the floor' };

const browser = useBrowser();

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.0-2.2 A and AA rules on the page as it is; readable violations (evaluated over the debugging
 * protocol, so the page's strict CSP does not apply to the checker). */
async function axe(page: Page, where: string): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    const w = window as unknown as {
      axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> };
    };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations;
  });
  return violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function fontSizes(page: Page, selector: string): Promise<number[]> {
  return page
    .locator(selector)
    .evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
}

/**
 * Screenshots of what is on screen now at 1920x1080 and at 3840x2160 (the same page resized: the layout follows the
 * screen height), checking on each that the body text is at least 1/25 of the screen height. Long timeouts: the
 * stage is drawn by a software WebGL driver, and a 4K frame is slow to draw and to read back.
 */
async function shootBoth(page: Page, name: string, bodyText: string, taken: string[]): Promise<void> {
  for (const [width, height, label] of [
    [1920, 1080, '1080p'],
    [3840, 2160, '4k'],
  ] as const) {
    if (page.viewportSize()?.width !== width) {
      await page.setViewportSize({ width, height });
      await page.waitForFunction((h) => window.innerHeight === h, height);
    }
    // The stage fills this size with its pictures made, and two frames drawn since: the picture is the one for this
    // size, not the last one stretched.
    await waitForStage(page, width, height);
    for (const size of await fontSizes(page, bodyText))
      expect(size, `${name} at ${label}`).toBeGreaterThanOrEqual(height / 25);
    const file = join(inject('screenshotDir'), `presenter-${label}-${name}.png`);
    await page.screenshot({ path: file, caret: 'hide', timeout: 150_000 });
    taken.push(file);
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForFunction(() => window.innerHeight === 1080);
}

describe('presenter mode in Chromium (production build)', () => {
  it('runs a scenario with a room by keys alone: votes, reveal, blank, step back, group debrief; writes nothing', async () => {
    const game = await browser.open({ viewport: { width: 1920, height: 1080 } });
    const { page } = game;
    // The press guard is skipped by moving the page's clock on (skipClock), not waited out.
    await quickClock(page);
    await watchStageTextures(game.context);
    const shots: string[] = [];
    // A learner's game on this device first: presenter mode must leave what it saved exactly as it was.
    await game.goto();
    await page.getByRole('link', { name: 'Run with a group (presenter mode)' }).waitFor();
    const learnerStorage = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

    const a11y: string[] = [];
    // Screenshots of still pictures: with reduced motion the stage draws people in place, not fading in.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?mode=presenter');
    await page.locator('body[data-view="presenter-start"]').waitFor();
    a11y.push(...(await axe(page, 'start')));
    await openPresenter(game, MIDNIGHT.title);

    // To the first decision, checking that nothing is rated on the way. The discussion card waits for the reveal;
    // D opens it on a line with a trainer's note, put to the room ("Ask the room:" is for the trainer).
    let sawCard = false;
    while ((await kind(page)) !== 'choices') {
      await expectNothingRevealed(page);
      expect(await page.locator('.pm-discuss').count()).toBe(0);
      if (!sawCard) {
        await page.keyboard.press('d');
        await page.waitForTimeout(50);
        if ((await page.locator('.pm-discuss').count()) > 0) {
          sawCard = true;
          await expect(page.locator('.pm-discuss-text').first().innerText()).resolves.not.toMatch(
            /^Ask the room/,
          );
          await shootBoth(page, '1-line', '.pm-line-text, .pm-discuss-text', shots);
          a11y.push(...(await axe(page, 'line with a discussion card')));
        }
        await page.keyboard.press('d');
        await page.locator('.pm-discuss').waitFor({ state: 'detached' });
      }
      await advance(page, 'ArrowRight');
    }
    expect(sawCard).toBe(true);
    const options = await page.locator('.pm-option-text').count();
    expect(options).toBeGreaterThanOrEqual(3);
    const zeros = (n: number) => Array<number>(n).fill(0);

    // Next with no hands counted asks whether to play without a vote; Back goes back to counting; nothing is played.
    const atChoice = await screenKey(page);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('#pm-vote-foot').innerText()).toMatch(/without a vote/);
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('#pm-vote-foot').innerText()).toMatch(/press 1 to/);
    expect(await page.locator('#pm-review').count()).toBe(0);
    expect(await screenKey(page)).toBe(atChoice);

    // Hands by key: 1, 2, 2, 2, 3; Shift+2 takes one off option 2; Backspace takes back the latest (option 3).
    for (const key of ['1', '2', '2', '2', '3']) await page.keyboard.press(key);
    await page.keyboard.press('Shift+Digit2');
    await page.keyboard.press('Backspace');
    await expect.poll(() => counts(page)).toEqual([1, 2, 0, ...zeros(options - 3)]);
    // Typed counts: C, then a number per option (Enter moves on), Esc to finish.
    await page.keyboard.press('c');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pm-count-1');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pm-count-2');
    await page.keyboard.type('11');
    await page.keyboard.press('Enter');
    await page.keyboard.type('3');
    await page.keyboard.press('Escape');
    await expect.poll(() => counts(page)).toEqual([4, 11, 3, ...zeros(options - 3)]);
    await expect(page.locator('#pm-total').innerText()).resolves.toBe('18 hands counted');
    // The bar chart shows the split (the widest bar is option 2's), with the numbers beside it.
    const widths = await page
      .locator('.pm-fill')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).getBoundingClientRect().width));
    expect(widths[1]).toBeGreaterThan(widths[0]!);
    expect(widths[0]).toBeGreaterThan(widths[2]!);
    await expect(page.locator('.pm-share').allInnerTexts()).resolves.toEqual([
      '22%',
      '61%',
      '17%',
      ...Array<string>(options - 3).fill('0%'),
    ]);
    await expect(page.locator('.pm-option.is-room .pm-num').innerText()).resolves.toBe('2');
    await expectNothingRevealed(page);
    await shootBoth(page, '2-vote', '.pm-option-text, .pm-vote-foot', shots);
    a11y.push(...(await axe(page, 'vote')));

    // B blanks the screen; the next key only brings it back (nothing moves on behind it).
    await page.keyboard.press('b');
    await page.locator('#pm-blank').waitFor();
    expect(await page.evaluate(() => document.elementFromPoint(960, 540)?.id)).toBe('pm-blank');
    await page.keyboard.press('PageDown');
    await page.locator('#pm-blank').waitFor({ state: 'detached' });
    expect(await screenKey(page)).toBe(atChoice);

    // F puts the page into full screen and takes it out again, as a clicker's "present" button would expect.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    expect(await screenKey(page)).toBe(atChoice);

    // PageUp and Left step back through the lines already seen; forward returns to the vote, counts intact.
    await page.keyboard.press('PageUp');
    await page.locator('#pm-review').waitFor();
    const back1 = await page.locator('#pm-line-text').innerText();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#pm-line-text').innerText()).not.toBe(back1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#pm-line-text').innerText()).toBe(back1);
    await page.keyboard.press('ArrowRight');
    await page.locator('.pm-room[data-kind="choices"]').waitFor();
    expect(await screenKey(page)).toBe(atChoice);
    await expect.poll(() => counts(page)).toEqual([4, 11, 3, ...zeros(options - 3)]);

    // R does nothing before the count is confirmed; once it is (Next), R reveals the ratings, and R again hides them.
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('#pm-hint').innerText()).toMatch(/after the vote/);
    expect(await page.locator('.pm-badge').count()).toBe(0);
    await confirmCount(page);
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('.pm-option .pm-badge').count()).toBe(options);
    a11y.push(...(await axe(page, 'vote, revealed')));
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('.pm-badge').count()).toBe(0);

    // ? lists the keys; any key closes the list.
    await page.keyboard.press('?');
    await page.locator('#pm-help').waitFor();
    expect(await page.locator('#pm-help').innerText()).toMatch(/Blank the screen/);
    a11y.push(...(await axe(page, 'key list')));
    await page.keyboard.press('Escape');
    await page.locator('#pm-help').waitFor({ state: 'detached' });

    // Enter plays the room's choice (option 2, most hands). Nothing is revealed until R.
    const chosenText = await page.locator('.pm-option-text').nth(1).innerText();
    await advance(page, 'Enter');
    expect(await kind(page)).toBe('feedback');
    expect(await page.locator('#pm-played-text').innerText()).toBe(chosenText);
    await expectNothingRevealed(page);
    await page.keyboard.press('r');
    await page.locator('#pm-revealed').waitFor();
    expect(await page.locator('#pm-rating').innerText()).toMatch(RATING_WORDS);
    await shootBoth(page, '3-reveal', '.pm-played-text, .pm-feedback', shots);
    a11y.push(...(await axe(page, 'reveal')));

    // Back after a choice hides the reveal, then goes back to its vote, count kept, to correct it; Next confirms and
    // plays again.
    await page.keyboard.press('PageUp');
    await page.locator('#pm-revealed').waitFor({ state: 'detached' });
    await page.keyboard.press('PageUp');
    await page.locator('.pm-room[data-kind="choices"]').waitFor();
    await expect.poll(() => counts(page)).toEqual([4, 11, 3, ...zeros(options - 3)]);
    await skipClock(page, GUARD);
    await confirmCount(page);
    await advance(page, 'PageDown');
    expect(await page.locator('#pm-played-text').innerText()).toBe(chosenText);
    await page.keyboard.press('PageDown');
    await page.locator('#pm-revealed').waitFor();
    await skipClock(page, GUARD);
    await advance(page, 'PageDown');

    // The rest of the scenario along its best path (the first decision is made: the plan carries on from there).
    const plan = loadPlan(MIDNIGHT.id, 'best path');
    const decisions = 1 + (await runToDebrief(page, { ...plan, choices: plan.choices.slice(1) }));
    await shootBoth(page, '4-debrief', '.pm-situation, .pm-record-text, .pm-verdict', shots);
    expect(shots).toHaveLength(8);
    a11y.push(...(await axe(page, 'group debrief')));
    expect(a11y).toEqual([]);

    // The group debrief: every decision with the room's vote and the strongest option, and the evidence.
    await expect(page.locator('.pm-decisions > li').count()).resolves.toBe(decisions);
    await expect(page.locator('.pm-decision').first().innerText()).resolves.toMatch(/11 hands/);
    await expect(page.locator('.pm-decision').first().innerText()).resolves.toMatch(/Strongest option/);
    await expect(page.locator('.pm-ending').innerText()).resolves.toContain(humanise(plan.ending));
    await expect(page.locator('.pm-evidence > li').count()).resolves.toBe(4);
    await expect(page.locator('.pm-record-summary').innerText()).resolves.toMatch(
      new RegExp(
        `^The room voted on ${decisions} of ${decisions} decisions\\. Its choice was a strong option \\d+ times?\\.$`,
      ),
    );
    expect(await page.locator('.pm-record-date').innerText()).toMatch(/\d{4}, \d\d:\d\d$/);
    // Next pages through the debrief.
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('#pm-body').evaluate((e) => e.scrollTop)).toBeGreaterThan(0);

    // Printed, it is a session record: no stage, no controls, black on white.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#stage').isVisible()).resolves.toBe(false);
    await expect(page.locator('.pm-status').isVisible()).resolves.toBe(false);
    await expect(page.locator('#pm-print').isVisible()).resolves.toBe(false);
    await expect(page.locator('.pm-record-kind').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Nothing of the learner's was touched: no saved game, no progress, no settings written.
    await expect(page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).resolves.toBe(
      learnerStorage,
    );
  }, 900_000);

  it('opens a presenter view that shows what the room cannot see and follows (and drives) the room screen', async () => {
    const game = await browser.open({ viewport: { width: 1600, height: 900 } });
    const { page, context } = game;
    await openPresenter(game, FLOOR.title);
    const popup = context.waitForEvent('page');
    await page.keyboard.press('p');
    const view = await popup;
    view.on('console', (m) => {
      if (['error', 'warning'].includes(m.type()))
        game.problems.push(`presenter view console.${m.type()}: ${m.text()}`);
    });
    view.on('pageerror', (e) => game.problems.push(`presenter view page error: ${e.message}`));
    await view.locator('body[data-connected="yes"]').waitFor();
    await page.locator('.pm-flag', { hasText: 'Presenter view open' }).waitFor();

    // It follows the room screen line by line.
    const roomLine = await page.locator('#pm-line-text').innerText();
    await expect.poll(() => view.locator('#pmv-line').innerText()).toContain(roomLine);
    await advance(page);
    const second = await page.locator('#pm-line-text').innerText();
    await expect.poll(() => view.locator('#pmv-line').innerText()).toContain(second);
    // What comes next is on the presenter view only.
    await expect(view.locator('#pmv-next-text').innerText()).resolves.not.toBe('');

    // To the first decision: the view shows the ratings, feedback and outcomes the room cannot see.
    while ((await kind(page)) !== 'choices') await advance(page);
    await expectNothingRevealed(page);
    await view.locator('#pmv-options').waitFor();
    const viewOptions = await view.locator('#pmv-options > li').count();
    expect(viewOptions).toBe(await page.locator('.pm-option').count());
    await expect(view.locator('#pmv-options').innerText()).resolves.toMatch(RATING_WORDS);
    await expect(view.locator('.pmv-feedback').count()).resolves.toBe(viewOptions);
    await expect(view.locator('.pmv-outcomes').first().innerText()).resolves.toMatch(/1\.4[a-d]/);
    await expect(view.locator('.pmv-after').first().innerText()).resolves.toMatch(/^Leads to: /);
    await expect(view.locator('.pmv-note').count()).resolves.toBeGreaterThan(0);

    // Hands counted on the room screen appear in the view; keys pressed in the view drive the room screen.
    await page.keyboard.press('2');
    await expect.poll(() => view.locator('.pmv-option.is-room .pmv-num').innerText()).toBe('2');
    await view.keyboard.press('1');
    await view.keyboard.press('1');
    await expect.poll(() => counts(page)).toEqual([2, 1, ...Array(viewOptions - 2).fill(0)]);
    await screenshot(view, 'presenter-view-vote');
    expect(await axe(view, 'presenter view')).toEqual([]);
    await view.keyboard.press('b');
    await page.locator('#pm-blank').waitFor();
    await expect.poll(() => view.locator('.pmv-head').innerText()).toContain('Screen blank');
    await view.keyboard.press('b');
    await page.locator('#pm-blank').waitFor({ state: 'detached' });
    await view.keyboard.press('PageDown'); // confirms the count
    await expect.poll(() => page.locator('#pm-vote-foot').innerText()).toMatch(/Next plays/);
    await skipClock(page, GUARD);
    await view.keyboard.press('PageDown');
    await page.locator('.pm-room[data-kind="feedback"]').waitFor();
    await expect.poll(() => view.locator('.pmv-option.is-played .pmv-num').innerText()).toBe('1');
    await view.keyboard.press('r');
    await page.locator('#pm-revealed').waitFor();

    // Closing the view: the room screen notices.
    await view.close({ runBeforeUnload: true });
    await page.locator('.pm-flag', { hasText: 'Presenter view open' }).waitFor({ state: 'detached' });
  }, 600_000);
});
