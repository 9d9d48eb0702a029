// The spread of several bench runs: each budget's figure in every run, its median and its worst, and whether the
// median run and the worst run meet it. One good run proves little on a noisy machine; a budget is met on "any
// machine" only when the worst of several runs meets it. Pure: reads results objects, writes nothing.
import { checkBudgets } from './report.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// How far a figure is from its limit, as a fraction of the limit: at most 1 meets a `max` (and a `min`, whose share
// is the limit over the figure), below 1 a `below`. Relative budgets have a limit per run (the baseline is measured
// in the same run), so runs are compared by this.
const share = (c) => {
  if (typeof c.value !== 'number' || !(c.limit > 0)) return Infinity;
  if (c.op === '>=') return c.value > 0 ? c.limit / c.value : Infinity;
  return c.value / c.limit;
};

export function spread(runs, budgetsFile) {
  const checks = runs.map((r) => checkBudgets(r, budgetsFile));
  return checks[0].map((first, i) => {
    const perRun = checks.map((c) => c[i]);
    const shares = perRun.map(share);
    const meets = (s) => (first.op === '<' ? s < 1 : s <= 1);
    const values = perRun.map((c) => (typeof c.value === 'number' ? c.value : NaN));
    const worstAt = shares.indexOf(Math.max(...shares));
    return {
      id: first.id,
      description: first.description,
      op: first.op,
      values,
      limits: perRun.map((c) => c.limit),
      median: median(values),
      worst: values[worstAt],
      worstLimit: perRun[worstAt].limit,
      medianMeets: meets(median(shares)),
      worstMeets: meets(shares[worstAt]),
      everyRunMeets: perRun.every((c) => c.pass),
    };
  });
}

const f = (v) => (Number.isFinite(v) ? String(Math.round(v * 10) / 10) : '–');

export function spreadTable(rows) {
  const head = ['Budget', 'Runs', 'Median', 'Worst (limit)', 'Median meets', 'Worst meets'];
  const body = rows.map((r) => [
    r.id,
    r.values.map(f).join(' / '),
    f(r.median),
    `${f(r.worst)} (${r.op} ${f(r.worstLimit)})`,
    r.medianMeets ? 'yes' : 'NO',
    r.worstMeets ? 'yes' : 'NO',
  ]);
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
