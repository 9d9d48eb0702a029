// Content and asset faults in the production build: a story edited between save and resume (so the saved choices
// can no longer all be followed), a story file that is corrupt in three ways, an ink runtime error in the middle of
// play, and missing images and fonts. Each gives a clear message and a way on (or back to the menu), never a blank
// or frozen screen, and nothing saved is lost: every stored key is compared before and after.
//
// The faulty files are made here in Node: the shipped story compiled again from edited source, or a fixture story,
// served in place of the story's chunk (a module exporting the compiled scenario, as the build's chunk does).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import floor from '../../stories/found-on-the-floor.ink';
import { compileInkFile } from '../../tools/ink/compile';
import type { CompiledScenario } from '../../src/story/scenario';
import type { Session } from '../../src/state/session';
import { useBrowser, type GamePage } from './support/browser';
import { current, KEY, playOn, quicken, stored, savedGame } from './support/fast';

const browser = useBrowser();
const TITLE = 'Found on the floor';
const CHUNK = /\/assets\/found-on-the-floor-[\w-]+\.js$/;
const STORY = join(import.meta.dirname, '..', '..', 'stories', 'found-on-the-floor.ink');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'stories');

/** Another scenario's finished progress, and a profile: data the faults must not touch. */
const OTHER = {
  [`${KEY}progress`]: JSON.stringify({
    version: 1,
    data: {
      'nothing-after-midnight': {
        finished: true,
        endings: ['test-cancelled'],
        best: { '1.4a': 30 },
        lastPlayed: '2026-11-20T10:00:00.000Z',
      },
    },
  }),
};

/** A chunk exporting `scenario`, as the build's story chunk does. */
const chunk = (scenario: unknown) => `export default ${JSON.stringify(scenario)};\n`;

/** The shipped story compiled from edited source: same id and scores, new words and a new content hash. */
function edited(edit: (source: string) => string): CompiledScenario {
  const source = edit(readFileSync(STORY, 'utf8'));
  const c = compileInkFile(STORY, { source });
  if (c.errors.length) throw new Error(c.errors.map((e) => e.message).join('\n'));
  return { ...floor, hash: c.hash, json: c.json };
}

async function open(): Promise<GamePage> {
  const game = await browser.open({ reducedMotion: 'reduce', serviceWorkers: 'block' });
  await quicken(game);
  await game.goto();
  await game.page.evaluate((data) => {
    for (const [k, v] of Object.entries(data)) localStorage.setItem(k, v);
  }, OTHER);
  await game.page.reload();
  await game.page.locator('body[data-view="title"]').waitFor();
  return game;
}

async function start(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: `Play ${TITLE}`, exact: true }).click();
  await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
}

const notices = (page: Page) => page.locator('#notices').innerText();

/** Plays `decisions` decisions (first option each time) and reloads on the feedback of the last: a saved game. */
async function savedMidway(
  page: Page,
  decisions: number,
): Promise<{ saved: Session; before: Record<string, string> }> {
  await start(page);
  await page.locator('body[data-view="play"]').waitFor();
  let made = 0;
  await playOn(
    page,
    (s) => {
      if (s.kind === 'feedback') made += 1;
      return made >= decisions && s.kind === 'feedback';
    },
    (s) => (s.options.length > 1 ? 1 : 0),
  );
  await page.reload();
  await page.locator('body[data-view="title"]').waitFor();
  return { saved: await savedGame(page), before: await stored(page) };
}

async function continueSaved(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Continue: ${TITLE}`, exact: true }).click();
}

describe('a story edited between save and resume', () => {
  it('follows the saved choices it can, says so, keeps the old game aside, and plays on to an ending', async () => {
    const game = await open();
    const { page } = game;
    const { saved, before } = await savedMidway(page, 3);
    expect(saved.save.choiceLog).toHaveLength(3);
    const gone = saved.save.choiceLog[1]!.text;
    // The edit: the first line reworded, and the option chosen at decision 2 reworded (so it is no longer offered).
    const changed = edited((src) => {
      const out = src
        .replace(
          'Ten past two in the morning at Birchwood House.',
          'Quarter past two in the morning at Birchwood House.',
        )
        .replaceAll(`[${gone} #`, `[${gone}, reworded #`);
      if (out === src || !out.includes(', reworded #')) throw new Error('the edit did not apply');
      return out;
    });
    expect(changed.hash).not.toBe(floor.hash);
    await page.route(CHUNK, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: chunk(changed) }),
    );
    await continueSaved(page);
    await page.locator('body[data-view="play"]').waitFor();

    expect(await notices(page)).toMatch(
      /This scenario has been updated since you saved\. Your game has been followed up to decision 2, and carries on from there\./,
    );
    const s = await current(page);
    expect(s.kind).toBe('choices');
    expect(s.options.some((o) => o.includes(`${gone}, reworded`))).toBe(true);
    const now = await savedGame(page);
    expect(now.decisions).toHaveLength(1);
    expect(now.save.choiceLog).toEqual(saved.save.choiceLog.slice(0, 1));
    expect(now.transcript[0]).toMatchObject({
      kind: 'line',
      text: 'Quarter past two in the morning at Birchwood House. Your third week of nights.',
    });
    // Nothing lost: the old saved game is under a backup key, word for word; every other key is as it was.
    const after = await stored(page);
    const backups = Object.keys(after).filter((k) => k.startsWith(`${KEY}backup:session:`));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(after[backups[0]!]!).data.session).toEqual(saved);
    for (const [k, v] of Object.entries(before)) if (k !== `${KEY}session`) expect(after[k], k).toBe(v);
    // And the game goes on to an ending.
    const end = await playOn(page, () => false);
    expect(end.kind).toBe('ending');
    expect(JSON.parse(after[`${KEY}progress`]!).data['nothing-after-midnight']).toBeTruthy();
  });
});

