import { describe, expect, it } from 'vitest';
import { createLoading, type LoadingState } from '../../src/app/loading';

describe('the loading tracker', () => {
  it('counts steps as they finish, failed ones included, and is busy until all are over', () => {
    const l = createLoading();
    const seen: LoadingState[] = [];
    l.subscribe((s) => seen.push(s));
    expect(l.state()).toEqual({ done: 0, total: 0, failed: 0, busy: false });
    l.add('code', 'boot');
    expect(l.state()).toEqual({ done: 0, total: 2, failed: 0, busy: true });
    l.finish('code');
    l.add('picture:a', 'picture:b', 'code');
    expect(l.state()).toEqual({ done: 1, total: 4, failed: 0, busy: true });
    l.finish('boot');
    l.finish('picture:a', false);
    l.finish('picture:b');
    expect(l.state()).toEqual({ done: 4, total: 4, failed: 1, busy: false });
    expect(seen.map((s) => `${s.done}/${s.total}`)).toEqual(['0/2', '1/2', '1/4', '2/4', '3/4', '4/4']);
  });

  it('ends a step once, and counts a step that arrives unannounced', () => {
    const l = createLoading();
    let calls = 0;
    l.subscribe(() => (calls += 1));
    l.add('code');
    l.finish('code');
    l.finish('code');
    l.finish('code', false);
    l.finish('extra');
    expect(calls).toBe(3);
    expect(l.state()).toEqual({ done: 2, total: 2, failed: 0, busy: false });
  });

  it('stops telling a listener once it unsubscribes', () => {
    const l = createLoading();
    let calls = 0;
    const stop = l.subscribe(() => (calls += 1));
    l.add('a');
    stop();
    l.finish('a');
    expect(calls).toBe(1);
  });
});
