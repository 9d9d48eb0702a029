// The readable report: the game beside both baselines at 1x and 4x, the game as a ratio to each, bytes by kind,
// where the long frames went, and the budgets from bench/budgets.json with pass or fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

export const BUDGETS_FILE = join(ROOT, 'bench/budgets.json');

export function get(obj, path) {
  return path.split('.').reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), obj);
}

export function checkBudgets(results, file = BUDGETS_FILE) {
  const { budgets } = JSON.parse(readFileSync(file, 'utf8'));
  return budgets.map((b) => {
    const value = get(results, b.metric);
    const rule = b.max ?? b.below ?? b.min;
    const limit = typeof rule === 'number' ? rule : (get(results, rule.of) ?? NaN) * (rule.factor ?? 1);
    // `min`: the figure must be at least the limit (a speed-up, say); `max` at most; `below` strictly less.
    const op = b.below !== undefined ? '<' : b.min !== undefined ? '>=' : '<=';
    const ok =
      typeof value === 'number' &&
      Number.isFinite(limit) &&
      (op === '<' ? value < limit : op === '>=' ? value >= limit : value <= limit);
    return {
      id: b.id,
      description: b.description,
      metric: b.metric,
      value,
      limit: Math.round(limit * 10) / 10,
      op,
      pass: ok,
    };
  });
}

const n = (v, digits = 0) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '–');
const x = (v) => (typeof v === 'number' ? `${v.toFixed(2)}×` : '–');

