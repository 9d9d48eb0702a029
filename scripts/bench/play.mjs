// Scripted play-throughs, driven like a learner with a keyboard: Enter on a line, the option's digit on a choice
// screen (the option is the one whose text contains the plan's words, as in tests/plans), and a click on
// "Continue" after feedback. Each input is timed from the input event to the paint of the next screen.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withTimeout } from './timeout.mjs';
import { ROOT } from './build.mjs';

const STEP_TIMEOUT = 30_000;

/** Every scenario with its title (from the story's `# title:` tag) and its "best path" plan. */
export function scenarios() {
  const plansDir = join(ROOT, 'tests/plans');
  return readdirSync(plansDir)
    .filter((f) => f.endsWith('.plans.json'))
    .sort()
    .map((f) => {
      const { story, plans } = JSON.parse(readFileSync(join(plansDir, f), 'utf8'));
      const ink = readFileSync(join(ROOT, 'stories', `${story}.ink`), 'utf8');
      const title = /^#\s*title:\s*(.+)$/m.exec(ink)?.[1]?.trim() ?? story;
      const plan = plans.find((p) => p.name === 'best path') ?? plans[0];
      return { id: story, title, plan };
    });
}

/** Turns off "Show feedback straight after each choice", through the settings screen, so a choice leads
 *  straight to the next line. Returns false if the setting could not be found (feedback screens are then
 *  passed with Continue, and are what a choice leads to). */
export async function instantFeedbackOff(page) {
  const settings = page.getByRole('button', { name: 'Settings', exact: true });
  if (!(await settings.isVisible())) return false;
  await settings.click();
  const box = page.locator('#instant');
  let done = false;
  if (await box.count()) {
    if (await box.isChecked()) await box.click();
    done = !(await box.isChecked());
  }
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
  return done;
}

/** From the title or the picker: Play <title>, then "Start the scenario"; resolves with the first-line timing. */
export async function startScenario(page, title, timeoutMs = STEP_TIMEOUT) {
  const start = page.getByRole('button', { name: 'Start', exact: true });
  if (await start.isVisible()) await start.click();
  await page.getByRole('button', { name: `Play ${title}` }).click();
  const go = page.getByRole('button', { name: 'Start the scenario' });
  await go.waitFor();
  await page.evaluate(() => window.__bench.arm(0));
  await go.click();
  const shown = await withTimeout(
    page.evaluate(() => window.__bench.pending),
    timeoutMs,
    'the first line',
  );
  if (shown.kind !== 'line' && shown.kind !== 'choices')
    throw new Error(`the scenario opened on ${shown.kind}`);
  return shown;
}

/** From the end of a scenario: "Play again" straight into the first line. */
export async function playAgain(page) {
  await page.evaluate(() => window.__bench.arm(0));
  await page.getByRole('button', { name: 'Play again', exact: true }).click();
  return withTimeout(
    page.evaluate(() => window.__bench.pending),
    STEP_TIMEOUT,
    'the first line after Play again',
  );
}

/** From the end of a scenario back to the picker. */
export async function backToPicker(page) {
  await page.getByRole('button', { name: 'Choose another scenario' }).click();
  await page
    .getByRole('button', { name: /^Play / })
    .first()
    .waitFor();
}

/**
 * Plays `plan` from the current screen to the end. `settleMs`: wait this long after each screen is painted before
 * the next input (the game ignores input for 250 ms after a new screen). `skewMs`: instead of waiting, move the
 * page's clock on (leak check only; with `waitPaint` false, each step ends when the next screen is in the DOM).
 * Returns the latencies (ms, input to paint) by kind of input, in `dom` the part of each that was script (input
 * to the new screen being in the DOM), and in `presses` when each input came.
 */
export async function playPlan(
  page,
  plan,
  { settleMs = 0, skewMs = 0, maxSteps = Infinity, waitPaint = true } = {},
) {
  const out = {
    choice: [],
    continue: [],
    feedback: [],
    dom: { choice: [], continue: [], feedback: [] },
    // Each input's moment on the page's clock, and its kind: what a long task came after.
    presses: [],
    choicesMade: 0,
    steps: 0,
  };
  let screen = await page.evaluate(() => window.__bench.screen());
  for (let guard = 0; guard < 2000; guard += 1) {
    if (screen.kind === 'end' || out.steps >= maxSteps) return out;
    let press;
    let kind;
    if (screen.kind === 'choices') {
      const want = plan.choices[out.choicesMade];
      if (want === undefined) throw new Error(`the plan has no choice for decision ${out.choicesMade + 1}`);
      const hits = screen.options.map((t, i) => (t.includes(want) ? i : -1)).filter((i) => i >= 0);
      if (hits.length !== 1)
        throw new Error(`"${want}" matches ${hits.length} of:\n  ${screen.options.join('\n  ')}`);
      const key = String(hits[0] + 1);
      press = () => page.keyboard.press(key);
      kind = 'choice';
      out.choicesMade += 1;
    } else if (screen.kind === 'line') {
      press = () => page.keyboard.press('Enter');
      kind = 'continue';
    } else if (screen.kind === 'feedback') {
      press = () => page.locator('#continue').click();
      kind = 'feedback';
    } else {
      throw new Error(`unexpected screen after ${out.steps} steps: ${JSON.stringify(screen)}`);
    }
    await page.evaluate(
      async ([settle, skew, paint]) => {
        await window.__bench.arm(settle, paint);
        if (skew) window.__bench.skew(skew);
      },
      [settleMs, skewMs, waitPaint],
    );
    await press();
    const shown = await withTimeout(
      page.evaluate(async () => ({ ...(await window.__bench.pending), screen: window.__bench.screen() })),
      STEP_TIMEOUT,
      `the screen after a ${kind} (step ${out.steps + 1})`,
    );
    out[kind].push(shown.paint);
    out.dom[kind].push(shown.dom);
    out.presses.push({ at: shown.at, kind });
    out.steps += 1;
    screen = shown.screen;
  }
  throw new Error('the play-through did not reach an end');
}
