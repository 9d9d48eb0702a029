// Two presses as close together as real hands make them. Playwright waits for each input to be handled before
// sending the next, which on a busy machine can leave hundreds of milliseconds between them; the debugging protocol
// lets both be sent at once. The page's own record of when each input arrived (screen-watch) then says whether
// the pair really was quicker than the game's input guard, so a test never mistakes a slow machine for a bug.

import type { Page } from 'playwright-core';
import { INPUT_GUARD_MS } from '../../../src/ui/screens/play';
import { screensSince, settle } from './play';
import type { ScreenInfo, ScreenWatch } from './screen-watch';

type WithWatch = { __e2e: ScreenWatch };

const ENTER = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 };

export async function pressEnterTwice(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const down = { type: 'keyDown' as const, ...ENTER, text: '\r', unmodifiedText: '\r' };
  const up = { type: 'keyUp' as const, ...ENTER };
  await Promise.all([down, up, down, up].map((e) => cdp.send('Input.dispatchKeyEvent', e)));
  await cdp.detach();
}

export async function doubleClick(page: Page, x: number, y: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  const press = (type: 'mousePressed' | 'mouseReleased', clickCount: number) => ({
    type,
    x,
    y,
    button: 'left' as const,
    buttons: type === 'mousePressed' ? 1 : 0,
    clickCount,
  });
  const events = [
    press('mousePressed', 1),
    press('mouseReleased', 1),
    press('mousePressed', 2),
    press('mouseReleased', 2),
  ];
  await Promise.all(events.map((e) => cdp.send('Input.dispatchMouseEvent', e)));
  await cdp.detach();
}

export interface DoubleInput {
  /** The screen settled on after the pair. */
  screen: ScreenInfo;
  /** The screens put up since the first input (redraws of one screen counted once). */
  screens: ScreenWatch['history'];
  /** How long after the first input's screen appeared the second input arrived, in ms (NaN if unknown). */
  gap: number;
  /** True when the second input arrived inside the input guard of the screen the first one brought up. */
  quick: boolean;
}

/** Runs `act` (two inputs), waits until the game has had every chance to react twice, and reports what happened. */
export async function doubleInput(page: Page, act: () => Promise<void>): Promise<DoubleInput> {
  const t0 = await page.evaluate(() => performance.now());
  await act();
  const screen = await settle(page);
  await page.waitForTimeout(INPUT_GUARD_MS + 150);
  const inputs = (await page.evaluate(() => (window as unknown as WithWatch).__e2e.inputs)).filter(
    (i) => i.at >= t0 && (i.type === 'keydown' || i.type === 'pointerdown'),
  );
  const screens = await screensSince(page, t0);
  const first = screens[0];
  const gap = inputs.length === 2 && first ? inputs[1]!.at - first.at : NaN;
  // 30 ms of margin: the page notes a screen a moment after the shell starts its guard clock.
  return { screen, screens, gap, quick: gap >= 0 && gap < INPUT_GUARD_MS - 30 };
}
