// Turns the raw measurements into the results JSON: medians over cold loads, latency percentiles, heap figures,
// bytes before first interactive by kind, and every game figure as a ratio to each baseline.
import { basename } from 'node:path';
import { bytesBefore, latencySummary, median, medianLongTasks, round } from './stats.mjs';

const BASELINES = ['inkDom', 'phaserInk'];

function perRate(byRate, fn) {
  return Object.fromEntries(Object.entries(byRate).map(([rate, v]) => [rate, fn(v)]));
}

function loadFigures(loadsByRate) {
  const med = (k) => perRate(loadsByRate, (runs) => round(median(runs.map((r) => r[k]))));
  return {
    firstInteractiveMs: med('firstInteractiveMs'),
    firstLineMs: med('firstLineMs'),
    stageReadyMs: med('stageReadyMs'),
    fcpMs: med('fcpMs'),
    longTasks: perRate(loadsByRate, (runs) => medianLongTasks(runs.map((r) => r.longTasks))),
    initialKB: perRate(loadsByRate, (runs) =>
      medianBytes(runs.map((r) => bytesBefore(r.resources, r.firstInteractiveMs))),
    ),
    firstLineKB: perRate(loadsByRate, (runs) =>
      medianBytes(runs.map((r) => bytesBefore(r.resources, r.firstLineAt))),
    ),
  };
}

