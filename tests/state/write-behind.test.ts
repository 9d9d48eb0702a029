import { describe, expect, it } from 'vitest';
import { writeBehind } from '../../src/state/write-behind';

/** A window with hand-driven frames, timers and page events. */
function fakeWindow() {
  const frames: (() => void)[] = [];
  const timers: { at: number; fn: () => void }[] = [];
  const listeners = new Map<string, (() => void)[]>();
  const on = (type: string, fn: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn]);
  const fire = (type: string) => (listeners.get(type) ?? []).forEach((fn) => fn());
  let now = 0;
  const doc = { visibilityState: 'visible', addEventListener: on };
  const win = {
    document: doc,
    addEventListener: on,
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms = 0) => timers.push({ at: now + ms, fn }),
  };
  return {
    win: win as unknown as Window,
    /** Paints a frame, then runs the timers that are due. */
    paint() {
      frames.splice(0).forEach((fn) => fn());
      this.tick(0);
    },
    tick(ms: number) {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    },
    hide() {
      doc.visibilityState = 'hidden';
      fire('visibilitychange');
    },
    leave: () => fire('pagehide'),
  };
}

describe('write-behind saving', () => {
  it('writes after the next paint, and only the latest of several changes', () => {
    const w = fakeWindow();
    const writes: string[] = [];
    const saver = writeBehind(w.win);
    saver.later(() => writes.push('a'));
    saver.later(() => writes.push('b'));
    expect(writes).toEqual([]);
    w.paint();
    expect(writes).toEqual(['b']);
    w.tick(1000);
    expect(writes).toEqual(['b']);
  });

  it('with `every`, runs each of several writes in order (a record kept per finished play)', () => {
    const w = fakeWindow();
    const writes: string[] = [];
    const keeper = writeBehind(w.win, { every: true });
    keeper.later(() => writes.push('play 1'));
    keeper.later(() => writes.push('play 2'));
    expect(writes).toEqual([]);
    w.paint();
    expect(writes).toEqual(['play 1', 'play 2']);
    keeper.later(() => writes.push('play 3'));
    w.leave();
    expect(writes).toEqual(['play 1', 'play 2', 'play 3']);
    w.tick(1000);
    expect(writes).toEqual(['play 1', 'play 2', 'play 3']);
  });

  it('writes at once when the page is left or hidden, so a reload loses nothing', () => {
    const w = fakeWindow();
    const writes: string[] = [];
    const saver = writeBehind(w.win);
    saver.later(() => writes.push('step 1'));
    w.leave();
    expect(writes).toEqual(['step 1']);
    saver.later(() => writes.push('step 2'));
    w.hide();
    expect(writes).toEqual(['step 1', 'step 2']);
    w.paint();
    expect(writes).toEqual(['step 1', 'step 2']);
  });

  it('writes within 250 ms even when no frame is painted (a tab in the background)', () => {
    const w = fakeWindow();
    const writes: string[] = [];
    writeBehind(w.win).later(() => writes.push('x'));
    w.tick(249);
    expect(writes).toEqual([]);
    w.tick(1);
    expect(writes).toEqual(['x']);
  });

  it('waits at background priority after the paint where there is a scheduler, so a key press queued behind the frame goes first', () => {
    const w = fakeWindow();
    const posted: { fn: () => void; priority?: string }[] = [];
    (w.win as unknown as { scheduler: unknown }).scheduler = {
      postTask: (fn: () => void, o: { priority?: string }) => {
        posted.push({ fn, priority: o.priority });
        return Promise.resolve();
      },
    };
    const writes: string[] = [];
    writeBehind(w.win).later(() => writes.push('x'));
    w.paint();
    expect(writes).toEqual([]);
    expect(posted.map((p) => p.priority)).toEqual(['background']);
    posted[0]!.fn();
    expect(writes).toEqual(['x']);
    w.tick(250);
    expect(writes).toEqual(['x']);
  });
});
