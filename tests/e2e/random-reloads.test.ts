// Seeded random play-throughs in the production build, reloaded at random moments: on a line, decision, feedback or
// summary screen; straight after a key press whose handling may or may not have been saved; while "Continue" is
// still loading the saved game (so twice in a row). A critical choice is sometimes tried again. Each play-through must end
// exactly as an uninterrupted replay of its final choice log does in Node (support/reference.ts): the same ending, the
// same evidence (on the summary's bars and in the progress store), and the same lines and choices in the
// conversation, none skipped and none twice.
//
// Speed (support/fast.ts): the input guard is skipped by moving the page's clock on, not waited out (play.test.ts
// and rapid-input.test.ts test the guard itself); motion is reduced; and the stage is left out, so the game takes its
// words-only path. What the stage would show is still checked: the saved stage state (room, people, moods) must
// equal the uninterrupted replay's.
//
// Play-through i uses mulberry32(SEED_BASE + i) for its picks and reload moments; a failure names it. The reload
// races make a run not exactly repeatable, which is the point: whatever the timing, nothing may be lost.
//
// Every play-through has one reload of a set kind, by turns (FORCED), so even the short run in `npm test` has each
// kind of moment at least once; the rest come at random. Breadth is elsewhere: tests/reliability/random-play.ts
// saves and restores hundreds of seeded play-throughs in Node, and `npm run soak` runs 40 here per scenario.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import dad from '../../stories/dads-not-going-anywhere.ink';
import floor from '../../stories/found-on-the-floor.ink';
import midnight from '../../stories/nothing-after-midnight.ink';
import type { CompiledScenario } from '../../src/story/scenario';
import { mulberry32, type Random } from '../support/random';
import { uninterrupted } from './support/reference';
import { humanise, useBrowser } from './support/browser';
import { current, keysFor, KEY, press, quicken, type Current, savedSession } from './support/fast';

/**
 * Play-throughs per scenario: 3 in `npm test` (9 in all, so each forced kind of reload comes up twice or more, and a
 * reload while resuming in every other play-through); `npm run soak` sets RELOAD_PLAYS for a longer run.
 */
const PER_SCENARIO = Number.parseInt(process.env.RELOAD_PLAYS ?? '3', 10);
if (!(PER_SCENARIO >= 1))
  throw new Error(`RELOAD_PLAYS must be a whole number of at least 1, not "${process.env.RELOAD_PLAYS}"`);
const SEED_BASE = 1100;

const browser = useBrowser();

interface Tally {
  plays: number;
  reloads: Record<string, number>;
  steps: number;
  retries: number;
  /** Keys that raced a reload and landed on the title screen of the reloaded page. */
  strays: number;
}
const tally: Tally = { plays: 0, reloads: {}, steps: 0, retries: 0, strays: 0 };

async function reload(page: Page, why: string): Promise<void> {
  tally.reloads[why] = (tally.reloads[why] ?? 0) + 1;
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.locator('body[data-view="title"]').waitFor();
}

/** Title -> Continue; sometimes (or when `resumeReload`) reloads again while the saved game is still being loaded. */
async function carryOn(page: Page, title: string, rng: Random, resumeReload = false): Promise<void> {
  const button = page.getByRole('button', { name: `Continue: ${title}`, exact: true });
  if (rng.next() < 0.2 || resumeReload) {
    await backToTitle(page);
    await button.click();
    await reload(page, 'while resuming');
  }
  for (let attempt = 0; ; attempt += 1) {
    await backToTitle(page);
    try {
      await button.click({ timeout: 5_000 });
      break;
    } catch (e) {
      // A key that raced a reload may have opened the picker under the click; go back and click again.
      if (attempt >= 3) {
        const state = await page.evaluate(() => ({
          view: document.body.dataset.view,
          notices: document.getElementById('notices')?.innerText ?? '',
          keys: Object.keys(localStorage),
          session: (localStorage.getItem('care-conversations:p:guest:session') ?? '').slice(0, 300),
        }));
        throw new Error(`no "Continue: ${title}" on the title: ${JSON.stringify(state)}`, { cause: e });
      }
    }
  }
  await page.locator('body[data-view="play"]').waitFor();
}

/**
 * A key that raced a reload can land on the new page's title screen: Enter there opens the picker (a stray key, as
 * a learner's would). Back to the title with Escape, as a learner would.
 */