export function table(r) {
  const B = r.baselines;
  const rates = Object.keys(r.firstInteractiveMs);
  const rows = [];
  const row = (label, game, ink, phaser, ratio, digits = 0) => {
    const cells = [label];
    for (const rate of rates) cells.push(n(game(rate), digits));
    for (const rate of rates) cells.push(n(ink(rate), digits));
    for (const rate of rates) cells.push(n(phaser(rate), digits));
    for (const rate of rates) cells.push(ratio ? x(r.ratios.inkDom[rate]?.[ratio]) : '');
    for (const rate of rates) cells.push(ratio ? x(r.ratios.phaserInk[rate]?.[ratio]) : '');
    rows.push(cells);
  };
  const lt = (src, k) => (rate) => src.longTasks[rate]?.[k];
  const ltp = (src, k) => (rate) => src.longTasks[rate]?.play?.[k];
  row(
    'First interactive (ms)',
    (q) => r.firstInteractiveMs[q],
    (q) => B.inkDom.firstInteractiveMs[q],
    (q) => B.phaserInk.firstInteractiveMs[q],
    'firstInteractiveMs',
  );
  const best = (k, t) => (q) => r.bestOfRuns?.[k]?.[t]?.[q];
  row(
    '  best run (ms)',
    best('firstInteractiveMs', 'game'),
    best('firstInteractiveMs', 'inkDom'),
    best('firstInteractiveMs', 'phaserInk'),
  );
  row(
    'First line (ms) *',
    (q) => r.firstLineMs[q],
    (q) => B.inkDom.firstLineMs[q],
    (q) => B.phaserInk.firstLineMs[q],
  );
  row(
    '  best run (ms)',
    best('firstLineMs', 'game'),
    best('firstLineMs', 'inkDom'),
    best('firstLineMs', 'phaserInk'),
  );
  row(
    'Stage ready (ms)',
    (q) => r.stageReadyMs[q],
    () => null,
    (q) => B.phaserInk.stageReadyMs[q],
  );
  row(
    'Choice latency p50 (ms)',
    (q) => r.choiceLatencyMs[q]?.p50,
    (q) => B.inkDom.choiceLatencyMs[q]?.p50,
    (q) => B.phaserInk.choiceLatencyMs[q]?.p50,
    'choiceLatencyP50',
    1,
  );
  row(
    'Choice latency p95 (ms)',
    (q) => r.choiceLatencyMs[q]?.p95,
    (q) => B.inkDom.choiceLatencyMs[q]?.p95,
    (q) => B.phaserInk.choiceLatencyMs[q]?.p95,
    'choiceLatencyP95',
    1,
  );
  row(
    '  of which input to DOM p95 (ms)',
    (q) => r.choiceLatencyMs[q]?.toDomP95,
    (q) => B.inkDom.choiceLatencyMs[q]?.toDomP95,
    (q) => B.phaserInk.choiceLatencyMs[q]?.toDomP95,
    null,
    1,
  );
  row(
    'Continue latency p95 (ms)',
    (q) => r.continueLatencyMs[q]?.p95,
    (q) => B.inkDom.continueLatencyMs[q]?.p95,
    (q) => B.phaserInk.continueLatencyMs[q]?.p95,
    null,
    1,
  );
  row('Load: tasks > 50 ms after FI', lt(r, 'over50'), lt(B.inkDom, 'over50'), lt(B.phaserInk, 'over50'));
  row('Load: tasks > 100 ms after FI', lt(r, 'over100'), lt(B.inkDom, 'over100'), lt(B.phaserInk, 'over100'));
  row('Load: longest task after FI (ms)', lt(r, 'maxMs'), lt(B.inkDom, 'maxMs'), lt(B.phaserInk, 'maxMs'));
  row('Play: tasks > 50 ms', ltp(r, 'over50'), ltp(B.inkDom, 'over50'), ltp(B.phaserInk, 'over50'));
  row('Play: tasks > 100 ms', ltp(r, 'over100'), ltp(B.inkDom, 'over100'), ltp(B.phaserInk, 'over100'));
  row('Play: longest task (ms)', ltp(r, 'maxMs'), ltp(B.inkDom, 'maxMs'), ltp(B.phaserInk, 'maxMs'));
  row(
    'JS heap after play (MB) †',
    () => r.heapMB,
    (q) => B.inkDom.heapMB[q],
    (q) => B.phaserInk.heapMB[q],
    'heapMB',
    1,
  );
  row(
    'KB before FI, compressed',
    (q) => r.initialKB[q]?.compressed,
    (q) => B.inkDom.initialKB[q]?.compressed,
    (q) => B.phaserInk.initialKB[q]?.compressed,
    'initialKB',
    1,
  );
  row(
    'KB before FI, raw',
    (q) => r.initialKB[q]?.raw,
    (q) => B.inkDom.initialKB[q]?.raw,
    (q) => B.phaserInk.initialKB[q]?.raw,
    null,
    1,
  );
  row(
    'KB by first line, compressed',
    (q) => r.firstLineKB[q]?.compressed,
    (q) => B.inkDom.firstLineKB[q]?.compressed,
    (q) => B.phaserInk.firstLineKB[q]?.compressed,
    null,
    1,
  );

  const head = [
    '',
    ...rates.map((q) => `game ${q}`),
    ...rates.map((q) => `ink ${q}`),
    ...rates.map((q) => `phaser ${q}`),
    ...rates.map((q) => `÷ink ${q}`),
    ...rates.map((q) => `÷phaser ${q}`),
  ];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((c) => String(c[i]).length)));
  const fmt = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const lines = [fmt(head), '-'.repeat(fmt(head).length), ...rows.map(fmt)];
  lines.push(
    '',
    '* game: from pressing "Start the scenario" to the first line painted; baselines (which open on their line): from navigation. Different things, so no ratio.',
    `† game: after playing every scenario once at ${rates[rates.length - 1]}; largest after any one scenario ${n(r.heapMBMax, 1)} MB; growth over ${r.leak?.playThroughs ?? '–'} more play-throughs of ${r.leak?.scenario ?? '–'}: ${n(r.heapGrowthPct, 1)} % without V8's compiled code, ${n(r.heapGrowthWithCodePct, 1)} % with it (code grew ${n(r.leak?.codeGrowthKB, 0)} KB; over the second half alone ${n(r.leak?.lastHalfGrowthPct, 1)} %).`,
  );
  if (r.leak?.grewMost?.length)
    lines.push(
      `  grew most (KB, count): ${r.leak.grewMost
        .slice(0, 6)
        .map((g) => `${g.what} ${n(g.kb, 1)}/${g.count}`)
        .join(', ')}`,
    );
  for (const rate of rates) {
    const kinds = Object.entries(r.initialKB[rate]?.byKind ?? {})
      .map(([k, v]) => `${k} ${n(v.compressed, 1)}/${n(v.raw, 1)}`)
      .join(', ');
    lines.push(`Game, before first interactive at ${rate} (KB compressed/raw): ${kinds}`);
  }
  const lf = r.diagnostics?.longFramesAfterFirstInteractive ?? {};
  for (const [rate, d] of Object.entries(lf)) {
    lines.push(
      '',
      `Game, long animation frames after first interactive at ${rate} (per cold load: ${d.framesPerLoad} frames over 50 ms):`,
    );
    for (const e of d.msPerLoad.slice(0, 8)) lines.push(`  ${String(e.ms).padStart(6)} ms  ${e.what}`);
  }
  return lines.join('\n');
}

export function budgetTable(checks) {
  return checks
    .map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.description}: ${n(c.value, 1)} ${c.op} ${n(c.limit, 1)}`)
    .join('\n');
}
