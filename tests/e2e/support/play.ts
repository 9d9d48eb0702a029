// Playing a scenario in the browser the way a learner does, following one of its test plans
// (tests/plans/<story>.plans.json): on a line press Enter (or click Continue); at a decision press the digit of the
// one option containing the plan's words (or click it); after feedback carry on. Returns what the summary shows.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { INPUT_GUARD_MS } from '../../../src/ui/screens/play';
import type { ScreenInfo, ScreenWatch } from './screen-watch';

export interface Plan {
  name: string;
  /** At each decision in turn, words found in exactly one option. */
  choices: string[];
  /** The ending's id, e.g. "shop-with-a-plan". */
  ending: string;
}

export function loadPlan(story: string, name: string): Plan {
  const file = join(import.meta.dirname, '..', '..', 'plans', `${story}.plans.json`);
  const plan = (JSON.parse(readFileSync(file, 'utf8')) as { plans: Plan[] }).plans.find(
    (p) => p.name === name,
  );
  if (!plan) throw new Error(`${file} has no plan called "${name}"`);
  return plan;
}

/** How the game shows an ending's id: "shop-with-a-plan" is "Shop with a plan". */
export function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface PlayOptions {
  input: 'keyboard' | 'mouse';
  /** Decisions already made (when carrying on a saved game). */
  from?: number;
  /** Stop once this many decisions have been made, on the screen after the last of them. */
  until?: number;
  /** Give up if one step takes longer than this. */
  stepTimeoutMs?: number;
}

export interface PlayResult {
  /** True at the summary; false when stopped by `until`. */
  finished: boolean;
  /** Decisions made so far, counting `from`. */
  decisions: number;
  /** Every line seen on screen, in order: "Speaker: words" or the narration. */
  lines: string[];
  /** The summary's "How the story ended: …" sentence. */
  ending: string;
  /** The evidence per outcome as the summary shows it: heading, band, rehearsal note, bar, meaning, notes. */
  evidence: string;
  /** The summary's "Your decisions" list. */
  decisionList: string;
}

/** A little past the game's input guard: input sooner than that after a new screen is ignored by design. */
export const SETTLE_MS = INPUT_GUARD_MS + 15;

type WithWatch = { __e2e: ScreenWatch };

/** Makes the next settle() return the screen already up (after a resize, a reload or another helper). */
export async function forgetScreen(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as WithWatch).__e2e.forget());
}

/** How many screens the shell has put up since the page loaded. */
export function screenCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as WithWatch).__e2e.count);
}

/** The screens put up since `t0` (the page's performance.now()), consecutive redraws of the same screen as one. */
export async function screensSince(page: Page, t0: number): Promise<ScreenWatch['history']> {
  const history = await page.evaluate(() => (window as unknown as WithWatch).__e2e.history);
  return history
    .filter((h) => h.at >= t0)
    .filter(
      (h, i, all) =>
        i === 0 || h.kind !== all[i - 1]!.kind || h.line !== all[i - 1]!.line || h.view !== all[i - 1]!.view,
    );
}

/**
 * Play screens that were replaced sooner than the input guard allows a learner to move on: a line or a decision
 * the game skipped by itself. Each is "shown → replaced by" with the time it was up.
 */
export async function hurriedScreens(page: Page): Promise<string[]> {
  const shown = (await screensSince(page, 0)).filter((h) => h.view === 'play');
  return shown.slice(1).flatMap((next, i) => {
    const before = shown[i]!;
    const up = next.at - before.at;
    return up < INPUT_GUARD_MS - 30
      ? [`${before.kind} "${before.line ?? ''}" was up ${up} ms before ${next.kind} "${next.line ?? ''}"`]
      : [];
  });
}

/** The screens put up lately, one a line, for a failing test's message. */
export async function screenHistory(page: Page): Promise<string> {
  const history = await page.evaluate(() => (window as unknown as WithWatch).__e2e.history);
  return history.map((h) => `  ${h.at} ms ${h.view}/${h.kind ?? '-'} ${h.line ?? ''}`).join('\n');
}

/** Waits for the next screen (and its input guard) and says what it shows. */
export async function settle(page: Page, timeoutMs = 15_000): Promise<ScreenInfo> {
  const info = await page.evaluate(
    ([guard, timeout]) => (window as unknown as WithWatch).__e2e.settle(guard!, timeout!),
    [SETTLE_MS, timeoutMs],
  );
  if (!info) throw new Error(`no new screen within ${timeoutMs} ms`);
  return info;
}

/** The middle of `locator`, scrolled into view if need be; throws if something else covers it there. */
async function uncoveredMiddle(locator: Locator, verb: string): Promise<{ x: number; y: number }> {
  const target = await locator.evaluate((el) => {
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    return {
      x,
      y,
      covered: hit && (hit === el || el.contains(hit)) ? null : (hit?.outerHTML.slice(0, 120) ?? 'nothing'),
    };
  });
  if (target.covered) throw new Error(`cannot ${verb} ${locator}: covered by ${target.covered}`);
  return target;
}

/**
 * Clicks the middle of `locator` with the mouse, as a learner would: scrolled into view if need be, and only if
 * nothing covers it there (a notice, the conversation panel). Quicker than locator.click(), whose wait for a
 * "stable" element costs several animation frames, which are slow while the stage draws in software.
 */
export async function clickLikeALearner(page: Page, locator: Locator): Promise<void> {
  const { x, y } = await uncoveredMiddle(locator, 'click');
  await page.mouse.click(x, y);
}