async function backToTitle(page: Page): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    const view = await page.evaluate(() => document.body.dataset.view);
    if (view !== 'picker' && view !== 'before') return;
    tally.strays += 1;
    await page.keyboard.press('Escape');
    await page
      .locator('body[data-view="title"]')
      .waitFor({ timeout: 5_000 })
      .catch(async (e: unknown) => {
        const state = await page.evaluate(() => ({
          view: document.body.dataset.view,
          text: document.getElementById('app')?.innerText.slice(0, 300),
        }));
        throw new Error(`Escape from "${view}" did not reach the title: ${JSON.stringify(state)}`, {
          cause: e,
        });
      });
  }
}

/** Chance, at each step, of a reload on the screen then up, and of one racing the step's key. */
const RELOAD = 0.012;
const RACE = 0.012;

/** The reload every play-through has, by turns: on a settled screen of this kind, or racing a key press. */
const FORCED = ['line', 'race', 'choices', 'feedback'] as const;
type Forced = (typeof FORCED)[number];

/**
 * One play-through from the title screen to the summary, with reloads at random moments and one of the `forced`
 * kind at the first chance from a step picked in advance (then, if `resumeReload`, another while resuming).
 */
async function playWithReloads(
  page: Page,
  title: string,
  rng: Random,
  forced: { kind: Forced; resumeReload: boolean },
): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: `Play ${title}`, exact: true }).click();
  await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
  await page.locator('body[data-view="play"]').waitFor();
  // Early enough that every route still has a decision and its feedback to come.
  const forcedFrom = rng.int(60);
  let forcedDone = false;
  let resumeReload = false;
  let reloads = 0;
  let s: Current = await current(page);
  for (let step = 0; step < 600; step += 1) {
    if (s.view === 'title') {
      await carryOn(page, title, rng, resumeReload);
      resumeReload = false;
      s = await current(page);
      continue;
    }
    if (s.view !== 'play') {
      if (s.view === 'picker' || s.view === 'before') {
        await backToTitle(page);
        s = await current(page);
        continue;
      }
      throw new Error(`left the play screen for "${s.view}" at step ${step}`);
    }
    if (s.kind === 'error')
      throw new Error(`the error screen at step ${step}: ${await page.locator('#app').innerText()}`);
    if (s.kind === 'ending') {
      // Sometimes reload on the summary too: it must come back the same.
      if (reloads === 0 || rng.next() < 0.3) {
        await reload(page, 'on the summary');
        await carryOn(page, title, rng);
        await page.locator('.summary').waitFor();
      }
      tally.steps += step;
      return;
    }
    const r = rng.next();
    const due = !forcedDone && step >= forcedFrom && (forced.kind === 'race' || s.kind === forced.kind);
    if (due) {
      forcedDone = true;
      resumeReload = forced.resumeReload;
    }
    if ((due && forced.kind !== 'race') || (!due && r < RELOAD)) {
      reloads += 1;
      await reload(page, `on a settled ${s.kind} screen`);
      s = await current(page);
      continue;
    }
    // Feedback after a critical option: its first button tries the decision again (sometimes taken), the second
    // carries on.
    const retry = s.kind === 'feedback' && s.critical && rng.next() < 0.25;
    const keys = retry ? ['Enter'] : keysFor(s, s.kind === 'choices' ? rng.int(s.options.length) : 0);
    if (retry) tally.retries += 1;
    if (due || r < RELOAD + RACE) {
      // A reload racing the key: the page reloads itself 0-20 ms after this, so whether the key arrives, and its step
      // is handled and saved, before the page goes is up to the timing.
      reloads += 1;
      tally.reloads['racing a key press'] = (tally.reloads['racing a key press'] ?? 0) + 1;
      // Waiting for the whole load (not just the document) lets the racing key be delivered, or dropped, first.
      const loaded = page.waitForEvent('load');
      await page.evaluate((delay) => setTimeout(() => location.reload(), delay), rng.int(21));
      await Promise.race([
        page.keyboard.press(keys[keys.length - 1]!).catch(() => undefined),
        new Promise((ok) => setTimeout(ok, 5_000)),
      ]);
      await loaded;
      await page.locator('body[data-view="title"]').waitFor();
      await page.waitForTimeout(50); // a key delivered to the new page lands now, not under the next read
      s = await current(page);
      continue;
    }
    s = await press(page, s, ...keys);
  }
  throw new Error('no ending after 600 steps');
}

const scenarios: [CompiledScenario, string][] = [
  [dad, "Dad's not going anywhere"],
  [floor, 'Found on the floor'],
  [midnight, 'Nothing after midnight'],
];

