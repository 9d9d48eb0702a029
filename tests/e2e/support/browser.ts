// Debian's Chromium, driven by playwright-core (never a browser a test tool downloads), and a page that fails its
// test on any console error or warning or uncaught page error. The one exception is SwiftShader's own
// "GPU stall due to ReadPixels" driver message, which the software WebGL driver logs when pixels are read back
// (a screenshot, or the software compositor taking the canvas's frame): it says nothing about the game.
//
// In a test file: `const browser = useBrowser();` then `const game = await browser.open();` in each test. Every
// page opened is checked and closed after its test, so a console error anywhere fails the test that caused it.

import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
} from 'playwright-core';
import { SCREEN_WATCH_SCRIPT } from './screen-watch';

export {
  clickLikeALearner,
  tapLikeALearner,
  forgetScreen,
  humanise,
  hurriedScreens,
  loadPlan,
  playPlan,
  screenCount,
  screenHistory,
  screensSince,
  settle,
  startScenario,
  type Plan,
  type PlayOptions,
  type PlayResult,
} from './play';
export { screenshot, waitForStage, watchStageTextures } from './screenshots';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // the test machines run as root
  '--enable-unsafe-swiftshader', // WebGL in software: without it Phaser quietly falls back to canvas
  '--use-angle=swiftshader',
  // The page is composited in software and only WebGL goes through SwiftShader. Composited through SwiftShader too,
  // the GPU process took more CPU than everything else together (152 of about 200 CPU seconds in presenter.test.ts,
  // 69 without); with two test files at a time on two cores the whole browser half went from 1,196 to 810 s. The
  // bench keeps Chromium's default path (scripts/bench/browser.mjs): it measures the game, not the tests.
  '--disable-gpu-compositing',
  '--disable-background-networking', // there is no network
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Page options for a test whose subject is not the stage's motion: the stage draws each change in place instead of
 * over many frames, and in software WebGL every frame costs CI's two cores. play.test.ts and rapid-input.test.ts
 * play with full motion. */
export const NO_MOTION = { reducedMotion: 'reduce' } as const;

/** Exactly SwiftShader's read-back notice, e.g. "[.WebGL-0x7e2c01a3c400]GL Driver Message (OpenGL, Performance,
 * GL_CLOSE_PATH_NV, High): GPU stall due to ReadPixels", with or without Chromium's "(this message will no longer
 * repeat)". Nothing broader. */
export const GPU_STALL =
  /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, GL_CLOSE_PATH_NV, High\): GPU stall due to ReadPixels( \(this message will no longer repeat\))?$/;

export interface ConsoleEntry {
  type: string;
  text: string;
  url: string;
}

/** A console message a particular test expects, with the reason it is not a fault. */
export interface Allowance {
  why: string;
  matches(entry: ConsoleEntry): boolean;
}

export interface GamePage {
  page: Page;
  context: BrowserContext;
  /** Every console message, for a failing test's report. */
  log: ConsoleEntry[];
  /** Console errors and warnings, and page errors, that no allowance covers: the test fails if any. */
  problems: string[];
  /** Console messages an allowance covered. */
  allowed: ConsoleEntry[];
  allow(allowance: Allowance): void;
  /** Loads the game at `path` (relative to the preview server) and waits for the title screen. */
  goto(path?: string): Promise<void>;
}

/** Options for the page's browser context (viewport, hasTouch, reducedMotion, …); the base URL is the server's. */
export type OpenOptions = Omit<BrowserContextOptions, 'baseURL'>;

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: run \`node scripts/ensure-chromium.mjs\` (npm test does) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

function describe(entry: ConsoleEntry): string {
  return `console.${entry.type}: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`;
}

export async function openGame(browser: Browser, options: OpenOptions = {}): Promise<GamePage> {
  const baseURL = inject('baseURL');
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, ...options, baseURL });
  await context.addInitScript({ content: SCREEN_WATCH_SCRIPT });
  const page = await context.newPage();
  const allowances: Allowance[] = [];
  const game: GamePage = {
    page,
    context,
    log: [],
    problems: [],
    allowed: [],
    allow: (a) => void allowances.push(a),
    goto: async (path = './') => {
      await page.goto(path);
      await page.locator('body[data-view="title"]').waitFor();
    },
  };
  page.on('console', (m: ConsoleMessage) => {
    const entry: ConsoleEntry = { type: m.type(), text: m.text(), url: m.location().url };
    game.log.push(entry);
    if (!['error', 'warning', 'assert'].includes(entry.type)) return;
    if (GPU_STALL.test(entry.text)) return;
    if (allowances.some((a) => a.matches(entry))) return void game.allowed.push(entry);
    game.problems.push(describe(entry));
  });
  page.on('pageerror', (e) => game.problems.push(`page error: ${e.stack ?? e.message}`));
  page.on('crash', () => game.problems.push('the page crashed'));
  return game;
}

/** One Chromium per test file; each test's pages are checked for console problems and closed after it. */
export function useBrowser(): { open(options?: OpenOptions): Promise<GamePage> } {
  let browser: Browser | null = null;
  const open: GamePage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    const pages = open.splice(0);
    const problems = pages.flatMap((g) => g.problems);
    await Promise.all(pages.map((g) => g.context.close()));
    if (problems.length > 0) {
      throw new Error(
        `The page logged ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options) {
      if (!browser) throw new Error('useBrowser(): the browser is not running (call open() inside a test)');
      const game = await openGame(browser, options);
      open.push(game);
      return game;
    },
  };
}
