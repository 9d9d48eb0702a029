// The screen host on its own: a screen is rebuilt when (and only when) the state it declares changes; a new moment
// moves focus to the screen's first control and runs `arrive`; a rebuild keeps focus where it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { mountHost, type Host, type Routes } from '../../src/ui/host/host';
import { h } from '../../src/ui/dom';
import { nextTasks } from './support/tasks';

interface State {
  line: string;
  shown: string;
  unrelated: number;
  view: 'a' | 'b';
}
type View = { name: 'a' } | { name: 'b' };

const hosts: Host<View>[] = [];
/** Lets the tasks after a change run: a new view is built, and a new moment's focus lands, in the first of them. */
const landed = nextTasks;
afterEach(() => {
  for (const host of hosts.splice(0)) host.destroy();
  document.body.replaceChildren();
});

function setup(arrive = vi.fn()) {
  const store = createStore<State>(() => ({ line: 'one', shown: 'x', unrelated: 0, view: 'a' }));
  const other = createStore(() => ({ count: 0 }));
  const main = h('main', {});
  document.body.append(main);
  const renders = { a: 0, b: 0 };
  const routes: Routes<typeof store, View> = {
    a: {
      render: (s) => {
        renders.a += 1;
        return h(
          'div',
          {},
          h('p', { id: 'line' }, s.getState().line),
          h('button', { id: 'first', 'data-autofocus': true }, 'First'),
          h('button', { id: 'second' }, s.getState().shown),
        );
      },
      deps: (s) => [s.getState().line, s.getState().shown],
      moment: (s) => s.getState().line,
      arrive,
      title: (s) => `A: ${s.getState().line}`,
    },
    b: {
      render: () => {
        renders.b += 1;
        return h('p', {}, 'B');
      },
    },
  };
  const host = mountHost<typeof store, View>({
    main,
    ctx: store,
    routes,
    locate: (s) => ({ name: s.getState().view }),
    sources: [store, other],
  });
  hosts.push(host);
  return { store, other, host, renders, main, arrive, routes };
}

describe('the screen host', () => {
  it('rebuilds a screen when a value it declares changes, and not for anything else', () => {
    const { store, other, host, renders } = setup();
    expect(renders.a).toBe(1);
    store.setState({ unrelated: 1 });
    other.setState({ count: 5 });
    expect(renders.a).toBe(1);
    expect(host.builds()).toBe(1);
    store.setState({ shown: 'y' });
    expect(renders.a).toBe(2);
    expect(document.getElementById('second')?.textContent).toBe('y');
    store.setState({ shown: 'y' }); // the same value again
    expect(renders.a).toBe(2);
  });

  it('moves focus to the first control at a new moment, in the task after the build, and keeps it on a rebuild at once', async () => {
    const { store, arrive } = setup();
    expect(arrive).toHaveBeenCalledTimes(1);
    await landed();
    expect(document.activeElement?.id).toBe('first');
    document.getElementById('second')!.focus();
    store.setState({ shown: 'z' });
    expect(document.activeElement?.id).toBe('second');
    expect(arrive).toHaveBeenCalledTimes(1);
    store.setState({ line: 'two' });
    expect(arrive).toHaveBeenCalledTimes(2);
    expect(document.title).toBe('A: two');
    // Not in the task that built the screen (focusing there makes the browser lay the new screen out at once).
    expect(document.activeElement?.id).not.toBe('first');
    await landed();
    expect(document.activeElement?.id).toBe('first');
  });

  it("lands a new moment's focus through a rebuild before it lands, and gives way to focus taken meanwhile", async () => {
    const { store } = setup();
    await landed();
    document.getElementById('second')!.focus();
    store.setState({ line: 'two' });
    store.setState({ shown: 'rebuilt' }); // rebuilt before it landed: the new moment still starts at its first control
    await landed();
    expect(document.activeElement?.id).toBe('first');
    store.setState({ line: 'three' });
    document.getElementById('second')!.focus(); // taken before it landed (a screen's own arrive, or the learner)
    await landed();
    expect(document.activeElement?.id).toBe('second');
  });

  it('moves focus at once at a new moment whose route asks for it', async () => {
    const { store, routes } = setup();
    await landed();
    routes.a.focusAtOnce = (s, _view, before) => s.getState().line === 'now' && before === 'one';
    document.getElementById('second')!.focus();
    store.setState({ line: 'now' });
    expect(document.activeElement?.id).toBe('first');
  });

  it('builds a new view in the task after the change, once, marks the body with its name, and leaves the old one', async () => {
    const { store, renders } = setup();
    store.setState({ view: 'b' });
    // Not in the task of the change (a press's own task ends with the press): the old screen is still there.
    expect(renders.b).toBe(0);
    expect(document.body.dataset.view).toBe('a');
    await landed();
    expect(renders.b).toBe(1);
    expect(document.body.dataset.view).toBe('b');
    store.setState({ line: 'changed' }); // declared by a, not by b
    expect(renders.b).toBe(1);
    // Several changes before the task: one build, from the state as it is then.
    store.setState({ view: 'a' });
    store.setState({ line: 'changed again' });
    await landed();
    expect(renders.a).toBe(2);
    expect(document.getElementById('line')?.textContent).toBe('changed again');
    // There and back before the task: nothing to build.
    store.setState({ view: 'b' });
    store.setState({ view: 'a' });
    await landed();
    expect(renders).toEqual({ a: 2, b: 1 });
  });

  it('builds a new moment in the task after the change when its route asks for that, and a rebuild at once', async () => {
    const { store, routes, renders } = setup();
    routes.a.buildLater = (s) => s.getState().line === 'the end';
    store.setState({ line: 'the end' });
    expect(renders.a).toBe(1);
    expect(document.getElementById('line')?.textContent).toBe('one');
    await landed();
    expect(renders.a).toBe(2);
    expect(document.getElementById('line')?.textContent).toBe('the end');
    store.setState({ shown: 'rebuilt' }); // the same moment: a rebuild, at once
    expect(renders.a).toBe(3);
  });

  it("runs a route's preparation for a screen built later in a task of its own, before the build", async () => {
    const { store, routes, renders } = setup();
    const order: string[] = [];
    routes.a.buildLater = (s) => s.getState().line === 'the end';
    routes.a.prepare = (s) => {
      order.push(`prepare ${s.getState().line} after ${renders.a} builds`);
      // Had the build followed in the same task, this would see it.
      queueMicrotask(() => order.push(`end of that task: ${renders.a} builds`));
      return true;
    };
    store.setState({ line: 'the end' });
    expect(order).toEqual([]);
    await landed();
    expect(order).toEqual(['prepare the end after 1 builds', 'end of that task: 1 builds']);
    expect(renders.a).toBe(2);
    expect(document.getElementById('line')?.textContent).toBe('the end');
  });

  it('builds nothing once destroyed, even a view that was on its way', async () => {
    const { store, host, renders } = setup();
    store.setState({ view: 'b' });
    host.destroy();
    await landed();
    expect(renders.b).toBe(0);
  });

  it('looks again after a build when arriving at a screen changes state', () => {
    const arrive = vi.fn((s: StoreApi<State>) => {
      if (s.getState().shown === 'x') s.setState({ shown: 'after arrival' });
    });
    setup(arrive as never);
    expect(document.getElementById('second')?.textContent).toBe('after arrival');
  });
});
