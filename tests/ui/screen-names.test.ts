// Issue #27: every learner screen has its own name. The real shell is walked through every view a learner can reach;
// on each, the tab title must differ from every other screen's, the page must have one h1, the screen's section must
// be named (by that heading or an aria-label), and every page but the title and play says its name on arrival (play
// says its line instead).
import { afterEach, expect, it } from 'vitest';
import { mountAnnouncer } from '../../src/ui/announcer';
import type { View } from '../../src/ui/context';
import { bestPath, mountLearner, STORY } from './support/learner';
import { nextTasks } from './support/tasks';

let game: ReturnType<typeof mountLearner> | null = null;
afterEach(() => {
  game?.host.destroy();
  game = null;
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The screen's accessible name, from aria-labelledby or aria-label, as a screen reader would find it. */
function sectionName(): string {
  const section = document.querySelector('#app > section')!;
  const by = section.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  return section.getAttribute('aria-label') ?? '';
}

it('gives every learner screen its own tab title, one h1 and a name', async () => {
  game = mountLearner();
  mountAnnouncer(document.body);
  const g = game;
  await g.ui.controller.start(STORY);
  g.ui.go({ name: 'play' });
  for (const words of bestPath()) g.choose(words);
  g.toChoice();
  // The finished play is kept as a record, so the progress page can open a kept record (at once when the page is
  // left; otherwise after the ending is painted).
  window.dispatchEvent(new Event('pagehide'));
  const key = Object.keys(g.stores.reflections.getState().records)[0]!;
  expect(key).toBeTruthy();
  const views: View[] = [
    { name: 'title' },
    { name: 'picker' },
    { name: 'before', id: STORY },
    { name: 'play' },
    { name: 'pause' },
    { name: 'stepout' },
    { name: 'settings', back: { name: 'title' } },
    { name: 'about' },
    { name: 'profiles' },
    { name: 'delete-profile', id: 'guest' },
    { name: 'debrief' },
    { name: 'record' },
    { name: 'progress' },
    { name: 'saved-record', key },
    { name: 'imported-record' },
    { name: 'roleplay-pack', id: STORY },
  ];
  const titles = new Map<string, string>();
  for (const view of views) {
    g.ui.go(view);
    const region = document.getElementById('announcer')!;
    await nextTasks(); // a new view is built in the task after the change
    await wait(40); // the page's name is said 30 ms after arrival
    expect(document.body.dataset.view, view.name).toBe(view.name);
    const title = document.title;
    expect(titles.has(title), `${view.name} has the same tab title as ${titles.get(title)}`).toBe(false);
    titles.set(title, view.name);
    expect(title, view.name).toMatch(/Care Conversations$/);
    const h1s = document.querySelectorAll('#app h1');
    expect(h1s.length, `${view.name}: one h1`).toBe(1);
    expect(h1s[0]!.textContent?.trim(), `${view.name}: the h1 says something`).not.toBe('');
    expect(sectionName(), `${view.name}: the screen is named`).not.toBe('');
    if (view.name !== 'title' && view.name !== 'play') {
      const said = region.textContent ?? '';
      expect(title.startsWith(said) && said !== '', `${view.name} said "${said}" on arrival`).toBe(true);
    }
  }
  expect(titles.size).toBe(views.length);
});
