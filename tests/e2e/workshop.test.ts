// The scenario workshop in a real browser: a trainer opens it from the title screen, types a small scenario into
// the editor, sees the checker's error under the right line, fixes it, previews it to its debrief, comes back to
// the text, finds the draft again after a reload, exports it, imports the file under another profile and runs it
// with a room in presenter mode. Then: the learner's first load carries none of the
// workshop, and the figures keep up with typing at 4x CPU throttling.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { draftFromFile } from '../../src/workshop/draft';
import { humanise, playPlan, useBrowser, type Plan } from './support/browser';
import { addProfile, importFile, toPicker } from './support/own';
import { openPresenter, runToDebrief } from './support/presenter';

const browser = useBrowser();

// Line 7 names a mood that does not exist: the checker must put its error under line 7.
const SCENARIO = [
  '# title: The cup of tea',
  '# outcomes: 1.4b',
  '# location: lounge',
  '# cast: francis marcia',
  '-> visit',
  '=== visit ===',
  '"Tea for Mum?" # speaker: marcia # mood: cheerful',
  '* [Ask Mrs Francis how she likes her tea # rating: best # score: 1.4b +2 # feedback: You asked her first.]',
  '"How do you like it?" # speaker: you',
  '-> done',
  '* [Make it the way Marcia says # rating: ok # score: 1.4b +1 # feedback: Ask Mrs Francis too.]',
  '-> done',
  '=== done ===',
  'Mrs Francis smiles. # mood: francis pleased # ending: tea-made',
  '-> END',
];

const PLAN: Plan = { name: 'workshop', choices: ['how she likes'], ending: 'tea-made' };

async function openWorkshop(page: Page): Promise<void> {
  await page.locator('#workshop .cm-content').waitFor();
}

/** Types lines with the keyboard. Enter starts a new line even while a tag suggestion is open. */
async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    await page.keyboard.type(line);
    if (i < lines.length - 1) await page.keyboard.press('Enter');
  }
}

async function editorText(page: Page): Promise<string> {
  return page
    .locator('#workshop .cm-content')
    .evaluate((el) =>
      [...el.querySelectorAll(':scope > .cm-line')].map((l) => l.textContent ?? '').join('\n'),
    );
}

const checked = (page: Page) => page.locator('#workshop[data-checked]').waitFor({ timeout: 60_000 });

