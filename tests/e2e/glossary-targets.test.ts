// Issue #27: every glossary word is a tap target of at least 24 by 24 CSS px (WCAG 2.5.8), and shows that it can be
// tapped by more than its dotted underline: a tint behind it and a small "?". Measured on every screen of a whole
// scenario at normal text on a phone (the smallest words) and at 200% with the dyslexia font on a tablet.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser';
import { current, keysFor, press } from './support/fast';
import { startScenario } from './support/play';
import { largeDyslexicText, openQuick } from './support/reflow';

const browser = useBrowser();
const STORY = 'Nothing after midnight';

/** Each glossary word now on screen: its size, whether it is tinted, and what its "?" says. */
function terms(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button.term')].map((b) => {
      const r = b.getBoundingClientRect();
      return {
        word: b.textContent ?? '',
        width: r.width,
        height: r.height,
        tint: getComputedStyle(b).backgroundColor,
        mark: getComputedStyle(b, '::after').content,
      };
    }),
  );
}

async function walkTerms(page: Page) {
  const seen: Awaited<ReturnType<typeof terms>> = [];
  let s = await current(page);
  while (s.view === 'play' && s.kind !== 'ending') {
    seen.push(...(await terms(page)));
    s = await press(page, s, ...keysFor(s, s.kind === 'choices' && s.options.length > 1 ? 1 : 0));
  }
  return seen;
}

function problems(seen: Awaited<ReturnType<typeof terms>>): string[] {
  return seen.flatMap((t) => {
    const out: string[] = [];
    if (t.width < 24 || t.height < 24)
      out.push(`"${t.word}" is ${t.width.toFixed(1)} x ${t.height.toFixed(1)} px`);
    if (/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(t.tint)) out.push(`"${t.word}" has no tint`);
    if (!t.mark.includes('?')) out.push(`"${t.word}" has no "?"`);
    return out;
  });
}

it('makes every glossary word a tinted 24 x 24 px target with a "?" (360x740, normal text)', async () => {
  const game = await openQuick(() =>
    browser.open({ viewport: { width: 360, height: 740 }, hasTouch: true, serviceWorkers: 'block' }),
  );
  await startScenario(game.page, STORY);
  const seen = await walkTerms(game.page);
  console.log(
    `glossary words at 360x740 100%: ${seen.length}, smallest ${Math.min(...seen.map((t) => t.height))} px high`,
  );
  expect(seen.length).toBeGreaterThan(0);
  expect(problems(seen)).toEqual([]);
});

it('keeps them so at 200% with the dyslexia font (768x1024)', async () => {
  const game = await openQuick(() =>
    browser.open({ viewport: { width: 768, height: 1024 }, hasTouch: true, serviceWorkers: 'block' }),
  );
  await largeDyslexicText(game.page);
  await game.page.keyboard.press('Escape');
  await startScenario(game.page, STORY);
  const seen = await walkTerms(game.page);
  expect(seen.length).toBeGreaterThan(0);
  expect(problems(seen)).toEqual([]);
});
