// The bench's small statistics (scripts/bench/stats.mjs): percentiles, long-task summaries, bytes by kind.
import { describe, expect, it } from 'vitest';
import {
  bytesBefore,
  kindOf,
  latencySummary,
  longTaskSummary,
  longestTasks,
  median,
  medianLongTasks,
  mergePlays,
  percentile,
  round,
} from '../../scripts/bench/stats.mjs';

describe('percentile and median', () => {
  it('interpolates between the two nearest values, ignoring anything not a finite number', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([0, 10, 20, 30, 40], 0.95)).toBeCloseTo(38);
    expect(percentile([5, null, undefined, Number.NaN, 7], 0.5)).toBe(6);
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([9], 0.95)).toBe(9);
  });

  it('summarises latencies as p50, p95, max and count', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(latencySummary(values)).toEqual({ p50: 11, p95: 19, max: 20, n: 20 });
  });
});

describe('long tasks', () => {
  const tasks = [
    { start: 10, dur: 400 }, // before first interactive: not counted
    { start: 100, dur: 60 },
    { start: 200, dur: 120 },
    { start: 300, dur: 50 }, // exactly 50 ms is not "over 50"
  ];

  it('counts only tasks that start at or after the given moment', () => {
    expect(longTaskSummary(tasks, 100)).toEqual({ over50: 2, over100: 1, maxMs: 120, blockingMs: 80 });
    expect(longTaskSummary([], 0)).toEqual({ over50: 0, over100: 0, maxMs: 0, blockingMs: 0 });
  });

  it('takes the median of each field over runs, and keeps the worst single task', () => {
    const runs = [
      { over50: 1, over100: 0, maxMs: 60, blockingMs: 10 },
      { over50: 3, over100: 2, maxMs: 300, blockingMs: 400 },
      { over50: 2, over100: 1, maxMs: 110, blockingMs: 70 },
    ];
    expect(medianLongTasks(runs)).toEqual({
      over50: 2,
      over100: 1,
      maxMs: 110,
      blockingMs: 70,
      worstMs: 300,
    });
  });
});

describe('the longest tasks while playing, with what was happening', () => {
  const tasks = [
    { start: 50, dur: 300 }, // before playing began: left out
    { start: 1000, dur: 70 },
    { start: 2000, dur: 130 },
    { start: 3000, dur: 90 },
  ];
  const marks = [
    { at: 900, label: 'first-scenario' },
    { at: 2500, label: 'second-scenario' },
  ];
  const presses = [
    { at: 1980, kind: 'continue' },
    { at: 2990, kind: 'choice' },
  ];
  const loafs = [
    // Overlaps the 130 ms task by 20 ms only.
    { start: 1900, dur: 120, render: 4, scripts: [{ dur: 30, invoker: 'BUTTON.onclick' }] },
    // Overlaps it by 110 ms: this frame is the task's.
    {
      start: 2020,
      dur: 150,
      render: 12,
      scripts: [
        { dur: 40, invoker: 'TimerHandler:setTimeout' },
        { dur: 3, invoker: 'too short to name' },
      ],
    },
  ];

  it('lists the n longest from the given moment, longest first, with the scenario, the press before and the frame', () => {
    expect(longestTasks(tasks, { from: 900, n: 2, marks, presses, loafs })).toEqual([
      {
        ms: 130,
        scenario: 'first-scenario',
        afterPress: { kind: 'continue', ms: 20 },
        scripts: ['TimerHandler:setTimeout 40'],
        renderMs: 12,
      },
      {
        ms: 90,
        scenario: 'second-scenario',
        afterPress: { kind: 'choice', ms: 10 },
        scripts: null,
        renderMs: null,
      },
    ]);
  });

  it('says nothing it does not know: no scenario, press or frame before the task', () => {
    expect(longestTasks([{ start: 10, dur: 60 }])).toEqual([
      { ms: 60, scenario: null, afterPress: null, scripts: null, renderMs: null },
    ]);
  });
});

describe('several plays of a baseline as one', () => {
  const play = (choice: number[], maxMs: number, mb: number, gpuCores: number | null = null) => ({
    choice,
    continue: choice.map((c) => c / 2),
    feedback: [],
    dom: { choice: choice.map((c) => c - 5), continue: [1] },
    afterAll: { mb },
    longTasks: { over50: 1, over100: maxMs > 100 ? 1 : 0, maxMs, blockingMs: maxMs - 50 },
    gpuCores,
  });

  it('pools the latencies, sums the long tasks, keeps the longest and the last heap', () => {
    const m = mergePlays([play([10, 20], 60, 2), play([30, 100], 120, 3), play([40], 70, 2.5)]);
    expect(m.choice).toEqual([10, 20, 30, 100, 40]);
    expect(m.continue).toEqual([5, 10, 15, 50, 20]);
    expect(m.dom).toEqual({ choice: [5, 15, 25, 95, 35], continue: [1, 1, 1], feedback: [] });
    expect(m.longTasks).toEqual({ over50: 3, over100: 1, maxMs: 120, blockingMs: 100 });
    expect(m.afterAll).toEqual({ mb: 2.5 });
    expect(m.plays).toBe(3);
    // Each play's own p95, so a play that met a busy moment on the machine shows.
    expect(m.choiceP95ByPlay).toEqual([20, 97, 40]);
    expect(m.gpuCores).toBeNull(); // not measured in any play
  });

  it("averages the GPU process's share of the machine over the plays that measured it", () => {
    const m = mergePlays([play([10], 60, 2, 0.2), play([20], 60, 2, null), play([30], 60, 2, 0.35)]);
    expect(m.gpuCores).toBe(0.28);
  });
});

describe('bytes before a moment', () => {
  it('sorts requests into kinds by their path', () => {
    expect(kindOf('http://x/', 'document')).toBe('html');
    expect(kindOf('http://x/assets/index-a1.js?v=1', 'script')).toBe('js');
    expect(kindOf('http://x/assets/a.css', 'link')).toBe('css');
    expect(kindOf('http://x/f/atkinson-400.woff2', 'css')).toBe('fonts');
    expect(kindOf('http://x/icon.svg', 'link')).toBe('images');
    expect(kindOf('http://x/audio/door.ogg', 'xmlhttprequest')).toBe('audio');
    expect(kindOf('http://x/manifest.webmanifest', 'link')).toBe('other');
  });

  it('sums compressed and raw body bytes of requests started by then, in KB, by kind', () => {
    const resources = [
      { url: 'http://x/', type: 'document', start: 0, encoded: 1024, decoded: 2048 },
      { url: 'http://x/a.js', type: 'script', start: 5, encoded: 2048, decoded: 8192 },
      { url: 'http://x/b.js', type: 'script', start: 50, encoded: 1024, decoded: 4096 },
      { url: 'http://x/stage.js', type: 'script', start: 101, encoded: 500 * 1024, decoded: 1 },
    ];
    const b = bytesBefore(resources, 100);
    expect(b).toMatchObject({ compressed: 4, raw: 14, requests: 3 });
    expect(b.byKind.js).toEqual({ compressed: 3, raw: 12, requests: 2 });
    expect(b.byKind.html).toEqual({ compressed: 1, raw: 2, requests: 1 });
    expect(bytesBefore(resources, null).requests).toBe(4);
  });
});

describe('round', () => {
  it('rounds to the given digits and passes missing values on as null', () => {
    expect(round(1.25, 1)).toBe(1.3);
    expect(round(1234.5)).toBe(1235);
    expect(round(null)).toBeNull();
    expect(round(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
