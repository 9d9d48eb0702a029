// The screen host: one screen at a time in <main>, rebuilt when (and only when) the state it declares changes. It
// owns replacing the screen, keeping or moving focus, the body's data-view and the tab title, and the keys. The
// shells are route tables for it: each route says what it renders, what state it reads, and what happens when a
// learner arrives at it, so nothing outside the route has to know what a screen shows.

import { focusMover, type FocusMover } from './focus';
import { buildTiming } from './timing';

export interface Source {
  subscribe(listener: () => void): () => void;
}

export interface Route<C, V> {
  /** The screen. Rendering has no side effects: it reads state and returns elements. */
  render(ctx: C, view: V): Node | (Node | string)[];
  /** The state the screen shows. The screen is rebuilt when one of these values changes (Object.is), and not
   *  otherwise: a field a screen starts to show is declared here, beside the code that shows it. */
  deps?(ctx: C, view: V): readonly unknown[];
  /** What makes a new moment on this screen (a new line, a new decision): focus moves to the screen's first
   *  control and `arrive` runs again. Without it, only a new view is a new moment. */
  moment?(ctx: C, view: V): unknown;
  /** True when this new moment's focus moves in the task that built the screen, not in the task after it
   *  (focus.ts says why the next task is the default, and what it costs). `before` is the moment before it. */
  focusAtOnce?(ctx: C, view: V, before: unknown): boolean;
  /** True when this new moment is built in the task after the change, as a new view always is (timing.ts): for a
   *  moment whose screen is a long build, so the press that brought it ends first. */
  buildLater?(ctx: C, view: V): boolean;
  /** For a screen built later: work it will need, done in a task of its own before the build (the play's debrief,
   *  before the end of a play is built). True when there was any. */
  prepare?(ctx: C, view: V): boolean;
  /** After the screen is built for a new view or moment: announce it, read it aloud, start a guard. */
  arrive?(ctx: C, view: V, main: HTMLElement): void;
  /** Before another view replaces this one. */
  leave?(ctx: C, view: V): void;
  /** This screen's keys; true when the key was used. */
  keys?(e: KeyboardEvent, ctx: C, view: V): boolean;
  /** The tab title on this screen. */
  title?(ctx: C, view: V): string;
}

export type Routes<C, V extends { name: string }> = {
  [K in V['name']]: Route<C, Extract<V, { name: K }>>;
};

export interface HostOptions<C, V extends { name: string }> {
  main: HTMLElement;
  ctx: C;
  routes: Routes<C, V>;
  /** Where the game is, read from state (a view the learner chose, a phase of the session). */
  locate(ctx: C): V;
  /** Every store a screen may read; the host listens to all of them and asks the route whether it cares. */
  sources: readonly Source[];
  /** Keys for every screen, tried before the route's own; true when the key was used. */
  keys?(e: KeyboardEvent, view: V): boolean;
  /** The tab title when a route has none. */
  title?: string;
  /** 'follow' (the default): a new moment moves focus to the screen's first control, a rebuild keeps it where it
   *  was. 'stay' (presenter mode, driven by keys and a clicker): focus stays wherever it still can; a new moment
   *  with nothing focused moves it to the first control; a rebuild never moves it. */
  focus?: 'follow' | 'stay';
}

