// One reflow test, for one window size (reflow-phone.test.ts, reflow-tablet.test.ts: two files so that they run side
// by side). The dyslexia font at 200% is set on the settings screen; a whole scenario is walked and every step
// measured (support/reflow.ts); the end of the story, its "Back to the title" and the debrief are measured too.
import { expect } from 'vitest';
import { screenshot, type GamePage } from './browser';
import { startScenario } from './play';
import { largeDyslexicText, measure, openQuick, problemsOf, walkMeasuring } from './reflow';

const STORY = 'Nothing after midnight';

export async function reflowCase(
  open: (o: object) => Promise<GamePage>,
  viewport: { width: number; height: number },
): Promise<void> {
  const size = `${viewport.width}x${viewport.height}`;
  const game = await openQuick(() =>
    open({ viewport, hasTouch: true, reducedMotion: 'reduce', serviceWorkers: 'block' }),
  );
  const { page } = game;
  await largeDyslexicText(page);
  const settings = await measure(page);
  await screenshot(page, `reflow-${size}-settings`);
  await page.keyboard.press('Escape');
  await startScenario(page, STORY);
  // The second option where there is one: a weaker choice brings feedback with "A stronger option".
  const steps = await walkMeasuring(page, (s) => (s.options.length > 1 ? 1 : 0), `reflow-${size}`);
  await screenshot(page, `reflow-${size}-ending`);
  const ending = await page.evaluate(() => {
    const back = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Back to the title')!;
    back.scrollIntoView({ block: 'nearest' });
    const r = back.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await page.locator('body[data-view="debrief"]').waitFor();
  const debrief = await measure(page);
  await screenshot(page, `reflow-${size}-debrief`);
  const figures = {
    steps: steps.length,
    tallestBar: Math.max(...steps.map((m) => m.bar)),
    smallestPanel: Math.round(Math.min(...steps.filter((m) => m.kind !== 'ending').map((m) => m.panel))),
    tallestOption: Math.max(...steps.map((m) => m.tallestOption)),
    debriefHeight: await page.evaluate(() => document.documentElement.scrollHeight),
  };
  console.log(`reflow ${size}: ${JSON.stringify(figures)}`);
  expect(settings.problems, 'settings').toEqual([]);
  expect(problemsOf(steps)).toEqual([]);
  expect(ending, '"Back to the title" can be scrolled fully into view').toBe(true);
  expect(debrief.problems, 'debrief').toEqual([]);
}