describe(`${PER_SCENARIO * scenarios.length} random play-throughs with reloads at random moments`, () => {
  scenarios.forEach(([scenario, title], n) => {
    it(
      `"${title}": ${PER_SCENARIO} play-throughs end as an uninterrupted replay of their choices`,
      { timeout: PER_SCENARIO * 60_000 },
      async () => {
        // No service worker: it would serve the real stage chunk from its cache on a reload, past the route below.
        const game = await browser.open({ reducedMotion: 'reduce', serviceWorkers: 'block' });
        const { page } = game;
        await quicken(game);
        await game.goto();
        for (let i = 0; i < PER_SCENARIO; i += 1) {
          const p = n * PER_SCENARIO + i;
          const seed = SEED_BASE + p;
          const rng = mulberry32(seed);
          const forced = { kind: FORCED[p % FORCED.length]!, resumeReload: p % 2 === 0 };
          const where = `"${title}", play-through seed ${seed} (forced reload: ${forced.kind})`;
          // A clean device for each play-through (the page is reused).
          await page.evaluate(() => {
            localStorage.clear();
            sessionStorage.clear();
          });
          await page.reload();
          await page.locator('body[data-view="title"]').waitFor();

          const started = Date.now();
          const before = Object.values(tally.reloads).reduce((a, b) => a + b, 0);
          await playWithReloads(page, title, rng, forced);
          tally.plays += 1;
          const reloads = Object.values(tally.reloads).reduce((a, b) => a + b, 0) - before;
          console.log(`${where}: ${reloads} reloads, ${((Date.now() - started) / 1000).toFixed(1)} s`);

          const session = await savedSession(page);
          expect(session, where).not.toBeNull();
          expect(session!.screen.kind, where).toBe('ending');
          const ref = uninterrupted(scenario, session!.save.seed, session!.save.choiceLog);

          // The ending, on screen and in the saved game.
          expect(session!.screen.kind === 'ending' && session!.screen.ending, where).toBe(ref.ending);
          expect(await page.locator('.summary .ending').innerText(), where).toBe(
            `How the story ended: ${humanise(ref.ending ?? '')}.`,
          );
          // The evidence: the summary's bars (their band in words), and what the progress store kept.
          const bars = await page
            .locator('.summary .outcomes-list > li')
            .evaluateAll((items) =>
              Object.fromEntries(
                items.map((li) => [
                  li.querySelector('h3')?.textContent?.split(' ')[0] ?? '?',
                  li.querySelector('.bar')?.getAttribute('aria-label') ?? '',
                ]),
              ),
            );
          expect(bars, where).toEqual(ref.bands);
          const progress = await page.evaluate(
            (k) => JSON.parse(localStorage.getItem(`${k}progress`) ?? 'null')?.data,
            KEY,
          );
          const best = (progress?.[scenario.id]?.best ?? {}) as Record<string, { percent: number }>;
          expect(Object.fromEntries(Object.entries(best).map(([id, s]) => [id, s.percent])), where).toEqual(
            ref.percents,
          );
          expect(progress?.[scenario.id]?.endings, where).toEqual([ref.ending]);
          // The conversation: every line once, in order, and every choice, as in the uninterrupted replay.
          expect(
            session!.transcript.filter((e) => e.kind === 'line').map((e) => e.text),
            where,
          ).toEqual(ref.lines);
          expect(
            session!.transcript.filter((e) => e.kind === 'choice').map((e) => e.text),
            where,
          ).toEqual(ref.chosen);
          expect(
            session!.decisions.map((d) => d.options[d.chosen]?.text),
            where,
          ).toEqual(ref.chosen);
          // What the stage shows: the room, who is there, in which mood.
          expect(session!.stage, where).toEqual(ref.stage);
          expect(await page.evaluate(() => document.body.dataset.stage), where).toBe('unavailable');
        }
      },
    );
  });

  it('tallies the reloads', () => {
    // Every play-through above was reloaded at least once; the kinds of moment are all represented.
    console.log(
      `random-reloads: ${tally.plays} play-throughs, ${tally.steps} steps, ${tally.retries} retries, ${tally.strays} stray keys, reloads: ${JSON.stringify(tally.reloads)}`,
    );
    expect(tally.plays).toBe(PER_SCENARIO * scenarios.length);
    const total = Object.values(tally.reloads).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(tally.plays);
    // Each kind forced in this run, and a reload while resuming (forced in play-through 0).
    const forcedKinds = FORCED.slice(0, tally.plays).map((k) =>
      k === 'race' ? 'racing a key press' : `on a settled ${k} screen`,
    );
    expect(Object.keys(tally.reloads).sort()).toEqual(
      expect.arrayContaining([...forcedKinds, 'while resuming']),
    );
  });
});