export interface Host<V> {
  view(): V;
  /** Check the state now (the host also does this on every change of a source). */
  update(): void;
  /** How many times a screen has been built: for tests. */
  builds(): number;
  destroy(): void;
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

export function mountHost<C, V extends { name: string }>(o: HostOptions<C, V>): Host<V> {
  const routeOf = (v: V) => (o.routes as Record<string, Route<C, V>>)[v.name]!;
  let view: V | null = null;
  let viewId = '';
  let deps: readonly unknown[] = [];
  let moment: unknown;
  let builds = 0;
  let building = false;
  let again = false;
  const focus = focusMover();
  // A new view, or a new moment its route builds later, is built in the next task (timing.ts says why).
  const later = (): boolean => {
    if (!view || building) return false;
    const next = o.locate(o.ctx);
    return buildsLater(routeOf(next), o.ctx, next, JSON.stringify(next) === viewId, moment);
  };

  const update = () => {
    // A change announced while a screen is being built (by `arrive`, say) is looked at once the build is done.
    if (building) return void (again = true);
    building = true;
    try {
      do {
        again = false;
        step();
      } while (again);
    } finally {
      building = false;
    }
  };

  const step = () => {
    const next = o.locate(o.ctx);
    const route = routeOf(next);
    const nextId = JSON.stringify(next);
    const nextDeps = route.deps?.(o.ctx, next) ?? [];
    const nextMoment = route.moment?.(o.ctx, next);
    const newView = nextId !== viewId;
    const fresh = newView || !Object.is(nextMoment, moment);
    if (!fresh && same(deps, nextDeps)) return;
    if (newView && view) routeOf(view).leave?.(o.ctx, view);
    // Where focus is, or is about to be: a focus still waiting for its task counts as already moved.
    const focused = (focus.pending() ?? document.activeElement)?.id;
    const before = moment;
    [view, viewId, deps, moment] = [next, nextId, nextDeps, nextMoment];
    const screen = route.render(o.ctx, next);
    builds += 1;
    o.main.replaceChildren(...(Array.isArray(screen) ? screen : [screen]));
    document.body.dataset.view = next.name;
    document.title = route.title?.(o.ctx, next) ?? o.title ?? document.title;
    const atOnce = fresh && !!route.focusAtOnce?.(o.ctx, next, before);
    placeFocus(focus, o.main, { stay: o.focus === 'stay', fresh, focused, atOnce });
    if (fresh) route.arrive?.(o.ctx, next, o.main);
  };

  const onKey = (e: KeyboardEvent) => {
    timing.flush();
    if (e.defaultPrevented || !view) return;
    if (o.keys?.(e, view)) return;
    routeOf(view).keys?.(e, o.ctx, view);
  };

  const timing = buildTiming(update, later, () => prepares(routeOf, o.ctx, o.locate(o.ctx)));
  const unsubscribe = o.sources.map((s) => s.subscribe(timing.changed));
  document.addEventListener('keydown', onKey);
  update();
  return {
    view: () => view!,
    update,
    builds: () => builds,
    destroy: () => {
      timing.stop();
      focus.now(null);
      for (const u of unsubscribe) u();
      document.removeEventListener('keydown', onKey);
    },
  };
}

/** Runs the preparation `next`'s route asks for, before its screen is built (timing.ts); true when there was any. */
function prepares<C, V>(routeOf: (v: V) => Route<C, V>, ctx: C, next: V): boolean {
  return !!routeOf(next).prepare?.(ctx, next);
}

/** A change to `next` is built in the task after (timing.ts) when it is a new view, or a new moment whose route
 *  asks for that. */
function buildsLater<C, V>(route: Route<C, V>, ctx: C, next: V, sameView: boolean, moment: unknown): boolean {
  if (!sameView) return true;
  return !!route.buildLater?.(ctx, next) && !Object.is(route.moment?.(ctx, next), moment);
}

/** After a build: a rebuild keeps the learner where they were; a new moment starts at the screen's first control. */
function placeFocus(
  focus: FocusMover,
  main: HTMLElement,
  at: { stay: boolean; fresh: boolean; focused: string | undefined; atOnce: boolean },
): void {
  const { stay, fresh, focused, atOnce } = at;
  const keep = (stay || !fresh) && focused ? document.getElementById(focused) : null;
  const autofocus = main.querySelector<HTMLElement>('[data-autofocus]');
  const first = !stay || fresh ? autofocus : null;
  if (fresh && !atOnce) focus.soon(keep ?? first);
  // A rebuild before a new moment's focus landed: it still lands, on the new screen's first control.
  else if (!fresh && focus.pending() && !keep) focus.soon(autofocus);
  else focus.now(keep ?? first);
}
