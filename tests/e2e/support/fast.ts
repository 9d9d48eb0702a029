// Playing quickly, for tests about what survives (reloads, faults, hostile text) rather than about pace.
//
// The game ignores input for INPUT_GUARD_MS after a new screen (play.test.ts and rapid-input.test.ts test that).
// Here the page's performance.now() is moved on past the guard before each key instead of waiting it out, so a
// play-through of ~120 screens takes seconds, not half a minute. The stage can be left out as well: its chunk then
// answers with a createStage that fails, and the game takes its words-only path (as on a device without WebGL or
// canvas); drawn in software, the stage would take one of the machine's two cores.
//
// Pages for these helpers are opened with serviceWorkers: 'block', so a reload is served by the test server (and
// its routes), not from the service worker's cache.

import type { Page } from 'playwright-core';
import type { Session } from '../../../src/state/session';
import { INPUT_GUARD_MS, OPTIONS_GUARD_MS } from '../../../src/ui/screens/play';
import type { GamePage } from './browser';
import type { ScreenInfo, ScreenWatch } from './screen-watch';

const SKIP_GUARD_SCRIPT = `(() => {
  const real = performance.now.bind(performance);
  let skipped = 0;
  performance.now = () => real() + skipped;
  Object.defineProperty(window, '__skipGuard', { value: (ms) => { skipped += ms; } });
  Object.defineProperty(window, '__skippedMs', { value: () => skipped });
})();`;

const NO_STAGE = `export async function createStage() { throw new Error('the stage is left out of this test'); }`;

// With the stage drawn, animation frames must keep the same clock: Phaser takes each frame's time from
// requestAnimationFrame, but resets its last frame time from performance.now() when its loop wakes (src/stage/idle.ts).
// Were only performance.now() moved on, every frame would seem to come before that reset, no tween would advance,
// and the stage would draw every frame (in software) until real time caught up with the time skipped.
const STAGE_CLOCK_SCRIPT = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => callback(t + window.__skippedMs()));
})();`;

export const STAGE_CHUNK = /\/assets\/stage-[\w-]+\.js$/;

type Win = { __e2e: ScreenWatch; __skipGuard(ms: number): void };

/** Makes `game` quick to play: the input guard skipped on request, and (unless `stage`) no stage. */
export async function quicken(game: GamePage, { stage = false } = {}): Promise<void> {
  // Exactly the note Playwright has the page log when serviceWorkers is 'block'.
  game.allow({
    why: 'the page is opened with serviceWorkers: "block"',
    matches: (e) => e.type === 'warning' && e.text === 'Service Worker registration blocked by Playwright',
  });
  if (stage) return quickClock(game.page);
  await game.page.addInitScript({ content: SKIP_GUARD_SCRIPT });
  await leaveOutStage(game.page);
}

/**
 * Lets a test move `page`'s clock past a guard (skipClock) instead of waiting it out, the stage's frames keeping
 * the same clock; nothing else about the page changes (its service worker, its stage). For presenter mode, whose
 * press guard is read from the same clock.
 */
export async function quickClock(page: Page): Promise<void> {
  await page.addInitScript({ content: SKIP_GUARD_SCRIPT });
  await page.addInitScript({ content: STAGE_CLOCK_SCRIPT });
}

/** Moves `page`'s clock on by `ms` if it was made quick (quicken, quickClock); otherwise waits `ms`. */
export async function skipClock(page: Page, ms: number): Promise<void> {
  const skipped = await page.evaluate((by) => {
    const w = window as unknown as Partial<Win>;
    w.__skipGuard?.(by);
    return !!w.__skipGuard;
  }, ms);
  if (!skipped) await page.waitForTimeout(ms);
}

/**
 * Plays `page` in words alone, as on a device without WebGL or canvas: for tests whose subject is not the stage.
 * Drawn in software, each change of the stage is a frame of 150-220 ms of CPU in the browser's GPU process (20 lines
 * at 1280x900: 3.3-4.4 CPU seconds with the stage, 0.2 without), and CI has two cores for two test files at a time.
 */
export async function leaveOutStage(page: Page): Promise<void> {
  await page.route(STAGE_CHUNK, (route) => route.fulfill({ contentType: 'text/javascript', body: NO_STAGE }));
}

/** Moves the page's clock past the input guard of the screen now up. */
export async function skipGuard(page: Page): Promise<void> {
  await skipClock(page, OPTIONS_GUARD_MS + 20);
}

export type Current = ScreenInfo & { count: number };

/**
 * Waits for a screen newer than `after` (screen number from a previous call; -1 for whatever is up), moves the
 * clock past its input guard, and says what it shows. One round trip to the page.
 */
export async function next(page: Page, after = -1): Promise<Current> {
  return page.evaluate(
    async ([n, ms]) => {
      const w = window as unknown as Win;
      const deadline = performance.now() + 15_000;
      while (!(
        document.querySelector('#app > section.screen') &&
        document.body.dataset.view &&
        w.__e2e.count > n!
      )) {
        if (performance.now() > deadline) throw new Error(`no new screen after screen ${n}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      // A new moment's focus lands in the task after the one that built it (src/ui/host/focus.ts), well
      // inside the guard a learner waits out; skipping the guard, wait for it here (at most 1 s: a screen may have
      // nothing to focus).
      const built = performance.now();
      while (document.activeElement === document.body && performance.now() - built < 1000)
        await new Promise((r) => setTimeout(r, 5));
      // New options ignore presses for longer than a line does; the screen says how long (data-guard-ms).
      const section = document.querySelector<HTMLElement>('#app > section.screen');
      w.__skipGuard(Math.max(ms!, Number(section?.dataset.guardMs || 0) + 20));
      return { ...w.__e2e.read(), count: w.__e2e.count };
    },
    [after, INPUT_GUARD_MS + 20] as const,
  );
}