describe('the scenario workshop', () => {
  it('writes, checks, fixes, previews to the debrief and keeps the draft over a reload', async () => {
    const game = await browser.open();
    const { page } = game;
    await game.goto();
    await page.getByRole('button', { name: 'Scenario workshop (for trainers)' }).click();
    await openWorkshop(page);
    expect(new URL(page.url()).search).toBe('?workshop');
    // A new draft opens with the starter scenario, which passes the checker.
    await checked(page);
    expect(await page.locator('#check-status').innerText()).toContain('No errors');
    expect(await page.locator('[data-figure="endings"] dd').innerText()).toBe('3');

    await page.locator('#workshop .cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await typeLines(page, SCENARIO);
    await checked(page);
    const problem = page.locator('.line-problem-error');
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.getAttribute('data-line')).toBe('7');
    expect(await problem.innerText()).toContain('unknown mood "cheerful"');
    // The message sits right under line 7 in the editor.
    const underLine7 = await page.locator('#workshop .cm-content').evaluate((content: Element) => {
      const lines = [...content.querySelectorAll(':scope > .cm-line')];
      // (Line 1 has advice of its own: a one-decision scenario is short of the scenario bar.)
      const box = [...content.querySelectorAll('.line-problems')].find((b) =>
        /Error/.test(b.textContent ?? ''),
      );
      return box?.previousElementSibling === lines[6];
    });
    expect(underLine7).toBe(true);
    expect(await page.locator('#preview').isDisabled()).toBe(true);
    await page.screenshot({ path: join(inject('screenshotDir'), 'workshop-error.png') });

    // Fix it from the problem list: its button puts the cursor on line 7.
    await page.getByRole('button', { name: 'Go to line 7' }).click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'cheerful'.length; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type('pleased');
    await checked(page);
    expect(await page.locator('#check-status').innerText()).toContain('No errors');
    expect(await page.locator('.line-problem-error').count()).toBe(0);
    const written = SCENARIO.join('\n').replace('cheerful', 'pleased');
    expect(await editorText(page)).toBe(written);

    // Preview from the start, on the real stage, through to the debrief.
    await page.locator('#preview').click();
    await page.locator('body[data-view="play"]').waitFor();
    const played = await playPlan(page, PLAN, { input: 'mouse' });
    expect(played.finished).toBe(true);
    expect(played.lines[0]).toContain('Tea for Mum?');
    expect(played.ending).toContain(humanise('tea-made'));
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.locator('body[data-view="debrief"]').waitFor();
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    await openWorkshop(page);
    expect(await page.locator('#workshop').isVisible()).toBe(true);
    expect(await editorText(page)).toBe(written);

    // Preview from a knot: the story starts there.
    await page.locator('#preview-from').selectOption('done');
    await page.locator('#preview').click();
    await page.locator('body[data-view="play"] #line-text').waitFor();
    expect(await page.locator('#line-text').innerText()).toContain('Mrs Francis smiles.');
    await page.getByRole('button', { name: 'Back to the editor' }).click();

    // The draft was kept on this device: a reload opens it again.
    await page.reload();
    await openWorkshop(page);
    expect(await editorText(page)).toBe(written);
    await checked(page);
    expect(await page.locator('#check-status').innerText()).toContain('No errors');

    // Shared: exported as one file, imported under another profile, and run with a room in presenter mode.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const read = draftFromFile(exported);
    expect('error' in read ? read.error : read.ink).toBe(written);
    await game.goto();
    await addProfile(page, 'Trainer B');
    await toPicker(page);
    expect(await page.locator('.card.own').count()).toBe(0);
    await importFile(page, { name: download.suggestedFilename(), buffer: Buffer.from(exported) });
    await openPresenter(game, 'The cup of tea');
    expect(await runToDebrief(page, PLAN)).toBe(1);
    await expect(page.locator('.pm-decisions > li').count()).resolves.toBe(1);
  });

  it("keeps CodeMirror and the workshop out of the learner's first load", async () => {
    const base = inject('baseURL');
    const get = async (path: string) => {
      const res = await fetch(new URL(path, base));
      expect(res.ok, path).toBe(true);
      return res.text();
    };
    const html = await get('./');
    const first = [
      ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g),
    ].map((m) => m[1]!);
    expect(first.some((f) => f.endsWith('.js'))).toBe(true);
    // Every chunk the first scripts import statically is part of the first load too.
    const seen = new Set<string>();
    const texts = new Map<string, string>();
    const queue = [...first];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = await get(`./${file}`);
      texts.set(file, text);
      if (!file.endsWith('.js')) continue;
      for (const m of text.matchAll(
        /(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([\w.-]+\.js)["']/g,
      ))
        queue.push(`assets/${m[1]}`);
    }
    const lazy = [
      ...(texts.get(first.find((f) => f.endsWith('.js'))!) ?? '').matchAll(/["']\.\/([\w.-]+\.js)["']/g),
    ]
      .map((m) => `assets/${m[1]}`)
      .filter((f) => !seen.has(f));
    // Markers of CodeMirror (its editor's classes) and of the workshop's own code and styles.
    const markers = ['cm-editor', 'cm-content', 'workshop-draft', 'Figures and problems', 'workshop-columns'];
    for (const [file, text] of texts)
      for (const marker of markers) expect(text.includes(marker), `${marker} in ${file}`).toBe(false);
    // The markers are real: the workshop's lazy chunk has them.
    const lazyTexts = await Promise.all(lazy.map((f) => get(`./${f}`)));
    expect(lazyTexts.some((t) => t.includes('cm-editor') && t.includes('workshop-draft'))).toBe(true);
  });

  // A timing, not a behaviour: it needs a quiet machine (on a shared 2-core box with a load average of 35 the
  // browser's frames stall whatever the page does), so it runs when asked: WORKSHOP_TIMING=1.
  it.runIf(process.env.WORKSHOP_TIMING === '1')(
    'shows the figures for our largest scenario within a second of the last key, at 4x CPU throttling',
    async () => {
      const game = await browser.open();
      const { page } = game;
      await page.goto('./?workshop');
      await openWorkshop(page);
      await checked(page);
      const largest = largestStory();
      await page.locator('#workshop .cm-content').click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(largest.text);
      await checked(page);
      expect(await page.locator('#check-status').innerText()).toContain('No errors');
      // A pasted file is a one-off: the editor lays it out and highlights it in the background for a moment after.
      // What is measured is typing into it afterwards.
      await page.waitForTimeout(2000);

      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluate(() => {
        const w = window as unknown as { __keys: { delay: number; duration: number }[]; __lastKey: number };
        w.__keys = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as PerformanceEventTiming[])
            if (e.name === 'keydown')
              w.__keys.push({ delay: e.processingStart - e.startTime, duration: e.duration });
        }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
        addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
      });
      // Type a comment at the end of the file, key by key, as a trainer would.
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('// checked again after a small change', { delay: 30 });
      await checked(page);
      const timing = await page.evaluate(() => {
        const w = window as unknown as { __keys: { delay: number; duration: number }[]; __lastKey: number };
        return { sinceLastKey: performance.now() - w.__lastKey, keys: w.__keys };
      });
      const checkMs = Number(await page.locator('#workshop').getAttribute('data-check-ms'));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const worstDelay = Math.max(0, ...timing.keys.map((k) => k.delay));
      const worstDuration = Math.max(0, ...timing.keys.map((k) => k.duration));
      console.log(
        `workshop at 4x throttling, ${largest.name}: figures ${Math.round(timing.sinceLastKey)} ms after the last key ` +
          `(check ${checkMs} ms in the worker); worst key press input delay ${Math.round(worstDelay)} ms, ` +
          `worst key press duration ${Math.round(worstDuration)} ms (${timing.keys.length} key events over 16 ms)`,
      );
      expect(worstDelay).toBeLessThanOrEqual(50);
      expect(timing.sinceLastKey).toBeLessThanOrEqual(1000);
    },
  );
});

function largestStory(): { name: string; text: string } {
  const dir = join(import.meta.dirname, '..', '..', 'stories');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ink'));
  const texts = files.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return texts.sort((a, b) => b.text.length - a.text.length)[0]!;
}
