// From raw bench measurements to the results JSON (scripts/bench/summarize.mjs): the field names issue #10 asks
// for, medians over cold loads, heap growth, and each figure as a ratio to the baselines.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../scripts/bench/summarize.mjs';

const noTasks = { over50: 0, over100: 0, maxMs: 0, blockingMs: 0 };
const load = (fi: number, line: number, extra: Record<string, unknown> = {}) => ({
  firstInteractiveMs: fi,
  firstLineMs: line,
  firstLineAt: fi + line,
  stageReadyMs: null,
  fcpMs: fi - 10,
  longTasks: noTasks,
  loafs: [],
  resources: [
    { url: 'http://x/', type: 'document', start: 0, encoded: 1024, decoded: 2048 },
    { url: 'http://x/a.js', type: 'script', start: 1, encoded: 10 * 1024, decoded: 40 * 1024 },
    { url: 'http://x/stage.js', type: 'script', start: fi + 1, encoded: 300 * 1024, decoded: 1200 * 1024 },
  ],
  ...extra,
});
const loads = (fis: number[], line = 100) => ({
  x1: fis.map((f) => load(f / 2, line)),
  x4: fis.map((f) => load(f, line)),
});
const play = (choice: number[], mb: number) => ({
  choice,
  continue: choice,
  feedback: [],
  dom: { choice: choice.map((c) => c / 2), continue: choice.map((c) => c / 2) },
  longTasks: noTasks,
  afterAll: { mb },
});

const raw = {
  loads: { game: loads([300, 100, 200]), inkDom: loads([100, 120, 80]), phaserInk: loads([900, 1000, 800]) },
  play: {
    game: {
      x1: { ...play([10, 20, 30], 12), heap: { a: { mb: 11 }, b: { mb: 12 } } },
      x4: { ...play([20, 40, 60], 13), heap: { a: { mb: 12.5 }, b: { mb: 13 } } },
    },
    inkDom: { x1: play([5, 5, 5], 2), x4: play([10, 10, 10], 2) },
    phaserInk: { x1: play([8, 8, 8], 6), x4: play([16, 16, 16], 6) },
  },
  leak: { scenario: 'a', heaps: [10, 10.1, 10.2].map((mb) => ({ mb, nodes: 100, listeners: 10 })) },
  errors: [],
};

describe('summarize', () => {
  const r = summarize(raw, { runs: 3 });

  it('gives every timing the issue names for x1 and x4, as medians over cold loads', () => {
    expect(r.firstInteractiveMs).toEqual({ x1: 100, x4: 200 });
    expect(r.firstLineMs).toEqual({ x1: 100, x4: 100 });
    expect(r.choiceLatencyMs.x4).toMatchObject({ p50: 40, p95: 58, n: 3, toDomP50: 20 });
    expect(r.longTasks.x4).toMatchObject({ maxMs: 0, play: noTasks });
    expect(r.baselines.inkDom.firstInteractiveMs).toEqual({ x1: 50, x4: 100 });
    expect(r.baselines.phaserInk.firstInteractiveMs).toEqual({ x1: 450, x4: 900 });
    expect(r.bestOfRuns.firstInteractiveMs.game).toEqual({ x1: 50, x4: 100 });
  });

  it('reports the heap after all scenarios, the largest after any one, and growth over the repeats', () => {
    expect(r.heapMB).toBe(13);
    expect(r.heapMBMax).toBe(13);
    expect(r.heapMBPerScenario).toEqual({ a: 12.5, b: 13 });
    expect(r.heapGrowthPct).toBe(2);
    expect(r.leak).toMatchObject({ playThroughs: 2, slopeKBPerPlayThrough: 102.4 });
  });

  it("says where the tail fell: each scenario's choice latency, and each ink play's p95", () => {
    const withSpread = {
      ...raw,
      play: {
        ...raw.play,
        game: { x4: { ...raw.play.game.x4, choiceByScenario: { a: { p50: 20, p95: 29, max: 30, n: 2 } } } },
        inkDom: { x4: { ...raw.play.inkDom.x4, plays: 3, choiceP95ByPlay: [10, 12, 30] } },
      },
    };
    const s = summarize(withSpread, {});
    expect(s.diagnostics.choiceByScenario.x4).toEqual({ a: { p50: 20, p95: 29, max: 30, n: 2 } });
    expect(s.diagnostics.inkChoiceP95ByPlay.x4).toEqual([10, 12, 30]);
    // Older raw data (one ink play, no per-scenario figures) still summarises.
    expect(r.diagnostics.choiceByScenario.x4).toBeNull();
  });

  it("keeps the cores Chromium's GPU process used while the game and the ink player were played", () => {
    const withGpu = {
      ...raw,
      play: {
        ...raw.play,
        game: { x4: { ...raw.play.game.x4, gpuCores: 1.18 } },
        inkDom: { x4: { ...raw.play.inkDom.x4, gpuCores: 0.25 } },
      },
    };
    expect(summarize(withGpu, {}).diagnostics.gpuCoresWhilePlaying).toEqual({
      game: { x4: 1.18 },
      inkDom: { x4: 0.25 },
    });
    // Not measured (not Linux, or older raw data): null, not missing.
    expect(r.diagnostics.gpuCoresWhilePlaying.game).toEqual({ x1: null, x4: null });
  });

  it('counts only the bytes requested before first interactive', () => {
    expect(r.initialKB.x4).toMatchObject({ compressed: 11, raw: 42, requests: 2 });
    expect(r.firstLineKB.x4.requests).toBe(3);
  });

  it('gives the game as a ratio to each baseline, but no first-line ratio (different start points)', () => {
    expect(r.ratios.inkDom.x4).toMatchObject({ firstInteractiveMs: 2, choiceLatencyP50: 4, heapMB: 6.5 });
    expect(r.ratios.phaserInk.x4.firstInteractiveMs).toBe(0.22);
    expect(r.ratios.inkDom.x4).not.toHaveProperty('firstLineMs');
  });
});

describe('heap growth', () => {
  it('tells warming up from a leak: growth over the second half of the repeats', () => {
    const heaps = [10, 11, 11.5, 11.5, 11.5].map((mb) => ({ mb, nodes: 1, listeners: 1 }));
    const r = summarize({ ...raw, leak: { scenario: 'a', heaps, grew: [] } }, {});
    expect(r.heapGrowthPct).toBe(15);
    expect(r.leak.lastHalfGrowthPct).toBe(0);
  });
  it("leaves V8's compiled code out of the leak figure, and reports it beside", () => {
    const heaps = [10, 10.5, 11].map((mb) => ({ mb, nodes: 1, listeners: 1 }));
    const r = summarize(
      { ...raw, leak: { scenario: 'a', heaps, grew: [], code: { beforeMB: 1, afterMB: 1.8 } } },
      {},
    );
    expect(r.heapGrowthWithCodePct).toBe(10);
    expect(r.heapGrowthPct).toBe(2);
    expect(r.leak.codeGrowthKB).toBeCloseTo(819.2, 1);
  });
});
