// Issue #27 in a real browser: what the live region says over a whole scenario (each line once, with the speaker;
// nothing at a decision, where focus goes into the options group instead), and a double tap on Continue 350 ms apart
// on the last line before a decision, which must never choose. Walked quickly with support/fast.ts.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { current, keysFor, press, quicken, type Current } from './support/fast';
import { startScenario } from './support/play';

const browser = useBrowser();
const STORY = 'Nothing after midnight';

/** Every non-empty text the live region shows, in order: what a screen reader would hear from it. */
const LISTEN = `(() => {
  const heard = [];
  Object.defineProperty(window, '__heard', { value: heard });
  new MutationObserver(() => {
    const t = document.getElementById('announcer')?.textContent;
    if (t && heard[heard.length - 1] !== t) heard.push(t);
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const heard = (page: import('playwright-core').Page): Promise<string[]> =>
  page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 60)); // the announcer writes 30 ms after it is asked
    return (window as unknown as { __heard: string[] }).__heard.splice(0);
  });

describe('one clean screen-reader flow', () => {
  it('announces each line once with its speaker, and a decision through focus alone', async () => {
    const game = await browser.open({ serviceWorkers: 'block' });
    await quicken(game);
    await game.page.addInitScript({ content: LISTEN });
    await game.goto();
    const { page } = game;
    await startScenario(page, STORY);
    let s: Current = await current(page);
    const wrong: string[] = [];
    let decisions = 0;
    for (let step = 0; step < 400 && s.view === 'play' && s.kind !== 'ending'; step += 1) {
      const said = await heard(page);
      const line = s.speaker ? `${s.speaker}: ${s.line}` : s.line!;
      if (s.kind === 'line' && said.filter((t) => t.endsWith(line)).length !== 1)
        wrong.push(`line "${line}" was announced as ${JSON.stringify(said)}`);
      if (s.kind === 'choices') {
        decisions += 1;
        if (said.some((t) => s.options.some((o) => t.includes(o.replace(/^\d+\. /, '')))))
          wrong.push(`decision ${decisions}: the options were announced as well as focused`);
        const group = await page.evaluate(() => {
          const f = document.activeElement!;
          const g = f.closest('[role="group"]');
          return {
            first: f === document.querySelector('#choices button'),
            help: document.getElementById(g?.getAttribute('aria-describedby') ?? '')?.textContent,
          };
        });
        if (!group.first || !group.help?.includes('arrow keys'))
          wrong.push(`decision ${decisions}: focus ${JSON.stringify(group)}`);
        if (decisions === 1)
          expect(await page.locator('[role="group"]:has(#choices)').ariaSnapshot()).toContain(
            'group "What do you do?"',
          );
      }
      s = await press(page, s, ...keysFor(s, s.kind === 'choices' ? 1 : 0));
    }
    expect(s.kind).toBe('ending');
    expect(decisions).toBeGreaterThan(3);
    expect(wrong).toEqual([]);
  });

  it('never chooses when Continue is tapped twice 350 ms apart on the last line before a decision', async () => {
    // A first pass finds how many lines come before the first decision; a second, fresh page double-taps the last.
    const count = async () => {
      const game = await browser.open({ serviceWorkers: 'block' });
      await quicken(game);
      await game.goto();
      await startScenario(game.page, STORY);
      let s = await current(game.page);
      let lines = 0;
      while (s.kind === 'line') [s, lines] = [await press(game.page, s, 'Enter'), lines + 1];
      return lines;
    };
    const lines = await count();
    const game = await browser.open({
      serviceWorkers: 'block',
      hasTouch: true,
      viewport: { width: 768, height: 1024 },
    });
    await quicken(game);
    await game.goto();
    const { page } = game;
    await startScenario(page, STORY);
    let s = await current(page);
    for (let i = 1; i < lines; i += 1) s = await press(page, s, 'Enter');
    expect(s.kind).toBe('line');
    const box = (await page.locator('#continue').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.touchscreen.tap(x, y);
    await page.waitForTimeout(350);
    // What is under the finger now, for the message if it goes wrong.
    const under = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.textContent, [x, y]);
    await page.touchscreen.tap(x, y);
    await page.waitForTimeout(700);
    const after = await current(page);
    expect(after.kind, `the second tap landed on "${under}"`).toBe('choices');
  });
});
