// The role-play pack for a room without devices, printed for every scenario in Chromium (production build) to A4:
// a sensible number of pages, every partner's role card and every option in it, the trainer's notes, nothing wider
// than the page and no screen controls on paper.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { compiledScenario, storyFile } from '../debrief/support';
import { STORIES_DIR } from '../support/stories';
import { launchChromium, openGame, type GamePage } from './support/browser';

const ids = readdirSync(STORIES_DIR)
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.replace(/\.ink$/, ''))
  .sort();
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

async function pdfText(pdf: Uint8Array): Promise<{ pages: number; text: string; sizes: Set<string> }> {
  const doc = await getDocument({ data: pdf, useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  const sizes = new Set<string>();
  for (let i = 1; i <= doc.numPages; i += 1) {
    const p = await doc.getPage(i);
    const v = p.getViewport({ scale: 1 });
    sizes.add(`${Math.round(v.width)}x${Math.round(v.height)}`);
    const content = await p.getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: fold(parts.join(' ')), sizes };
}

describe('role-play packs', () => {
  let browser: Browser;
  let game: GamePage;
  beforeAll(async () => {
    browser = await launchChromium();
    game = await openGame(browser, { viewport: { width: 1024, height: 768 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it(`prints an A4 pack for pairs for each of the ${ids.length} scenarios`, async () => {
    const { page } = game;
    for (const id of ids) {
      const scenario = compiledScenario(storyFile(id), id);
      const pack = scenario.roleplay!;
      await page.setViewportSize({ width: 1024, height: 768 });
      await game.goto();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByRole('button', { name: `Play ${scenario.meta.title}`, exact: true }).click();
      await page.getByRole('button', { name: 'Role-play cards to print', exact: true }).click();
      await page.locator('body[data-view="roleplay-pack"] .pack').waitFor();

      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const { pages, text, sizes } = await pdfText(new Uint8Array(pdf));
      expect(sizes, id).toEqual(new Set(['595x842']));
      // The four parts each start a page; the cards and answers run over several.
      expect(pages, id).toBeGreaterThanOrEqual(4);
      expect(pages, id).toBeLessThanOrEqual(30);
      expect(text, id).toContain('the care worker’s card');
      for (const c of pack.cards) {
        expect(text, id).toContain(fold(c.partner!.feels));
        expect(text, id).toContain(fold(c.partner!.badly));
        for (const o of c.options) expect(text, `${id}: ${o.text}`).toContain(fold(o.text));
      }
      for (const n of pack.notes) expect(text, id).toContain(fold(n));
      expect(text, id).not.toMatch(/Print the pack|Back to the scenario/);

      // On paper nothing is wider than the page: print styles at A4's width in CSS pixels.
      await page.setViewportSize({ width: 794, height: 1123 });
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.pack *')]
          .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline')
          .map((e) => e.textContent?.slice(0, 60)),
      );
      expect(wide, id).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(794);
      if (id === ids[0]) {
        // Two A4-sized views for people to check by eye: the first page, and the first options page.
        await page.screenshot({ path: join(inject('screenshotDir'), `roleplay-pack-a4-1-cards.png`) });
        await page.locator('#pack-answers').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(inject('screenshotDir'), `roleplay-pack-a4-2-answers.png`) });
      }
      await page.emulateMedia({ media: null });
    }
    expect(game.problems, 'console errors, warnings or page errors').toEqual([]);
  }, 600_000);
});
