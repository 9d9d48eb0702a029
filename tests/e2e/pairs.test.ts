// Two people on one tablet, in Chromium (production build): "Play in pairs" from the before-scenario screen, the
// partner's role card at each decision, the care worker's own words typed first, the options, and the partner's
// answer after each choice. One whole scenario by keyboard only, one by touch only. Then the words and the answers
// in the debrief and on the printed practice record (an A4 PDF read back), and words with markup shown as inert
// text in the conversation, the debrief and the record. Screenshots at 768 x 1024.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { screenshot, useBrowser } from './support/browser';
import { current, next, quicken, type Current } from './support/fast';
import { advance, GUARD, kind, openPresenter } from './support/presenter';

const browser = useBrowser();
const TABLET = { width: 768, height: 1024 };
const NIGHT = 'Nothing after midnight';
const FEELINGS = ['heard', 'unsure', 'upset', 'skipped'] as const;
/** Would run script or make an element if it were ever treated as markup. */
const HOSTILE = ['<img src=x onerror=alert(1)>', '<b>bold</b>', `<img src=x onerror="window.__pwned=1">`];

/** What the care worker types at decision `i` ('' skips the words step). */
const wordsFor = (i: number) =>
  i % 4 === 3 ? '' : `Decision ${i + 1}: ${HOSTILE[i % HOSTILE.length]} I would ask her first.`;
const feelFor = (i: number) => FEELINGS[i % FEELINGS.length]!;

type How = 'keys' | 'touch';

interface Played {
  said: string[];
  felt: string[];
  decisions: number;
}

/** Which step of a decision is up: the role card, the words box, or the options. */
async function stepOf(page: Page): Promise<'card' | 'words' | 'options'> {
  if (await page.locator('#partner-ready').count()) return 'card';
  if (await page.locator('#words-first').count()) return 'words';
  return 'options';
}

