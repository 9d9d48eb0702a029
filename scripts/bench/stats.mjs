// Small statistics: medians of runs, percentiles of latencies, long-task summaries, byte sums by kind.

export function percentile(values, p) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const i = (v.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return v[lo] + (v[hi] - v[lo]) * (i - lo);
}

export const median = (values) => percentile(values, 0.5);

export function latencySummary(values) {
  return {
    p50: round(percentile(values, 0.5)),
    p95: round(percentile(values, 0.95)),
    max: round(percentile(values, 1)),
    n: values.length,
  };
}

/** Long tasks that started at or after `from` (ms on the page clock). */
export function longTaskSummary(tasks, from = 0) {
  const after = tasks.filter((t) => t.start >= from);
  return {
    over50: after.filter((t) => t.dur > 50).length,
    over100: after.filter((t) => t.dur > 100).length,
    maxMs: round(after.reduce((m, t) => Math.max(m, t.dur), 0)),
    blockingMs: round(after.reduce((s, t) => s + Math.max(0, t.dur - 50), 0)),
  };
}

/**
 * The `n` longest tasks from `from` on, each with what was happening: the scenario being played (the last of
 * `marks` at or before it), the last press before it (its kind and how long before the task began) and, from the
 * long animation frame that overlaps it most, the scripts that ran in that frame (over 5 ms) and its rendering
 * time. A task with no script in its frame is the browser's own work (garbage collection, decoding, rendering).
 */
export function longestTasks(tasks, { from = 0, n = 5, marks = [], presses = [], loafs = [] } = {}) {
  const last = (list, t) => list.filter((x) => x.at <= t).at(-1);
  return tasks
    .filter((t) => t.start >= from)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, n)
    .map((t) => {
      const end = t.start + t.dur;
      const overlap = (l) => Math.min(end, l.start + l.dur) - Math.max(t.start, l.start);
      const frame = loafs.filter((l) => overlap(l) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
      const press = last(presses, t.start + 1);
      return {
        ms: round(t.dur),
        scenario: last(marks, t.start)?.label ?? null,
        afterPress: press ? { kind: press.kind, ms: round(t.start - press.at) } : null,
        scripts: frame
          ? frame.scripts.filter((s) => s.dur > 5).map((s) => `${s.invoker ?? s.type ?? '?'} ${round(s.dur)}`)
          : null,
        renderMs: frame ? round(frame.render) : null,
      };
    });
}

/** The median of each field over several runs' long-task summaries, and the worst single task. */
export function medianLongTasks(summaries) {
  const pick = (k) => round(median(summaries.map((s) => s[k])));
  return {
    over50: pick('over50'),
    over100: pick('over100'),
    maxMs: pick('maxMs'),
    blockingMs: pick('blockingMs'),
    worstMs: round(Math.max(0, ...summaries.map((s) => s.maxMs))),
  };
}

/**
 * Several play-throughs of one baseline as one: the latencies of all of them, long tasks summed (the longest is the
 * longest of any), the heap after the last. The bench plays the ink player more than once, spread over the time
 * the game plays (scripts/bench/run.mjs), so a busy minute on the machine falls on both.
 */
export function mergePlays(plays) {
  const all = (pick) => plays.flatMap(pick);
  const sum = (k) => round(plays.reduce((s, p) => s + (p.longTasks[k] ?? 0), 0));
  return {
    choice: all((p) => p.choice),
    continue: all((p) => p.continue),
    feedback: all((p) => p.feedback),
    dom: {
      choice: all((p) => p.dom.choice),
      continue: all((p) => p.dom.continue),
      feedback: all((p) => p.dom.feedback ?? []),
    },
    afterAll: plays.at(-1).afterAll,
    longTasks: {
      over50: sum('over50'),
      over100: sum('over100'),
      maxMs: round(Math.max(0, ...plays.map((p) => p.longTasks.maxMs ?? 0))),
      blockingMs: sum('blockingMs'),
    },
    plays: plays.length,
    // The plays are of one story, so alike in length: their mean share of the machine.
    gpuCores: meanOf(plays.map((p) => p.gpuCores)),
    // Each play's own tail, to see whether one of them met a busy moment.
    choiceP95ByPlay: plays.map((p) => latencySummary(p.choice).p95),
  };
}

/** The mean of the numbers among `values` to two decimals; null when there are none (not measured). */
export function meanOf(values) {
  const xs = values.filter((v) => typeof v === 'number');
  return xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length, 2) : null;
}

export function kindOf(url, type) {
  if (type === 'document') return 'html';
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (/\.(m?js)$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(woff2?|ttf|otf|eot)$/.test(path)) return 'fonts';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path)) return 'images';
  if (/\.(ogg|mp3|wav|m4a|aac|opus|webm)$/.test(path)) return 'audio';
  if (/\.html?$/.test(path)) return 'html';
  return 'other';
}

/** Body bytes (compressed as sent, and raw after decoding) of the resources that started before `until`. */
export function bytesBefore(resources, until) {
  const kinds = {};
  let compressed = 0;
  let raw = 0;
  let requests = 0;
  for (const r of resources) {
    if (until !== null && r.start > until) continue;
    const k = kindOf(r.url, r.type);
    kinds[k] ??= { compressed: 0, raw: 0, requests: 0 };
    kinds[k].compressed += r.encoded;
    kinds[k].raw += r.decoded;
    kinds[k].requests += 1;
    compressed += r.encoded;
    raw += r.decoded;
    requests += 1;
  }
  const kb = (n) => round(n / 1024, 1);
  return {
    compressed: kb(compressed),
    raw: kb(raw),
    requests,
    byKind: Object.fromEntries(
      Object.entries(kinds).map(([k, v]) => [
        k,
        { compressed: kb(v.compressed), raw: kb(v.raw), requests: v.requests },
      ]),
    ),
  };
}

export function round(x, digits = 0) {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