/** Taps the middle of `locator` on the touch screen, as a learner's finger would; the same checks as a click. */
export async function tapLikeALearner(page: Page, locator: Locator): Promise<void> {
  const { x, y } = await uncoveredMiddle(locator, 'tap');
  await page.touchscreen.tap(x, y);
}

/** The one option containing `want` (a plan's words for decision `step`); throws if none or several do. */
export function pick(options: string[], want: string | undefined, step: number): number {
  if (want === undefined)
    throw new Error(`the plan has no choice for decision ${step + 1}; options:\n  ${options.join('\n  ')}`);
  const hits = options.map((o, i) => (o.includes(want) ? i : -1)).filter((i) => i >= 0);
  if (hits.length !== 1)
    throw new Error(
      `decision ${step + 1}: "${want}" matches ${hits.length} options:\n  ${options.join('\n  ')}`,
    );
  return hits[0]!;
}

/** What the summary now on screen shows: the ending, the evidence per outcome and the decisions. */
export async function summary(page: Page): Promise<Pick<PlayResult, 'ending' | 'evidence' | 'decisionList'>> {
  return page.evaluate(() => {
    const text = (sel: string) => (document.querySelector<HTMLElement>(sel)?.innerText ?? '').trim();
    // innerText leaves out the bars' aria-labels (the band in words), which are part of the evidence shown.
    const outcomes = [...document.querySelectorAll<HTMLElement>('.summary .outcomes-list > li')].map((li) => {
      const bar = li.querySelector('.bar')?.getAttribute('aria-label') ?? '';
      return `${li.innerText.trim()}\n[bar: ${bar}]`;
    });
    return {
      ending: text('.summary .ending'),
      evidence: outcomes.join('\n\n'),
      decisionList: text('.summary ol.decisions'),
    };
  });
}

/** Plays from the play screen now showing to the summary (or to `until` decisions), following `plan`. */
export async function playPlan(page: Page, plan: Plan, options: PlayOptions): Promise<PlayResult> {
  const { input, until = Infinity, stepTimeoutMs = 15_000 } = options;
  let decisions = options.from ?? 0;
  const lines: string[] = [];
  let last = 'the start';
  await forgetScreen(page);
  for (let step = 0; step < 1000; step += 1) {
    let s: ScreenInfo;
    try {
      s = await settle(page, stepTimeoutMs);
    } catch (e) {
      throw new Error(`${plan.name}: after ${last}: ${(e as Error).message}`, { cause: e });
    }
    if (s.view !== 'play')
      throw new Error(`${plan.name}: left the play screen (now "${s.view}") after ${last}`);
    if (s.kind === 'ending') return { finished: true, decisions, lines, ...(await summary(page)) };
    if (s.kind === 'error') throw new Error(`${plan.name}: the game showed its error screen after ${last}`);
    if (decisions >= until)
      return { finished: false, decisions, lines, ending: '', evidence: '', decisionList: '' };

    if (s.kind === 'line') {
      lines.push(s.speaker ? `${s.speaker}: ${s.line}` : (s.line ?? ''));
      last = `the line "${s.line}"`;
      if (input === 'keyboard') await page.keyboard.press('Enter');
      else await clickLikeALearner(page, page.locator('#continue'));
    } else if (s.kind === 'choices') {
      const i = pick(s.options, plan.choices[decisions], decisions);
      decisions += 1;
      last = `decision ${decisions} ("${s.options[i]}")`;
      if (input === 'keyboard') {
        if (i > 8) throw new Error(`decision ${decisions}: option ${i + 1} has no digit key`);
        await page.keyboard.press(String(i + 1));
      } else {
        await clickLikeALearner(page, page.locator('#choices button').nth(i));
      }
    } else if (s.kind === 'feedback') {
      // After a critical option the first button is "Try this decision again"; the plan carries on with its choice.
      const carryOn = s.critical ? 'Carry on with this choice' : 'Continue';
      last = `the feedback on decision ${decisions}`;
      if (input === 'keyboard') {
        if (s.critical) await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        if (focused !== carryOn)
          throw new Error(
            `${plan.name}: expected focus on "${carryOn}" after decision ${decisions}, found "${focused}"`,
          );
        await page.keyboard.press('Enter');
      } else {
        await clickLikeALearner(page, page.getByRole('button', { name: carryOn, exact: true }));
      }
    } else {
      throw new Error(`${plan.name}: unexpected screen "${s.kind}" after ${last}`);
    }
  }
  throw new Error(`${plan.name}: no ending after 1000 steps`);
}

/** From the title screen: Start, the scenario's card, Start the scenario; then waits for the first line. */
export async function startScenario(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  // Once (CI, 5 December, a loaded machine) the picker's button never came after Start: say where the page was.
  await page
    .getByRole('button', { name: `Play ${title}`, exact: true })
    .click()
    .catch(async (e: unknown) => {
      const where = await page.evaluate(() => ({
        view: document.body.dataset.view,
        focused: document.activeElement?.outerHTML.slice(0, 120),
        notices: document.getElementById('notices')?.innerText ?? '',
        buttons: [...document.querySelectorAll('button')].map((b) => b.textContent).slice(0, 12),
      }));
      throw new Error(`no "Play ${title}" after Start: ${JSON.stringify(where)}`, { cause: e });
    });
  await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
  await page.locator('body[data-view="play"]').waitFor();
}
