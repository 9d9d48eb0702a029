// Pairs and "your words first" on the learner's screens, over the real game in happy-dom: the role card, the words
// step (labelled, focused, digits stay digits, kept through a rebuild), the options guard after it, the partner's
// answer, the settings, and the words and answers in the debrief, all as inert text.
import { afterEach, describe, expect, it } from 'vitest';
import { mountAnnouncer } from '../../src/ui/announcer';
import { OPTIONS_GUARD_MS } from '../../src/ui/screens/play-guard';
import { mountLearner, STORY } from './support/learner';
import { nextTasks } from './support/tasks';

let game: ReturnType<typeof mountLearner> | null = null;
afterEach(() => {
  game?.host.destroy();
  game = null;
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const key = (k: string) =>
  (document.activeElement ?? document.body).dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
  );
const HOSTILE = '<img src=x onerror=alert(1)> <b>bold</b>';

/** From the before-scenario screen, "Play in pairs", to the first decision's role card. */
async function pairsAtCard() {
  game = mountLearner();
  mountAnnouncer(document.body);
  game.ui.go({ name: 'before', id: STORY });
  await nextTasks(); // a new view is built in the task after the change
  $('#play-pairs')!.click();
  // Starting loads the story first: wait for the play screen rather than guess how long that takes.
  await expect.poll(() => document.body.dataset.view, { timeout: 10_000 }).toBe('play');
  game.toChoice();
  await wait(OPTIONS_GUARD_MS + 30);
  return game;
}

describe('playing in pairs', () => {
  it('starts in pairs from the before-scenario screen and shows the partner’s role card first', async () => {
    const g = await pairsAtCard();
    expect(g.session().pairs).toBe(true);
    const s = g.session().screen;
    const partner = s.kind === 'choices' ? s.partner : undefined;
    expect(partner).toBeTruthy();
    const card = $('.partner-card')!;
    expect(card.getAttribute('role')).toBe('group');
    expect(card.textContent).toContain(partner!.feels);
    expect(card.textContent).toContain(partner!.badly);
    expect($('#partner-help')!.textContent).toMatch(/read .* lines aloud.*answer aloud/);
    expect($('#choices')).toBeNull();
    expect(document.activeElement?.id).toBe('partner-ready');
    // The character's own last line is on the card to read aloud; narration is not.
    const last = g.session().transcript.findLast((e) => e.kind === 'line');
    const theirs = last?.kind === 'line' && last.speaker === partner!.who;
    expect($('.partner-line')?.textContent ?? null).toBe(theirs ? `Their line: ${last.text}` : null);
    expect(document.getElementById('announcer')!.textContent).toContain(partner!.wants);
  });

  it('then the words step: labelled, focused, digits typed are not choices, kept through a rebuild', async () => {
    const g = await pairsAtCard();
    $('#partner-ready')!.click();
    await wait(10);
    const box = $<HTMLTextAreaElement>('#words-first')!;
    expect(document.activeElement).toBe(box);
    expect($(`label[for="words-first"]`)!.textContent).toMatch(/what did you say/i);
    expect(key('2')).toBe(true); // not prevented: the digit goes in the box
    expect(g.session().decisions).toHaveLength(0);
    box.value = HOSTILE;
    box.dispatchEvent(new Event('input'));
    $('#transcript-toggle')!.click(); // the screen is rebuilt: the words stay
    expect($<HTMLTextAreaElement>('#words-first')!.value).toBe(HOSTILE);
    await wait(OPTIONS_GUARD_MS + 30);
    $('#show-options')!.click();
    await wait(10); // a new moment's focus moves in the task after the build
    // The options appear: focus on the first, the guard running, the words above them as text.
    expect(document.activeElement?.classList.contains('choice')).toBe(true);
    expect($('#choice-prompt')!.textContent).toBe('Which option is closest to what you meant?');
    expect($('#said-first')!.textContent).toBe(`You said first: ${HOSTILE}`);
    expect($('#said-first img, #said-first b')).toBeNull();
    $<HTMLButtonElement>('#choices button')!.click();
    key('1');
    expect(g.session().decisions).toHaveLength(0);
    await wait(OPTIONS_GUARD_MS + 30);
    key('1');
    expect(g.session().decisions[0]!.said).toBe(HOSTILE);
    expect($('#transcript .said')!.textContent).toContain(HOSTILE);
    expect($('#transcript img')).toBeNull();
  });

  it('asks the partner how it felt after each decision, and shows the answer pressed', async () => {
    const g = await pairsAtCard();
    $('#partner-ready')!.click();
    await wait(OPTIONS_GUARD_MS + 30);
    $('#skip-words')!.click();
    await wait(OPTIONS_GUARD_MS + 30);
    key('1');
    await wait(300);
    expect(g.session().screen.kind).toBe('feedback');
    const labels = [...document.querySelectorAll('.felt button')].map((b) => b.textContent);
    expect(labels).toEqual(['Heard', 'Unsure', 'Upset', 'Skip']);
    $('#felt-unsure')!.focus();
    $('#felt-unsure')!.click();
    expect(g.session().decisions[0]!.felt).toBe('unsure');
    expect($('#felt-unsure')!.getAttribute('aria-pressed')).toBe('true');
    expect($('#felt-heard')!.getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement?.id).toBe('felt-unsure');
    expect(g.session().decisions[0]!.said).toBeUndefined();
  });

  it('shows the words and the answer in the debrief beside the rating, as text', async () => {
    const g = await pairsAtCard();
    const c = g.ui.controller;
    while (g.session().screen.kind !== 'ending') {
      const s = g.toChoice();
      if (s.kind !== 'choices') break;
      c.partnerReady();
      c.sayFirst(HOSTILE);
      c.choose(0);
      c.feel(g.session().decisions.length - 1, 'heard');
    }
    g.ui.go({ name: 'debrief' });
    await wait(20);
    // Each decision is folded into a line with its rating (#decision-N is that line); the words are inside.
    const first = $('#decision-1')!.closest('li')!;
    expect(first.querySelector('.said-first')!.textContent).toBe(`What you said first: ${HOSTILE}`);
    expect(first.querySelector('summary')!.textContent).toContain('Your partner felt heard, in role');
    expect(document.querySelectorAll('main img, main b')).toHaveLength(0);
  });
});

describe('your words first on your own', () => {
  it('is a setting, off alone and on in pairs, and when on the words step comes first', async () => {
    game = mountLearner();
    game.ui.go({ name: 'settings', back: { name: 'title' } });
    await wait(10);
    const alone = $<HTMLInputElement>('#words-first')!;
    const pairs = $<HTMLInputElement>('#words-first-pairs')!;
    expect([alone.checked, pairs.checked]).toEqual([false, true]);
    expect($('label[for="words-first"]')!.textContent).toBe('When I play on my own');
    alone.checked = true;
    alone.dispatchEvent(new Event('change'));
    expect(game.stores.settings.getState().wordsFirst).toBe(true);
    await game.ui.controller.start(STORY);
    game.ui.go({ name: 'play' });
    game.toChoice();
    await wait(20);
    expect($('.partner-card')).toBeNull();
    expect(document.activeElement?.id).toBe('words-first');
    expect($('label[for="words-first"]')!.textContent).toMatch(/what would you say/i);
  });
});
