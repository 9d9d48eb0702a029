// Rapid input in the production build, at real speed (no clock tricks): a held key (Enter and a digit, with the
// keyboard's auto-repeat), double clicks while sounds are still loading (every sound file held back for seconds) and
// while the stage moves between rooms with full motion, and double clicks on the buttons that load a scenario.
// Asserted on what was kept, not just on "no error": the saved conversation against the screens actually shown,
// one decision per decision screen, and no screen replaced before a learner could act on it.
// (play.test.ts has the first double click and double Enter; a longer soak would go in its own script.)

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  hurriedScreens,
  screenHistory,
  screensSince,
  settle,
  startScenario,
  useBrowser,
} from './support/browser';
import { doubleClick } from './support/rapid';
import { quicken, savedGame } from './support/fast';
import type { ScreenInfo } from './support/screen-watch';

const browser = useBrowser();

const KEYS: Record<string, { code: string; vk: number; text: string }> = {
  Enter: { code: 'Enter', vk: 13, text: '\r' },
  '1': { code: 'Digit1', vk: 49, text: '1' },
  '2': { code: 'Digit2', vk: 50, text: '2' },
};

/** Holds `key` down: one press, then the keyboard's auto-repeat (after 500 ms, every 33 ms) for `ms`, then release. */
async function hold(page: Page, key: string, ms = 1500): Promise<void> {
  const k = KEYS[key]!;
  const base = {
    key,
    code: k.code,
    windowsVirtualKeyCode: k.vk,
    nativeVirtualKeyCode: k.vk,
    text: k.text,
    unmodifiedText: k.text,
  };
  const cdp = await page.context().newCDPSession(page);
  const t0 = Date.now();
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base });
  await page.waitForTimeout(500);
  while (Date.now() - t0 < ms) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base, autoRepeat: true });
    await page.waitForTimeout(33);
  }
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key,
    code: k.code,
    windowsVirtualKeyCode: k.vk,
    nativeVirtualKeyCode: k.vk,
  });
  await cdp.detach();
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** The play screens shown since `t0`, one per screen. */
async function shownSince(page: Page, t0: number) {
  return (await screensSince(page, t0)).filter((h) => h.view === 'play');
}

/** The saved conversation is exactly the lines shown on screen, in order, and one choice per decision screen. */
async function expectKeptAsShown(page: Page): Promise<void> {
  const session = await savedGame(page);
  const shown = await shownSince(page, 0);
  const lines = shown.filter((h) => h.kind === 'line').map((h) => h.line);
  // A line shown again (after a reload or a retry) is one line; the history has no reloads in these tests.
  expect(
    session.transcript.filter((e) => e.kind === 'line').map((e) => e.text),
    `screens:\n${await screenHistory(page)}`,
  ).toEqual(lines);
  expect(session.decisions).toHaveLength(
    shown.filter((h) => h.kind === 'choices').length - (shown.at(-1)?.kind === 'choices' ? 1 : 0),
  );
  expect(session.save.choiceLog.map((c) => c.text)).toEqual(
    session.decisions.map((d) => d.options[d.chosen]!.text),
  );
  expect(await hurriedScreens(page), `screens:\n${await screenHistory(page)}`).toEqual([]);
}

