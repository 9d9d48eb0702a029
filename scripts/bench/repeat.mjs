// `npm run bench:repeat -- --times 3 [bench options]`: the full bench N times in a row, each in its own process
// (a fresh browser and build each time, as a second machine would see it), then the spread of every budget across
// the runs (scripts/bench/spread.mjs). Writes test-output/bench/run-K.json for each run and spread.json; exits 1
// when a budget's median run misses it (--worst: when any run misses it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';
import { spread, spreadTable } from './spread.mjs';

const argv = process.argv.slice(2);
const timesAt = argv.indexOf('--times');
const times = timesAt >= 0 ? Number(argv[timesAt + 1]) : 3;
const worst = argv.includes('--worst');
const passOn = argv.filter((a, i) => i !== timesAt && i !== timesAt + 1 && a !== '--worst');
if (!Number.isInteger(times) || times < 2) {
  console.error('--times needs a whole number of at least 2');
  process.exit(2);
}
const dir = join(ROOT, 'test-output/bench');
mkdirSync(dir, { recursive: true });
const runs = [];
for (let k = 1; k <= times; k += 1) {
  const out = join(dir, `run-${k}.json`);
  console.error(`\n=== bench run ${k} of ${times} ===`);
  const r = spawnSync('node', [join(ROOT, 'scripts/bench/run.mjs'), ...passOn, '--out', out], {
    stdio: 'inherit',
  });
  if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 1); // 1 is a missed budget: still a run
  runs.push(JSON.parse(readFileSync(out, 'utf8')));
}
const rows = spread(runs);
writeFileSync(
  join(dir, 'spread.json'),
  JSON.stringify({ runs: runs.map((r) => r.date), budgets: rows }, null, 2),
);
console.log(`\nBudgets over ${times} runs (figures in run order):\n${spreadTable(rows)}`);
const missed = rows.filter((r) => !(worst ? r.worstMeets : r.medianMeets));
process.exit(missed.length ? 1 : 0);