/** Tab (or Shift+Tab) until the element `id` has focus: the keyboard-only way to any control. */
async function tabTo(page: Page, id: string, back = false): Promise<void> {
  for (let i = 0; i < 25; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function act(page: Page, how: How, id: string, back = false): Promise<void> {
  if (how === 'touch') return page.locator(`#${id}`).tap();
  await tabTo(page, id, back);
  await page.keyboard.press('Enter');
}

/** At a decision: the card (checked, then Ready), the words (typed, then Show the options or Skip), an option. */
async function decide(page: Page, how: How, s: Current, played: Played): Promise<void> {
  const step = await stepOf(page);
  const i = played.decisions;
  if (step === 'card') {
    await expect(page.locator('.partner-card dl').innerText()).resolves.toMatch(/You feel[\s\S]*You want/);
    expect(await page.locator('#partner-help').innerText()).toMatch(/Partner: read .* lines aloud/);
    if (how === 'keys') expect(await page.evaluate(() => document.activeElement?.id)).toBe('partner-ready');
    if (i === 0) await screenshot(page, `pairs-${how}-1-partner-card`);
    return act(page, how, 'partner-ready');
  }
  if (step === 'words') {
    const words = wordsFor(i);
    if (how === 'keys') {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('words-first');
      await page.keyboard.type(words);
    } else await page.locator('#words-first').fill(words);
    if (i === 0) await screenshot(page, `pairs-${how}-2-words`);
    played.said.push(words);
    return act(page, how, words ? 'show-options' : 'skip-words');
  }
  const words = played.said[i] ?? '';
  if (words) expect(await page.locator('#said-first').innerText()).toBe(`You said first: ${words}`);
  if (i === 0 && how === 'keys') await screenshot(page, `pairs-${how}-3-options`);
  played.decisions += 1;
  if (how === 'keys') {
    // Focus went to the first option (in the options group); arrow keys move, Enter chooses.
    expect(s.focused).toBe(s.options[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    return page.keyboard.press('Enter');
  }
  return page.locator('#choices button').first().tap();
}

/** After a decision: the partner's answer once (its button shows pressed), then on. */
async function afterDecision(page: Page, how: How, played: Played): Promise<void> {
  const i = played.decisions - 1;
  const f = feelFor(i);
  if (played.felt.length <= i) {
    played.felt.push(f);
    return act(page, how, `felt-${f}`, true);
  }
  expect(await page.locator(`#felt-${f}`).getAttribute('aria-pressed')).toBe('true');
  return act(page, how, 'continue');
}

/** Plays the scenario to its ending in pairs, by keys or touch only. */
async function playInPairs(page: Page, how: How): Promise<Played> {
  const played: Played = { said: [], felt: [], decisions: 0 };
  let s = await current(page);
  for (let step = 0; step < 2000; step += 1) {
    if (s.view !== 'play' || s.kind === 'ending' || s.kind === 'error') break;
    if (s.kind === 'line') await act(page, how, 'continue');
    else if (s.kind === 'choices') await decide(page, how, s, played);
    else if (s.kind === 'feedback') await afterDecision(page, how, played);
    s = await next(page, s.count);
  }
  expect(s.kind).toBe('ending');
  return played;
}

async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf, useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return parts.join(' ').replace(/\s+/g, ' ');
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Elements or attributes only typed words could have made, and whether any script of theirs ran. */
async function harm(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    made: [
      ...[...document.querySelectorAll('img')].map((e) => e.outerHTML.slice(0, 80)),
      ...[...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold').map((b) => b.outerHTML),
      ...[...document.querySelectorAll('*')]
        .filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
        .map((e) => e.outerHTML.slice(0, 80)),
    ],
  }));
}

/** The debrief and the printed record show each decision's words and answer, word for word, as text. */
async function checkDebriefAndRecord(page: Page, how: How, played: Played): Promise<void> {
  if (how === 'keys') {
    for (
      let i = 0;
      i < 25 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'See your debrief';
      i += 1
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  } else await page.getByRole('button', { name: 'See your debrief', exact: true }).tap();
  await page.locator('body[data-view="debrief"]').waitFor();
  // textContent: each decision is folded under its rating line, and a folded part has no rendered (inner) text.
  const said = await page.locator('.decision-card .said-first').allTextContents();
  expect(said).toEqual(played.said.filter(Boolean).map((w) => `What you said first: ${w}`));
  const felt = await page.locator('.decision-card .felt-line').allTextContents();
  expect(felt.map((t) => t.trim())).toEqual(
    played.felt.filter((f) => f !== 'skipped').map((f) => `· Your partner felt ${f}, in role`),
  );
  expect(await harm(page)).toEqual({ pwned: null, made: [] });
  await page.locator('#decision-1').scrollIntoViewIfNeeded();
  await screenshot(page, `pairs-${how}-4-debrief`);

  await page.getByRole('button', { name: 'Open your practice record', exact: true }).click();
  await page.locator('body[data-view="record"]').waitFor();
  expect(await harm(page)).toEqual({ pwned: null, made: [] });
  const text = await pdfText(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
  for (const w of played.said.filter(Boolean)) expect(text).toContain(fold(`What you said first: ${w}`));
  for (const f of played.felt.filter((x) => x !== 'skipped'))
    expect(text).toContain(`Your partner felt ${f}, in role.`);
  expect(text).not.toMatch(/partner felt skipped/);
}

async function openInPairs(how: How) {
  const game = await browser.open({
    viewport: TABLET,
    serviceWorkers: 'block',
    ...(how === 'touch' ? { hasTouch: true, isMobile: true } : {}),
  });
  await quicken(game);
  const { page } = game;
  const dialogs: string[] = [];
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await game.goto();
  const go = (name: string) =>
    how === 'touch'
      ? page.getByRole('button', { name, exact: true }).tap()
      : page.getByRole('button', { name, exact: true }).press('Enter');
  await go('Start');
  await go(`Play ${NIGHT}`);
  await page.locator('#play-pairs').waitFor();
  if (how === 'touch') await page.locator('#play-pairs').tap();
  else await act(page, how, 'play-pairs');
  await page.locator('body[data-view="play"]').waitFor();
  return { page, dialogs };
}

describe('role-play in pairs, with your words first', () => {
  it('plays a whole scenario by keyboard only, and keeps the words and answers', async () => {
    const { page, dialogs } = await openInPairs('keys');
    const played = await playInPairs(page, 'keys');
    expect(played.decisions).toBeGreaterThan(3);
    expect(played.said.length).toBe(played.decisions);
    // The conversation so far shows the words too, as text.
    await act(page, 'keys', 'transcript-toggle', true);
    const shown = await page.locator('#transcript .said').allInnerTexts();
    expect(shown.map(fold)).toEqual(played.said.filter(Boolean).map((w) => fold(`You said first: ${w}`)));
    expect(await harm(page)).toEqual({ pwned: null, made: [] });
    await act(page, 'keys', 'transcript-toggle', true);
    await checkDebriefAndRecord(page, 'keys', played);
    expect(dialogs).toEqual([]);
  }, 600_000);

  it('plays a whole scenario by touch only, and keeps the words and answers', async () => {
    const { page, dialogs } = await openInPairs('touch');
    const played = await playInPairs(page, 'touch');
    expect(played.felt.length).toBe(played.decisions);
    await checkDebriefAndRecord(page, 'touch', played);
    expect(dialogs).toEqual([]);
  }, 600_000);

  it('in presenter mode, asks the room for its own words before the options, and Page Down shows them', async () => {
    const game = await browser.open({ viewport: { width: 1280, height: 720 } });
    const { page } = game;
    await page.goto('./?mode=presenter');
    await page.locator('#pm-words-first').check();
    await openPresenter(game, NIGHT);
    while ((await kind(page)) === 'line') await advance(page);
    expect(await kind(page)).toBe('choices');
    await expect(page.locator('#pm-words').innerText()).resolves.toMatch(
      /What would you say\?\s+Talk in pairs, then we will see the options\./,
    );
    expect(await page.locator('.pm-option').count()).toBe(0);
    await screenshot(page, 'pairs-presenter-words-first');
    await page.keyboard.press('PageDown');
    await page.locator('#pm-options').waitFor();
    expect(await page.locator('#pm-words').count()).toBe(0);
    await page.waitForTimeout(GUARD);
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('#pm-total').innerText()).toMatch(/1 hand/);
  }, 300_000);
});