describe('rapid input', () => {
  it('a held Enter moves on one line, a held digit chooses once, and a held Enter on feedback moves on once', async () => {
    const game = await browser.open({ reducedMotion: 'reduce' });
    await quicken(game); // the stage left out; the clock is not touched
    await game.goto();
    const { page } = game;
    await startScenario(page, 'Nothing after midnight');
    let s: ScreenInfo = await settle(page);
    expect(s.kind).toBe('line');

    // Enter held on a line (focus on Continue): the press moves on; the repeats do not.
    for (let i = 0; i < 2; i += 1) {
      const t0 = await now(page);
      await hold(page, 'Enter');
      const after = await shownSince(page, t0);
      expect(
        after.map((h) => h.kind),
        `held Enter ${i + 1}:\n${await screenHistory(page)}`,
      ).toEqual(['line']);
      s = await settle(page);
    }
    while (s.kind === 'line') {
      await page.keyboard.press('Enter');
      s = await settle(page);
    }
    expect(s.kind).toBe('choices');

    // A digit held on the decision: one decision, then the feedback stays up.
    let t0 = await now(page);
    await hold(page, '2');
    expect((await shownSince(page, t0)).map((h) => h.kind)).toEqual(['feedback']);
    expect((await savedGame(page)).decisions.map((d) => d.chosen)).toEqual([1]);
    await settle(page);
    // Enter held on the feedback: it moves on once.
    t0 = await now(page);
    await hold(page, 'Enter');
    expect((await shownSince(page, t0)).length).toBe(1);
    await settle(page);
    // A digit held on a line does nothing at all.
    t0 = await now(page);
    await hold(page, '1', 800);
    expect(await shownSince(page, t0)).toEqual([]);
    await expectKeptAsShown(page);
  });

  it('double clicks while every sound is still loading and the stage moves with full motion choose once and skip no line', async () => {
    const game = await browser.open({ reducedMotion: 'no-preference' });
    const { page } = game;
    // Every sound file is held back for 4 s: the game asks for them as lines come, and they are still on the way.
    let asked = 0;
    await page.route(/\/assets\/[\w-]+\.(ogg|mp3)$/, async (route) => {
      asked += 1;
      await new Promise((r) => setTimeout(r, 4_000));
      await route.continue().catch(() => undefined); // the page may have moved on, or closed
    });
    await game.goto();
    await page.locator('body[data-stage="ready"]').waitFor({ timeout: 60_000 });
    // Double click on "Start the scenario": one game starts.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Play Found on the floor', exact: true }).click();
    const startButton = (await page
      .getByRole('button', { name: 'Start the scenario', exact: true })
      .boundingBox())!;
    await doubleClick(page, startButton.x + startButton.width / 2, startButton.y + startButton.height / 2);
    await page.locator('body[data-view="play"]').waitFor();
    let s = await settle(page);
    expect(s.kind).toBe('line');
    expect((await savedGame(page)).transcript.filter((e) => e.kind === 'line')).toHaveLength(1);

    // Through the first decisions by double clicks: on Continue, on an option, on the feedback's button.
    let decisions = 0;
    for (let step = 0; step < 60 && decisions < 4; step += 1) {
      const target =
        s.kind === 'line'
          ? page.locator('#continue')
          : s.kind === 'choices'
            ? page.locator('#choices button').first()
            : page.locator('.feedback #continue');
      if (s.kind === 'choices') decisions += 1;
      const box = (await target.boundingBox())!;
      await doubleClick(page, box.x + box.width / 2, box.y + box.height / 2);
      s = await settle(page);
      expect(s.view).toBe('play');
      expect(s.kind).not.toBe('error');
    }
    expect(decisions).toBe(4);
    expect(asked).toBeGreaterThan(0);
    await expectKeptAsShown(page);

    // Double click on "Continue" at the title after a reload: the game comes back once, as it was.
    const before = await savedGame(page);
    await page.reload();
    await page.locator('body[data-view="title"]').waitFor();
    const cont = (await page
      .getByRole('button', { name: 'Continue: Found on the floor', exact: true })
      .boundingBox())!;
    await doubleClick(page, cont.x + cont.width / 2, cont.y + cont.height / 2);
    await page.locator('body[data-view="play"]').waitFor();
    await settle(page);
    await page.waitForTimeout(300);
    const after = await savedGame(page);
    expect(after.transcript).toEqual(before.transcript);
    expect(after.save.choiceLog).toEqual(before.save.choiceLog);
    expect(after.screen).toEqual(before.screen);
  });
});
