// The play screen for a screen reader, a keyboard and read-aloud, over the real learner game in happy-dom: each line
// announced once with the speaker's name, a decision told by focus alone, arrow keys in the options, the stronger
// option said and shown above the fold, options deaf to a press for a moment, Escape on a glossary word, the room
// and moods in words, and "Read again".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountAnnouncer } from '../../src/ui/announcer';
import { describeStage } from '../../src/ui/people';
import { OPTIONS_GUARD_MS } from '../../src/ui/screens/play-guard';
import { spokenText } from '../../src/ui/screens/play-words';
import { explainBox, termsIn } from '../../src/ui/terms';
import { mountLearner, STORY } from './support/learner';
import { nextTasks } from './support/tasks';

let game: ReturnType<typeof mountLearner> | null = null;
let heard: string[] = [];
let observer: MutationObserver | null = null;

beforeEach(() => {
  heard = [];
});
afterEach(() => {
  observer?.disconnect();
  game?.host.destroy();
  game = null;
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The learner's game with the live region mounted, and every non-empty thing it says written down. */
async function playing(settings: object = {}) {
  game = mountLearner();
  mountAnnouncer(document.body);
  const region = document.getElementById('announcer')!;
  observer = new MutationObserver(() => {
    if (region.textContent) heard.push(region.textContent);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  game.stores.settings.setState(settings);
  await game.ui.controller.start(STORY);
  game.ui.go({ name: 'play' });
  await wait(40);
  return game;
}

const key = (k: string) =>
  (document.activeElement ?? document.body).dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true }),
  );

describe('the play screen for a screen reader', () => {
  it('announces each line once, with the speaker, and Continue does not read it again', async () => {
    const g = await playing();
    heard = [];
    g.ui.controller.continue();
    await wait(40);
    const s = g.session().screen as { kind: string; text: string };
    expect(s.kind).toBe('line');
    expect(heard.filter((t) => t.includes(s.text))).toHaveLength(1);
    expect(document.getElementById('continue')!.hasAttribute('aria-describedby')).toBe(false);
    const name = document.getElementById('speaker')?.textContent;
    if (name) expect(heard.at(-1)).toContain(`${name}: ${s.text}`);
  });

  it('at a decision puts focus in a group that says how to choose, and does not announce the options too', async () => {
    const g = await playing();
    const screen = g.toChoice();
    await wait(40);
    if (screen.kind !== 'choices') throw new Error('no decision');
    const first = document.activeElement as HTMLElement;
    expect(first.classList.contains('choice')).toBe(true);
    const group = first.closest('[role="group"]')!;
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'What do you do?',
    );
    const help = document.getElementById(group.getAttribute('aria-describedby')!)!.textContent;
    const n = screen.options.length;
    expect(help).toBe(`${n} options. Press 1 to ${n}, or use the arrow keys and Enter.`);
    for (const o of screen.options) expect(heard.join(' ')).not.toContain(o.text);
  });

  it('moves between options with the arrow keys without choosing', async () => {
    const g = await playing();
    g.toChoice();
    await wait(OPTIONS_GUARD_MS + 30);
    const options = [...document.querySelectorAll<HTMLElement>('#choices button')];
    key('ArrowDown');
    expect(document.activeElement).toBe(options[1]);
    key('ArrowUp');
    key('ArrowUp');
    expect(document.activeElement).toBe(options.at(-1));
    expect(g.session().decisions).toHaveLength(0);
  });

  it('ignores a press on new options for OPTIONS_GUARD_MS: a double tap on Continue never chooses', async () => {
    const g = await playing();
    g.toChoice();
    await wait(OPTIONS_GUARD_MS / 2); // the second tap of a double tap, 300 ms after the first
    document.querySelector<HTMLElement>('#choices button')!.click();
    key('1');
    expect(g.session().decisions).toHaveLength(0);
    await wait(OPTIONS_GUARD_MS / 2 + 30);
    document.querySelector<HTMLElement>('#choices button')!.click();
    expect(g.session().decisions).toHaveLength(1);
  });

  it('says and shows the stronger option before the feedback itself', async () => {
    const g = await playing();
    const screen = g.toChoice();
    if (screen.kind !== 'choices') throw new Error('no decision');
    const weaker = screen.options.findIndex((o) => o.meta.rating !== 'best');
    const best = screen.options.find((o) => o.meta.rating === 'best')!;
    await wait(OPTIONS_GUARD_MS + 30);
    heard = [];
    g.ui.controller.choose(weaker);
    await wait(40);
    expect(g.session().screen.kind).toBe('feedback');
    expect(heard).toHaveLength(1);
    expect(heard[0]).toContain(`A stronger option: ${best.text}`);
    const parts = [...document.querySelectorAll('.feedback > p')].map((p) => p.className);
    expect(parts.indexOf('better')).toBeLessThan(parts.indexOf('feedback-text'));
  });

  it('Escape on a glossary word closes its explanation and does not pause', async () => {
    const g = await playing();
    while (!document.querySelector('button.term') && g.session().screen.kind === 'line')
      g.ui.controller.continue();
    const term = document.querySelector<HTMLElement>('button.term');
    if (!term) throw new Error('no line before the first decision has a glossary word');
    term.focus();
    const box = document.getElementById(term.getAttribute('aria-controls')!)!;
    expect(box.hidden).toBe(false);
    key('Escape');
    expect(box.hidden).toBe(true);
    expect(document.body.dataset.view).toBe('play');
    key('Escape');
    await nextTasks();
    expect(document.body.dataset.view).toBe('pause');
  });

  it('folds the bar into a menu whose state is exposed, keeping focus on its button', async () => {
    const g = await playing();
    const menu = document.getElementById('play-menu-toggle')!;
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    menu.focus();
    menu.click();
    expect(document.getElementById('play-menu-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.id).toBe('play-menu-toggle');
    expect(g.stores.session.getState().session).not.toBeNull();
  });

  it('says the name of every page it arrives at', async () => {
    const g = await playing();
    g.ui.go({ name: 'settings', back: { name: 'title' } });
    g.ui.go({ name: 'picker' });
    await wait(40);
    expect(heard).toContain('Choose a scenario');
  });
});

describe('the stage and glossary in words', () => {
  it('describes the room and who is drawn, and a voice on the phone only while it speaks', () => {
    const stage = {
      location: 'lounge',
      people: [
        { id: 'jas', mood: 'worried', offstage: false },
        { id: 'sanjay', mood: 'neutral', offstage: true },
      ],
      speaking: 'jas',
      ambience: null,
    };
    const words = describeStage(stage);
    expect(words).toMatch(/^The lounge\. /);
    expect(words).toContain('looks worried.');
    expect(words).not.toContain('on the phone');
    expect(describeStage({ ...stage, speaking: 'sanjay' })).toContain('is on the phone.');
  });

  it('finds each glossary word once in the text of options, for the strip beside them', () => {
    const box = explainBox('x');
    const words = termsIn(['Check the DNACPR form', 'Ask about the DNACPR'], box);
    expect(words.map((w) => w.textContent)).toEqual(['DNACPR']);
    words[0]!.click();
    expect(box.hidden).toBe(false);
    expect(box.textContent).toContain('A plain way to say it');
  });
});

describe('read-aloud on the play screen', () => {
  it('offers "Read again" and a way to hear a glossary explanation, and reads all the options at a decision', async () => {
    const speak = vi.fn();
    game = mountLearner();
    game.ui.speech = { speak, stop: () => {}, voices: () => [] };
    game.stores.settings.setState({ readAloud: true });
    await game.ui.controller.start(STORY);
    game.ui.go({ name: 'play' });
    await nextTasks();
    const again = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Read again')!;
    const calls = speak.mock.calls.length;
    again.click();
    expect(speak.mock.calls.length).toBe(calls + 1);
    expect(speak.mock.calls.at(-1)![0]).toBe(spokenText(game.session()));
    const screen = game.toChoice();
    if (screen.kind !== 'choices') throw new Error('no decision');
    for (const o of screen.options) expect(speak.mock.calls.at(-1)![0]).toContain(o.text);
  });
});
