// The stage frames the people above the dialogue panel: at a decision and on its feedback, when the learner most
// needs to read a face, every face on the stage is below the top bar and above the panel's top edge, however tall
// the panel is (three long options, feedback, text at 200 %) and whichever way up the tablet is.
//
// Faces are worked out from where the stage last drew each person (its test read-out, __careStage.placed(), taken
// as each frame is drawn, so a change the canvas never showed does not count) and where the face is in the
// character art (FACE in src/stage/layout.ts).
//
// The walk to each decision skips the input guard (support/fast.ts moves the page's clock on): the framing is under
// test, not the pace of play.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FACE, type Box } from '../../src/stage/layout';
import {
  loadPlan,
  screenshot,
  startScenario,
  useBrowser,
  waitForStage,
  watchStageTextures,
} from './support/browser';
import { current, press, quicken, type Current } from './support/fast';

const SCENARIO = { id: 'dads-not-going-anywhere', title: "Dad's not going anywhere" };
/** Decisions walked in each case: the first three have one, then two people on the stage, and long options. */
const DECISIONS = 3;

const CASES = [
  { width: 768, height: 1024, textSize: 100 },
  { width: 768, height: 1024, textSize: 200 },
  { width: 1024, height: 768, textSize: 100 },
] as const;

interface Framing {
  /** The panel's top edge and the bar's bottom edge, in page pixels. */
  panelTop: number;
  barBottom: number;
  faces: { id: string; top: number; bottom: number }[];
}

type WithStage = { __careStage?: { placed(): { id: string; box: Box }[] } };

/** Where the faces are drawn now, against the panel and the bar (the canvas fills the window, at 0, 0). */
async function framing(page: Page): Promise<Framing> {
  const { panelTop, barBottom, placed } = await page.evaluate(() => {
    const panel = document.querySelector('#app .dialogue')?.closest('.panel');
    return {
      panelTop: panel?.getBoundingClientRect().top ?? NaN,
      barBottom: document.querySelector('#app .play-bar')?.getBoundingClientRect().bottom ?? 0,
      placed: (window as unknown as WithStage).__careStage?.placed() ?? [],
    };
  });
  const faces = placed.map(({ id, box }) => ({
    id,
    top: Math.round(box.y + box.height * FACE.top),
    bottom: Math.round(box.y + box.height * FACE.bottom),
  }));
  return { panelTop: Math.round(panelTop), barBottom: Math.round(barBottom), faces };
}

/** The faces that are not wholly between the bar and the panel, in words. */
function hidden(f: Framing): string[] {
  if (f.faces.length === 0) return ['no one is drawn'];
  return f.faces.flatMap((face) => [
    ...(face.bottom > f.panelTop
      ? [`${face.id}'s face ends at ${face.bottom}, the panel starts at ${f.panelTop}`]
      : []),
    ...(face.top < f.barBottom
      ? [`${face.id}'s head starts at ${face.top}, the bar ends at ${f.barBottom}`]
      : []),
  ]);
}

async function setTextSize(page: Page, percent: number): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Text size').selectOption(String(percent));
  await page.locator(`html[style*="--text-scale: ${percent / 100}"]`).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('body[data-view="title"]').waitFor();
}

const browser = useBrowser();

describe('the stage keeps faces above the dialogue panel', () => {
  for (const c of CASES) {
    const size = `${c.width}x${c.height}`;
    it(`at decisions and their feedback, ${size}, text at ${c.textSize} %`, async () => {
      // Motion reduced: people are placed at once, not glided or faded in.
      const game = await browser.open({
        viewport: { width: c.width, height: c.height },
        reducedMotion: 'reduce',
      });
      const { page } = game;
      await watchStageTextures(game.context);
      await quicken(game, { stage: true });
      await game.goto();
      if (c.textSize !== 100) await setTextSize(page, c.textSize);
      await page.locator('body[data-stage="ready"]').waitFor({ timeout: 60_000 });
      await startScenario(page, SCENARIO.title);
      const plan = loadPlan(SCENARIO.id, 'best path');
      let decisions = 0;
      let s: Current = await current(page);
      for (let step = 0; step < 200 && decisions <= DECISIONS; step += 1) {
        if (s.kind === 'choices' || s.kind === 'feedback') {
          await waitForStage(page, c.width, c.height);
          // The stage reframes after the panel is painted (never in the same frame): wait for it, briefly.
          let last = await framing(page);
          try {
            await expect
              .poll(async () => hidden((last = await framing(page))), { timeout: 15_000, interval: 100 })
              .toEqual([]);
          } finally {
            const where = `decision-${s.kind === 'choices' ? decisions + 1 : decisions}-${s.kind}`;
            console.log(`${size} text ${c.textSize} %, ${where}: ${JSON.stringify(last)}`);
            await screenshot(page, `stage-framing-${size}-text-${c.textSize}-${where}`);
          }
        }
        if (s.kind === 'choices') {
          const want = plan.choices[decisions]!;
          const i = s.options.findIndex((o) => o.includes(want));
          expect(i, `an option containing "${want}"`).toBeGreaterThanOrEqual(0);
          decisions += 1;
          if (decisions > DECISIONS) break;
          s = await press(page, s, String(i + 1));
        } else {
          expect(['line', 'feedback']).toContain(s.kind);
          s = await press(page, s, 'Enter');
        }
      }
      expect(decisions).toBe(DECISIONS + 1);
    });
  }
});
