// Reflow at large text: a scenario walked quickly (support/fast.ts) with the dyslexia font at 200%, measuring every
// step as a learner would meet it: the page never wider than the window, no text cut off sideways, Continue inside
// the panel and the window, every option short enough to be scrolled fully into view, the stronger option above
// the fold, and a "more below" cue whenever the panel scrolls.
import type { Page } from 'playwright-core';
import { current, keysFor, press, quicken, type Current } from './fast';
import { screenshot, type GamePage } from './browser';

export interface StepMeasure {
  step: number;
  kind: string;
  problems: string[];
  bar: number;
  panel: number;
  tallestOption: number;
}

/** Sets the dyslexia font and 200% text from the settings screen, as a learner would, and returns to the title. */
export async function largeDyslexicText(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Typeface').selectOption('dyslexic');
  await page.getByLabel('Text size').selectOption('200');
  await page.locator('html[style*="--text-scale: 2"]').waitFor();
}

/** What is wrong on the page now (the same rules on every screen), plus the play screen's own rules. */
export function measure(page: Page): Promise<Omit<StepMeasure, 'step' | 'kind'>> {
  return page.evaluate(async () => {
    // Two frames: the "more below" cue follows a scroll timeline, which starts on the frame after the screen.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    if (document.documentElement.scrollWidth > vw + 1)
      problems.push(
        `the page is ${document.documentElement.scrollWidth}px wide: ${[
          ...document.querySelectorAll('#app *'),
        ]
          .filter((el) => el.getBoundingClientRect().right > vw + 1)
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .join(', ')}`,
      );
    for (const el of document.querySelectorAll<HTMLElement>(
      '#app :is(p, button, li, h1, h2, h3, label, select)',
    ))
      if (!el.closest('.visually-hidden') && el.scrollWidth > el.clientWidth + 2)
        problems.push(
          `cut off: "${(el.textContent ?? '').trim().slice(0, 30)}" (${el.scrollWidth} > ${el.clientWidth})`,
        );
    const panel = document.querySelector<HTMLElement>('.play-screen .panel');
    const bar = document.querySelector<HTMLElement>('.play-bar');
    const p = panel?.getBoundingClientRect();
    if (panel && p) {
      if (p.top < -1 || p.bottom > vh + 1)
        problems.push(`the panel runs ${Math.round(p.top)}-${Math.round(p.bottom)}`);
      const go = panel.querySelector<HTMLElement>('#continue')?.getBoundingClientRect();
      if (go && (go.top < p.top - 1 || go.bottom > Math.min(p.bottom, vh) + 1))
        problems.push(`Continue is out of view (${Math.round(go.top)}-${Math.round(go.bottom)})`);
      const strip = panel.querySelector<HTMLElement>('.actions')?.getBoundingClientRect();
      const seen = strip && strip.height > 1 ? strip.top : p.bottom;
      for (const o of panel.querySelectorAll<HTMLElement>('#choices button'))
        if (o.offsetHeight > seen - p.top)
          problems.push(`option "${o.textContent?.slice(0, 20)}" is taller than the panel`);
      const better = panel.querySelector<HTMLElement>('.better')?.getBoundingClientRect();
      if (better && better.top > seen - 20) problems.push('"A stronger option" is below the fold');
      const cue = panel.querySelector<HTMLElement>('.more-below');
      const scrolls = panel.scrollHeight > panel.clientHeight + 1 && panel.scrollTop < 1;
      if (scrolls && (!cue || getComputedStyle(cue).visibility !== 'visible'))
        problems.push('the panel scrolls with no "more below" cue');
      if (!scrolls && cue && getComputedStyle(cue).visibility === 'visible' && panel.scrollTop < 1)
        problems.push('a "more below" cue on a panel that does not scroll');
    }
    const options = [...document.querySelectorAll<HTMLElement>('#choices button')].map((o) => o.offsetHeight);
    return {
      problems,
      bar: bar?.offsetHeight ?? 0,
      panel: p?.height ?? 0,
      tallestOption: Math.max(0, ...options),
    };
  });
}

/** Plays `game` from its first line to the ending by keys (the guard skipped), measuring each step. */
export async function walkMeasuring(
  page: Page,
  pick: (s: Current) => number,
  name = '',
): Promise<StepMeasure[]> {
  const steps: StepMeasure[] = [];
  let s = await current(page);
  const shot = new Set<string>();
  for (let step = 0; step < 400 && s.view === 'play' && s.kind !== 'ending'; step += 1) {
    const m = { step, kind: s.kind ?? '', ...(await measure(page)) };
    steps.push(m);
    // The first two steps with a problem photographed as well, so a failure can be looked at.
    if (m.problems.length && steps.filter((x) => x.problems.length).length <= 2 && name)
      await screenshot(page, `${name}-problem-${step}`);
    // The first line, decision and feedback photographed, to be looked at.
    if (shot.size < 3 && !shot.has(s.kind ?? '') && name) {
      shot.add(s.kind ?? '');
      await screenshot(page, `${name}-${s.kind}`);
    }
    s = await press(page, s, ...keysFor(s, s.kind === 'choices' ? pick(s) : 0));
  }
  steps.push({ step: steps.length, kind: s.kind ?? '', ...(await measure(page)) });
  return steps;
}

/** A page opened for reflow: quick to play, no stage (its layout is CSS; the drawing is not measured here). */
export async function openQuick(open: () => Promise<GamePage>): Promise<GamePage> {
  const game = await open();
  await quicken(game);
  await game.goto();
  return game;
}

/** The steps' problems, one a line, for an assertion that names them. */
export function problemsOf(steps: StepMeasure[]): string[] {
  return steps.flatMap((m) => m.problems.map((p) => `step ${m.step} (${m.kind}): ${p}`));
}
