// Self-study's shell over the real game: each screen is rebuilt on exactly the state its route declares; keys and
// Escape go where the route table says; every screen has its own tab title; and drawing a screen writes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { View } from '../../src/ui/context';
import { OPTIONS_GUARD_MS } from '../../src/ui/screens/play-guard';
import { learnerRoutes } from '../../src/ui/shell';
import { bestPath, mountLearner, STORY } from './support/learner';
import { nextTasks } from './support/tasks';

let game: ReturnType<typeof mountLearner> | null = null;
afterEach(() => {
  game?.host.destroy();
  game = null;
});

async function playing() {
  game = mountLearner();
  await game.ui.controller.start(STORY);
  game.ui.go({ name: 'play' });
  await nextTasks();
  return game;
}

describe('the learner shell', () => {
  it('rebuilds the play screen on a new line, captions or the conversation, and not on progress or volume', async () => {
    const g = await playing();
    expect(document.body.dataset.view).toBe('play');
    const before = g.host.builds();
    g.ui.controller.continue();
    expect(g.host.builds()).toBe(before + 1);
    expect(document.querySelector('#line-text')?.textContent).toBe(
      (g.session().screen as { text: string }).text,
    );
    g.stores.progress.setState((p: object) => ({ ...p }));
    g.stores.settings.setState({ volume: 0.3 });
    g.stores.settings.setState({ theme: 'contrast' });
    expect(g.host.builds()).toBe(before + 1);
    g.stores.settings.setState({ captions: false });
    expect(g.host.builds()).toBe(before + 2);
  });

  it('goes from "Before you start" to the first line in one build (starting the scenario saves it, and that alone builds nothing)', async () => {
    const g = (game = mountLearner());
    g.ui.go({ name: 'before', id: STORY });
    await nextTasks();
    const builds = g.host.builds();
    expect(await g.ui.controller.start(STORY)).toBe(true);
    expect(g.host.builds()).toBe(builds);
    g.ui.go({ name: 'play' });
    await nextTasks();
    expect(g.host.builds()).toBe(builds + 1);
    expect(document.body.dataset.view).toBe('play');
  });

  it('opens the conversation so far with focus in it, named, and closing puts focus back on the toggle', async () => {
    const g = await playing();
    const toggle = () => document.getElementById('transcript-toggle')!;
    toggle().focus();
    const builds = g.host.builds();
    const moment = g.session().screen;
    toggle().click();
    // A rebuild, not a new moment: the line is not said or read again.
    expect(g.host.builds()).toBe(builds + 1);
    expect(g.session().screen).toBe(moment);
    const aside = document.querySelector<HTMLElement>('#transcript')!;
    expect(document.activeElement).toBe(aside);
    expect(document.getElementById(aside.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'The conversation so far',
    );
    expect(toggle().textContent).toBe('Hide the conversation');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(toggle().getAttribute('aria-controls')).toBe('transcript');

    // Closed by the toggle: focus is on it, and it says the conversation is closed.
    toggle().click();
    expect(document.querySelector('#transcript')).toBeNull();
    expect(document.activeElement).toBe(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('false');

    // Closed by its own Close button, or by Escape inside it (which does not pause): focus goes back to the toggle.
    toggle().click();
    document.querySelector<HTMLElement>('.transcript-close')!.click();
    expect(document.activeElement).toBe(toggle());
    toggle().click();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('#transcript')).toBeNull();
    expect(g.ui.screen.getState().view.name).toBe('play');
    expect(document.activeElement).toBe(toggle());
  });

  it('moves focus to Continue on each new line', async () => {
    const g = await playing();
    g.ui.controller.continue();
    await nextTasks(); // focus moves in the task after the line is built
    expect(document.activeElement?.id).toBe('continue');
  });

  it('chooses with a number key once the guard has passed, and Escape pauses', async () => {
    const g = await playing();
    const screen = g.toChoice();
    expect(screen.kind).toBe('choices');
    await new Promise((r) => setTimeout(r, OPTIONS_GUARD_MS + 30));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
    expect(g.session().decisions).toHaveLength(1);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await nextTasks();
    expect(document.body.dataset.view).toBe('pause');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await nextTasks();
    expect(document.body.dataset.view).toBe('play');
  });

  it('keeps the record of a finished play once its ending is painted, before any screen shows it', async () => {
    const g = await playing();
    g.ui.go({ name: 'title' });
    for (const words of bestPath()) g.choose(words);
    expect(g.toChoice().kind).toBe('ending');
    // After the paint, or 250 ms at the latest (app/learner-context.ts): not in the press that ended the play.
    await new Promise((r) => setTimeout(r, 300));
    const kept = Object.values(g.ui.records.reflections.getState().records);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.scenario.id).toBe(STORY);
  });

  it('draws every screen without writing to any store, each with its own tab title', async () => {
    const g = await playing();
    for (const words of bestPath()) g.choose(words);
    g.toChoice();
    window.dispatchEvent(new Event('pagehide')); // the finished play's record is kept now, not while screens draw
    const stores = [
      g.stores.session,
      g.stores.progress,
      g.stores.settings,
      g.stores.reflections,
      g.ui.screen,
    ];
    const writes: string[] = [];
    for (const s of stores) s.subscribe(() => writes.push(JSON.stringify(g.ui.screen.getState().view)));
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
      { name: 'debrief' },
      { name: 'record' },
      { name: 'progress' },
      { name: 'imported-record' },
      { name: 'roleplay-pack', id: STORY },
    ];
    const routes = learnerRoutes();
    const titles = new Set<string>();
    for (const view of views) {
      const route = routes[view.name] as {
        render: (ui: unknown, v: View) => unknown;
        title?: (ui: unknown, v: View) => string;
      };
      writes.length = 0;
      route.render(g.ui, view);
      expect(writes, `drawing ${view.name} wrote to a store`).toEqual([]);
      titles.add(route.title?.(g.ui, view) ?? '');
    }
    expect(titles.size).toBe(views.length);
  });
});