/** The run whose compressed total is the median (what is requested before a moment can vary with timing). */
function medianBytes(list) {
  const sorted = [...list].sort((a, b) => a.compressed - b.compressed);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Where the long frames after first interactive went: script by file and entry point, and the rest. */
function longFrames(runs) {
  const buckets = new Map();
  let frames = 0;
  for (const run of runs) {
    for (const f of run.loafs) {
      frames += 1;
      let scripted = 0;
      for (const s of f.scripts) {
        const file = s.url ? basename(s.url.split('?')[0]) : '(browser)';
        const invoker = /^IMG\[src="data:/.test(s.invoker ?? '')
          ? 'IMG(data:).onload'
          : (s.invoker ?? '').replace(/^https?:\/\/[^ ]+$/, 'module evaluation');
        const key = `${file}  ${invoker}`;
        buckets.set(key, (buckets.get(key) ?? 0) + s.dur);
        scripted += s.dur;
      }
      buckets.set(
        '(style, layout, paint, GC, GPU waits: not script)',
        (buckets.get('(style, layout, paint, GC, GPU waits: not script)') ?? 0) +
          Math.max(0, f.dur - scripted),
      );
    }
  }
  const n = runs.length || 1;
  return {
    framesPerLoad: round(frames / n, 1),
    msPerLoad: [...buckets.entries()]
      .map(([what, ms]) => ({ what, ms: round(ms / n) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12),
  };
}

/** Adds the part of a latency up to the new screen being in the DOM (input delay and script); the rest is
 *  waiting for the frame that shows it. */
function withToDom(summary, dom) {
  const s = latencySummary(dom);
  return { ...summary, toDomP50: s.p50, toDomP95: s.p95 };
}

function playFigures(playByRate) {
  return {
    choiceLatencyMs: perRate(playByRate, (p) => withToDom(latencySummary(p.choice), p.dom.choice)),
    continueLatencyMs: perRate(playByRate, (p) => withToDom(latencySummary(p.continue), p.dom.continue)),
    playLongTasks: perRate(playByRate, (p) => p.longTasks),
  };
}

export function summarize(raw, meta) {
  const g = loadFigures(raw.loads.game);
  const gp = playFigures(raw.play.game);
  const heapX4 = raw.play.game.x4 ?? Object.values(raw.play.game)[0];
  const perScenario = Object.fromEntries(Object.entries(heapX4.heap).map(([id, h]) => [id, round(h.mb, 1)]));
  const leakHeaps = raw.leak?.heaps ?? [];
  const first = leakHeaps[0];
  const last = leakHeaps[leakHeaps.length - 1];
  const grewMB = first && last ? last.mb - first.mb : null;
  const results = {
    ...meta,
    firstInteractiveMs: g.firstInteractiveMs,
    firstLineMs: g.firstLineMs,
    stageReadyMs: g.stageReadyMs,
    fcpMs: g.fcpMs,
    choiceLatencyMs: gp.choiceLatencyMs,
    continueLatencyMs: gp.continueLatencyMs,
    longTasks: perRate(g.longTasks, (lt) => lt),
    heapMB: round(heapX4.afterAll.mb, 1),
    heapMBMax: round(Math.max(...Object.values(perScenario)), 1),
    heapMBPerScenario: perScenario,
    // The leak check's figure: growth of what the game keeps (objects, strings, DOM wrappers), without V8's compiled
    // code, which grows as the same scenario gets hot and is optimised (bounded, and not the game's to free).
    heapGrowthPct: grewMB === null ? null : round(((grewMB - codeGrowthMB(raw.leak)) / first.mb) * 100, 1),
    heapGrowthWithCodePct: grewMB === null ? null : round((grewMB / first.mb) * 100, 1),
    leak: raw.leak
      ? {
          scenario: raw.leak.scenario,
          playThroughs: leakHeaps.length - 1,
          heapMB: leakHeaps.map((h) => round(h.mb, 2)),
          nodes: leakHeaps.map((h) => h.nodes),
          listeners: leakHeaps.map((h) => h.listeners),
          // A steady leak shows as a slope; caches and JIT code level off.
          slopeKBPerPlayThrough: slopeKB(leakHeaps.slice(1).map((h) => h.mb)),
          // Growth over the second half alone: a leak keeps its slope, warming up (JIT code, caches) levels off.
          lastHalfGrowthPct: halfGrowth(leakHeaps),
          codeGrowthKB: raw.leak.code ? round(codeGrowthMB(raw.leak) * 1024, 1) : null,
          grewMost: raw.leak.grew ?? null,
        }
      : null,
    initialKB: g.initialKB,
    firstLineKB: g.firstLineKB,
    baselines: {},
    ratios: {},
    diagnostics: {
      longFramesAfterFirstInteractive: perRate(raw.loads.game, longFrames),
      // Where in the play-through the tail fell: each scenario's choice latency, and the ink player's p95 in each
      // of its plays (spread over the game's).
      choiceByScenario: perRate(raw.play.game, (p) => p.choiceByScenario ?? null),
      inkChoiceP95ByPlay: perRate(raw.play.inkDom ?? {}, (p) => p.choiceP95ByPlay ?? null),
      // The five longest tasks while the game was played: the scenario, the press before, the scripts in the frame.
      longestWhilePlaying: perRate(raw.play.game, (p) => p.longest ?? null),
      // Cores Chromium's GPU process used while each played (software WebGL and compositing, beside the page on
      // the same cores): the game's scenarios, and the ink player's plays.
      gpuCoresWhilePlaying: {
        game: perRate(raw.play.game, (p) => p.gpuCores ?? null),
        inkDom: perRate(raw.play.inkDom ?? {}, (p) => p.gpuCores ?? null),
      },
      errors: raw.errors,
    },
  };
  for (const rate of Object.keys(results.longTasks)) results.longTasks[rate].play = gp.playLongTasks[rate];
  for (const b of BASELINES) {
    const l = loadFigures(raw.loads[b]);
    const p = playFigures(raw.play[b]);
    results.baselines[b] = {
      firstInteractiveMs: l.firstInteractiveMs,
      firstLineMs: l.firstLineMs,
      stageReadyMs: l.stageReadyMs,
      fcpMs: l.fcpMs,
      choiceLatencyMs: p.choiceLatencyMs,
      continueLatencyMs: p.continueLatencyMs,
      longTasks: perRate(l.longTasks, (lt) => lt),
      heapMB: perRate(raw.play[b], (x) => round(x.afterAll.mb, 1)),
      initialKB: l.initialKB,
      firstLineKB: l.firstLineKB,
    };
    for (const rate of Object.keys(results.baselines[b].longTasks))
      results.baselines[b].longTasks[rate].play = p.playLongTasks[rate];
    results.ratios[b] = ratios(results, results.baselines[b]);
  }
  // Medians are the figures; the best run of each is shown beside them, because on a busy machine other
  // processes only ever add time, so the best run is the closest to the page's own cost.
  results.bestOfRuns = Object.fromEntries(
    ['firstInteractiveMs', 'firstLineMs', 'stageReadyMs'].map((k) => [
      k,
      Object.fromEntries(
        Object.entries(raw.loads).map(([t, byRate]) => [
          t,
          perRate(byRate, (runs) => round(Math.min(...runs.map((r) => r[k] ?? Infinity)))),
        ]),
      ),
    ]),
  );
  results.samples = {
    firstInteractiveMs: perTarget(raw.loads, 'firstInteractiveMs'),
    firstLineMs: perTarget(raw.loads, 'firstLineMs'),
    stageReadyMs: perTarget(raw.loads, 'stageReadyMs'),
  };
  return results;
}

/** How much V8's compiled code grew over the leak check, in MB (0 when the snapshots were not taken). */
function codeGrowthMB(leak) {
  return leak?.code ? leak.code.afterMB - leak.code.beforeMB : 0;
}

/** Least-squares slope of a series of MB readings, in KB per step. */
function slopeKB(ys) {
  if (ys.length < 2) return null;
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return round((num / den) * 1024, 1);
}

function halfGrowth(heaps) {
  if (heaps.length < 3) return null;
  const mid = heaps[Math.floor((heaps.length - 1) / 2)].mb;
  return round(((heaps[heaps.length - 1].mb - mid) / mid) * 100, 1);
}

function perTarget(loads, key) {
  return Object.fromEntries(
    Object.entries(loads).map(([t, byRate]) => [
      t,
      perRate(byRate, (runs) => runs.map((r) => round(r[key]))),
    ]),
  );
}

function ratios(game, base) {
  const r = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? round(a / b, 2) : null);
  const out = {};
  for (const rate of Object.keys(game.firstInteractiveMs)) {
    out[rate] = {
      firstInteractiveMs: r(game.firstInteractiveMs[rate], base.firstInteractiveMs[rate]),
      // No first-line ratio: the game's is timed from pressing "Start the scenario", a baseline's from
      // navigation (it opens on its first line), so they measure different things.
      choiceLatencyP50: r(game.choiceLatencyMs[rate]?.p50, base.choiceLatencyMs[rate]?.p50),
      choiceLatencyP95: r(game.choiceLatencyMs[rate]?.p95, base.choiceLatencyMs[rate]?.p95),
      heapMB: r(game.heapMB, base.heapMB[rate]),
      initialKB: r(game.initialKB[rate]?.compressed, base.initialKB[rate]?.compressed),
    };
  }
  return out;
}