describe('a corrupt story file', () => {
  const faults: [string, string, RegExp, RegExp | null][] = [
    ['is not JavaScript', '}{ this is not a module', /could not be loaded/, /SyntaxError|Unexpected token/],
    ['throws as it loads', 'throw new Error("broken chunk");', /could not be loaded/, /broken chunk/],
    [
      'holds ink that is not a story',
      chunk({ ...floor, json: '{"inkVersion": 21, "root": [' }),
      /could not be opened: its file is damaged/,
      null,
    ],
  ];
  for (const [what, body, message, logged] of faults) {
    it(`says so, and keeps the saved game, when the file ${what}`, async () => {
      const game = await open();
      const { page } = game;
      if (logged)
        game.allow({ why: `the story chunk that ${what}, on purpose`, matches: (e) => logged.test(e.text) });
      const { saved, before } = await savedMidway(page, 1);
      await page.route(CHUNK, (route) => route.fulfill({ contentType: 'text/javascript', body }));
      // Continuing the saved game: a message, the title screen still working, the saved game untouched.
      await continueSaved(page);
      await expect.poll(() => notices(page)).toMatch(message);
      expect(await page.evaluate(() => document.body.dataset.view)).toBe('title');
      expect(await stored(page)).toEqual(before);
      // Starting it afresh: the same, from the scenario's page (the first message dismissed, so this one is new).
      await page.getByRole('button', { name: 'Dismiss this message' }).click();
      expect(await notices(page)).toBe('');
      await start(page);
      await expect.poll(() => notices(page)).toMatch(message);
      expect(await page.evaluate(() => document.body.dataset.view)).toBe('before');
      expect(await stored(page)).toEqual(before);
      // The way back: the menu still works, and once the file is whole the game carries on where it was.
      await page.keyboard.press('Escape');
      await page.locator('body[data-view="title"]').waitFor();
      await page.unroute(CHUNK);
      await page.reload();
      await page.locator('body[data-view="title"]').waitFor();
      await continueSaved(page);
      await page.locator('body[data-view="play"]').waitFor();
      expect(await savedGame(page)).toEqual(saved);
    });
  }
});

describe('an ink runtime error in the middle of play', () => {
  it('shows what went wrong and the way back to the menu, and keeps everything saved', async () => {
    const game = await open();
    const { page } = game;
    // A story whose second step divides a string by a number, served as this scenario.
    const c = compileInkFile(join(FIXTURES, 'runtime-error.ink'));
    await page.route(CHUNK, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: chunk({ ...floor, hash: c.hash, json: c.json }),
      }),
    );
    const before = await stored(page);
    await start(page);
    await page.locator('body[data-view="play"]').waitFor();
    const s = await playOn(page, () => false);
    expect(s.kind).toBe('error');
    const panel = await page.locator('.dialogue.error').innerText();
    expect(panel).toMatch(/Something went wrong in this scenario/);
    expect(panel).toMatch(/Your progress so far is saved/);
    expect(panel).toMatch(/Details for the trainer: .+/);
    expect((await savedGame(page)).transcript.map((e) => e.text)).toEqual(['Before the error.', 'Carry on']);
    await page.getByRole('button', { name: 'Back to the menu', exact: true }).click();
    await page.locator('body[data-view="title"]').waitFor();
    const after = await stored(page);
    expect(
      after[`${KEY}progress`] && JSON.parse(after[`${KEY}progress`]!).data['nothing-after-midnight'],
    ).toEqual(JSON.parse(before[`${KEY}progress`]!).data['nothing-after-midnight']);
    // The menu works: another scenario starts.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Play Nothing after midnight', exact: true }).click();
    await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
    await page.locator('body[data-view="play"]').waitFor();
    expect((await current(page)).kind).toBe('line');
  });
});

describe('missing images and fonts', () => {
  it('fetches no image but the icon (the art is drawn by code), and plays with every image and font gone', async () => {
    const game = await browser.open({ reducedMotion: 'reduce', serviceWorkers: 'block' });
    const { page } = game;
    await quicken(game, { stage: true });
    const gone: string[] = [];
    await page.route(
      (url) => /\.(svg|png|jpe?g|webp|gif|woff2?)$/.test(url.pathname),
      (route) => {
        gone.push(new URL(route.request().url()).pathname.replace(/^.*\//, ''));
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
      },
    );
    game.allow({
      why: 'the images and fonts removed on purpose',
      matches: (e) =>
        e.text === 'Failed to load resource: the server responded with a status of 404 (Not Found)',
    });
    await game.goto();
    await start(page);
    await page.locator('body[data-view="play"]').waitFor();
    await page
      .locator('body[data-stage="ready"], body[data-stage="unavailable"]')
      .waitFor({ timeout: 60_000 });
    const s = await playOn(page, (x) => x.kind === 'choices');
    expect(s.kind).toBe('choices');
    expect(await page.locator('#app').innerText()).toMatch(/What do you do\?/);
    // No image file is asked for but the page's icon (if the browser asks for it at all); the rest are fonts.
    expect(gone.filter((f) => !/\.woff2?$/.test(f) && f !== 'icon.svg')).toEqual([]);
    expect(gone.some((f) => /\.woff2?$/.test(f))).toBe(true);
  });
});
