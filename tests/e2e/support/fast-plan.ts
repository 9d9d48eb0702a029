// Following a test plan quickly: the same keys and clicks as support/play.ts playPlan, but with the input guard
// skipped by moving the page's clock on (support/fast.ts) instead of waited out. For tests about what a play leaves
// behind (the debrief, the record, the band cap, a reload, the stage's framing), not about the pace of play:
// play.test.ts plays a whole scenario at real speed, and it and rapid-input.test.ts test the guard itself.
// The page must have been made quick first (quicken(game), with or without the stage).

import type { Page } from 'playwright-core';
import { current, next, type Current } from './fast';
import { clickLikeALearner, pick, summary, type Plan, type PlayOptions, type PlayResult } from './play';

/** Moves on from the play screen `s` as the plan says, by keys or clicks; returns the decisions made so far. */
async function step(page: Page, plan: Plan, s: Current, input: PlayOptions['input'], made: number) {
  if (s.kind === 'line') {
    if (input === 'keyboard') await page.keyboard.press('Enter');
    else await clickLikeALearner(page, page.locator('#continue'));
    return made;
  }
  if (s.kind === 'choices') {
    const i = pick(s.options, plan.choices[made], made);
    if (input === 'mouse') await clickLikeALearner(page, page.locator('#choices button').nth(i));
    else if (i > 8) throw new Error(`decision ${made + 1}: option ${i + 1} has no digit key`);
    else await page.keyboard.press(String(i + 1));
    return made + 1;
  }
  if (s.kind !== 'feedback') throw new Error(`${plan.name}: unexpected screen "${s.kind}"`);
  // After a critical option the first button is "Try this decision again"; the plan carries on with its choice.
  const carryOn = s.critical ? 'Carry on with this choice' : 'Continue';
  if (input === 'mouse') {
    await clickLikeALearner(page, page.getByRole('button', { name: carryOn, exact: true }));
    return made;
  }
  if (s.critical) await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  if (focused !== carryOn)
    throw new Error(
      `${plan.name}: expected focus on "${carryOn}" after decision ${made}, found "${focused}"`,
    );
  await page.keyboard.press('Enter');
  return made;
}

/** Plays quickly from the play screen now showing to the summary (or to `until` decisions), following `plan`. */
export async function playPlanQuickly(page: Page, plan: Plan, options: PlayOptions): Promise<PlayResult> {
  const { input, until = Infinity } = options;
  let decisions = options.from ?? 0;
  const lines: string[] = [];
  let s = await current(page);
  for (let n = 0; n < 1000; n += 1) {
    if (s.view !== 'play') throw new Error(`${plan.name}: left the play screen (now "${s.view}")`);
    if (s.kind === 'ending') return { finished: true, decisions, lines, ...(await summary(page)) };
    if (s.kind === 'error') throw new Error(`${plan.name}: the game showed its error screen`);
    if (decisions >= until)
      return { finished: false, decisions, lines, ending: '', evidence: '', decisionList: '' };
    if (s.kind === 'line') lines.push(s.speaker ? `${s.speaker}: ${s.line}` : (s.line ?? ''));
    decisions = await step(page, plan, s, input, decisions);
    s = await next(page, s.count);
  }
  throw new Error(`${plan.name}: no ending after 1000 steps`);
}