/** What is on screen now (past its input guard). */
export function current(page: Page): Promise<Current> {
  return next(page, -1);
}

/** Presses `keys` in turn (the screen's guard already passed, by next()) and waits for the screen they bring up. */
export async function press(page: Page, before: Current, ...keys: string[]): Promise<Current> {
  for (const key of keys) await page.keyboard.press(key);
  return next(page, before.count);
}

/** The keys that move on from a play screen: Enter on a line, the digit of option `pick` on a decision, and on
 * feedback "Continue" (or, after a critical option, "Carry on with this choice", the second button). */
export function keysFor(s: ScreenInfo, pick = 0): string[] {
  if (s.kind === 'line') return ['Enter'];
  if (s.kind === 'choices') return [String(Math.min(pick, s.options.length - 1) + 1)];
  if (s.kind === 'feedback') return s.critical ? ['Tab', 'Enter'] : ['Enter'];
  throw new Error(`no keys move on from a "${s.kind}" screen`);
}

/**
 * Plays on from the play screen, choosing with `pick` (default: the first option), until `stop` says so or the
 * story ends or fails. Returns the screen it stopped on.
 */
export async function playOn(
  page: Page,
  stop: (s: Current) => boolean,
  pick: (s: Current) => number = () => 0,
): Promise<Current> {
  let s = await current(page);
  for (let step = 0; step < 1000; step += 1) {
    if (s.view !== 'play' || s.kind === 'ending' || s.kind === 'error' || stop(s)) return s;
    s = await press(page, s, ...keysFor(s, s.kind === 'choices' ? pick(s) : 0));
  }
  throw new Error('no ending after 1000 steps');
}

/** The saved game and progress of the guest profile, as stored. */
export const KEY = 'care-conversations:p:guest:';

/** Waits until a save the game has put off (src/state/write-behind.ts: until after the next paint) is written. */
export async function saveWritten(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
  );
}

/** The guest's saved game as stored, once any waiting save is written; null if there is none. */
export async function savedSession(page: Page): Promise<Session | null> {
  await saveWritten(page);
  return page.evaluate(
    (k) => JSON.parse(localStorage.getItem(`${k}session`) ?? 'null')?.data?.session ?? null,
    KEY,
  );
}

/** The guest's saved game, which the test expects to be there. */
export async function savedGame(page: Page): Promise<Session> {
  const session = await savedSession(page);
  if (!session) throw new Error('there is no saved game in storage');
  return session;
}

export async function stored(page: Page): Promise<Record<string, string>> {
  await saveWritten(page);
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k) ?? '']),
    ),
  );
}
