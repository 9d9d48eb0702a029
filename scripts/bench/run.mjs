// `npm run bench`: builds the production game and two baselines (a bare ink player; a one-scene Phaser page),
// serves each on 127.0.0.1 with gzip, and measures all three in headless Chromium at 1x and 4x CPU throttling.
// Options: --runs N (cold loads per target and rate, default 7), --quick (smoke run), --json (the results JSON on
// stdout and nothing else there: progress, tables and the Chromium installer's output go to stderr), --check
// (exit 1 if a budget in bench/budgets.json is exceeded), --story ID (the story the baselines show and the game's
// first line is timed on), --leak N (play-throughs in the leak check, default 10), --profile (adds a CPU profile
// of one 4x load), --rates 1,4 (CPU throttling rates), --out FILE, --only checker (just the story checker against a
// naive exploration, under a minute: no build, no browser).
// Writes test-output/bench/results.json.
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, heap, coldPage, VIEWPORT } from './browser.mjs';
import { buildAll, ROOT, versions } from './build.mjs';
import { gpuMeter } from './gpu-share.mjs';
import { heapByConstructor, heapGrowth } from './heap-diff.mjs';
import { coldLoad } from './load.mjs';
import { backToPicker, instantFeedbackOff, playAgain, playPlan, scenarios, startScenario } from './play.mjs';
import { profileLoad } from './profile.mjs';
import { printResults } from './output.mjs';
import { budgetTable, checkBudgets } from './report.mjs';
import { checkerLine, runCheckerBench } from './checker-run.mjs';
import { serve } from './serve.mjs';
import { latencySummary, longestTasks, longTaskSummary, mergePlays } from './stats.mjs';
import { summarize } from './summarize.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    story: { type: 'string', default: 'nothing-after-midnight' },
    leak: { type: 'string' },
    profile: { type: 'boolean', default: false },
    rates: { type: 'string', default: '1,4' },
    out: { type: 'string', default: join(ROOT, 'test-output/bench/results.json') },
    only: { type: 'string' },
  },
});
if (args.only !== undefined) await onlyChecker();
const quick = args.quick;
const runs = Number(args.runs ?? (quick ? 2 : 7));
const leakRuns = Number(args.leak ?? (quick ? 2 : 10));
const RATES = args.rates.split(',').map(Number);
const TARGETS = ['game', 'inkDom', 'phaserInk'];
// The game ignores input for 250 ms after a new screen (a bounce guard; 600 ms for options, which the probe reads
// from the screen's data-guard-ms): a learner is never faster than that.
const GAME_SETTLE_MS = 270;
// The baselines have no guard; a shorter pause keeps the run short and only has to let the last screen paint.
const BASELINE_SETTLE_MS = 150;

// Progress goes to stderr, so `--json` leaves stdout as pure JSON.
const log = (...m) => console.error(...m);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const key = (rate) => `x${rate}`;

const all = scenarios();
const story = all.find((s) => s.id === args.story);
if (!story) {
  log(`unknown story "${args.story}"; one of: ${all.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const played = quick ? [story] : all;
// The budgets are read at the slowest rate, which plays every scenario through; faster rates play the bench story
// alone (their figures are for the table), which keeps a full run near ten minutes with seven scenarios.
const slowest = Math.max(...RATES);
const playedAt = (rate) => (rate === slowest ? played : [story]);

log(
  `Care Conversations bench: ${runs} cold loads per target and rate, rates ${RATES.map(key).join(', ')}${quick ? ' (quick)' : ''}`,
);
const load0 = loadavg();
if (load0[0] > cpus().length) {
  log(
    `  note: this machine is busy (load average ${load0[0].toFixed(1)} on ${cpus().length} cores); timings will be noisy`,
  );
}
log('Building…');
const dirs = await buildAll(story.id, log);
process.on('exit', () => rmSync(dirs.base, { recursive: true, force: true }));
const servers = Object.fromEntries(await Promise.all(TARGETS.map(async (t) => [t, await serve(dirs[t])])));
const raw = { loads: {}, play: {}, leak: null, errors: [] };
for (const t of TARGETS) {
  raw.loads[t] = {};
  raw.play[t] = {};
}
const noteErrors = (where, errors) => {
  for (const e of errors) raw.errors.push(`${where}: ${e}`);
};

try {
  // Cold loads, the three targets interleaved (in a rotating order) so a busy moment on the machine falls on all
  // of them alike. One unmeasured load of each first: the browser's GPU process and caches start cold.
  let browser = await launch();
  log(`Cold loads… (${elapsed()})`);
  for (const t of TARGETS) await coldLoad(browser, t, 1, { url: servers[t].url, title: story.title });
  for (const rate of RATES) {
    for (const t of TARGETS) raw.loads[t][key(rate)] = [];
    for (let i = 0; i < runs; i += 1) {
      const order = TARGETS.map((_, j) => TARGETS[(i + j) % TARGETS.length]);
      for (const t of order) {
        const r = await coldLoad(browser, t, rate, { url: servers[t].url, title: story.title });
        noteErrors(`${t} load ${key(rate)}`, r.errors);
        raw.loads[t][key(rate)].push(r);
      }
      const last = (t) => raw.loads[t][key(rate)].at(-1);
      log(
        `  ${key(rate)} run ${i + 1}/${runs}: first interactive game ${ms(last('game').firstInteractiveMs)}, ink ${ms(last('inkDom').firstInteractiveMs)}, phaser ${ms(last('phaserInk').firstInteractiveMs)}; game first line ${ms(last('game').firstLineMs)} (${elapsed()})`,
      );
    }
  }
  await browser.close();

  // Play-throughs: every scenario in the game at the slowest rate (the bench story at the others), the bench story
  // in the baselines; heap after each.
  // The ink player, whose choice latency the game's is held to, plays its story several times at the slowest rate,
  // spread over the minutes the game plays (before the first scenario, halfway, after the last), while the game's
  // page waits with its stage asleep: played once after the game, a busy minute on the machine fell on one and not
  // the other.
  browser = await launch();
  for (const rate of RATES) {
    log(`Playing through at ${key(rate)}… (${elapsed()})`);
    const inkPlays = [];
    const playInk = async () => inkPlays.push(await playBaseline(browser, 'inkDom', rate));
    raw.play.game[key(rate)] = await playGame(browser, rate, rate === slowest && !quick ? playInk : null);
    if (inkPlays.length === 0) await playInk();
    raw.play.inkDom[key(rate)] = mergePlays(inkPlays);
    raw.play.phaserInk[key(rate)] = await playBaseline(browser, 'phaserInk', rate);
  }
  await browser.close();

  browser = await launch();
  log(`Leak check: ${leakRuns} more play-throughs of ${story.id}… (${elapsed()})`);
  raw.leak = await leakCheck(browser);
  if (args.profile) {
    log(`Profiling one 4x load… (${elapsed()})`);
    raw.profile = await profileLoad(browser, servers.game.url, story.title);
  }
  await browser.close();
} finally {
  await Promise.all(Object.values(servers).map((s) => s.close()));
}

const meta = {
  date: new Date().toISOString(),
  commit:
    git('git rev-parse --short HEAD') + (git('git status --porcelain') ? ' (with uncommitted changes)' : ''),
  quick,
  runs,
  rates: RATES.map(key),
  story: story.id,
  scenarios: played.map((s) => s.id),
  scenariosPlayedAt: Object.fromEntries(RATES.map((r) => [key(r), playedAt(r).map((s) => s.id)])),
  viewport: VIEWPORT,
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    loadAverageAtStart: round2(load0[0]),
    loadAverageAtEnd: round2(loadavg()[0]),
    node: process.version,
  },
  versions: versions(),
  method: {
    firstInteractive: 'navigation start to the first animation frame with a visible, enabled <button>',
    firstLine:
      'game: pointerdown on "Start the scenario" to the paint of #line-text; baselines: navigation start to #line-text',
    choiceLatency: 'keydown of the option digit to the paint of the next screen, instant feedback off',
    settleMs: { game: GAME_SETTLE_MS, baselines: BASELINE_SETTLE_MS },
    bytes:
      'body bytes (encodedBodySize / decodedBodySize) of requests started before first interactive, gzip level 6',
  },
  durationS: Math.round((Date.now() - started) / 1000),
};
const results = summarize(raw, meta);
if (raw.profile) results.diagnostics.profile = raw.profile;
results.checker = runCheckerBench({ runs: quick ? 1 : 5, log });
log(checkerLine(results.checker));
results.budgets = checkBudgets(results);
results.pass = results.budgets.every((b) => b.pass);

mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
printResults(results, { json: args.json, outFile: args.out });
// exitCode, not exit(): the JSON on stdout is written out in full before the process ends.
if (args.check && !results.pass) process.exitCode = 1;

// ---

/** `between`, if given, runs before the first scenario, before the middle one and after the last (for the ink
 *  player's plays). */
async function playGame(browser, rate, between) {
  const { page, cdp, errors, close } = await coldPage(browser, rate);
  try {
    await page.goto(servers.game.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.fi !== null && window.__bench.stageReady !== null, null, {
      timeout: 60_000,
      polling: 100,
    });
    const feedbackOff = await instantFeedbackOff(page);
    const from = await page.evaluate(() => performance.now());
    const out = {
      choice: [],
      continue: [],
      feedback: [],
      dom: { choice: [], continue: [] },
      heap: {},
      feedbackOff,
    };
    const scenariosHere = playedAt(rate);
    const pauses = new Set([0, Math.ceil(scenariosHere.length / 2), scenariosHere.length]);
    out.choiceByScenario = {};
    const marks = [];
    const presses = [];
    // Only the game's own play-throughs: the ink player's plays (between) are measured in theirs.
    const gpu = gpuMeter();
    for (const [i, s] of scenariosHere.entries()) {
      if (between && pauses.has(i)) await between();
      marks.push({ at: await page.evaluate(() => performance.now()), label: s.id });
      if (i > 0) await backToPicker(page);
      // Opening a scenario is a press too (its Start): a long task in the opening is named as coming after it.
      presses.push({ at: await page.evaluate(() => performance.now()), kind: 'start' });
      await startScenario(page, s.title);
      gpu.start();
      const p = await playPlan(page, s.plan, { settleMs: GAME_SETTLE_MS });
      gpu.stop();
      out.choice.push(...p.choice);
      out.continue.push(...p.continue);
      out.feedback.push(...p.feedback);
      out.dom.choice.push(...p.dom.choice);
      out.dom.continue.push(...p.dom.continue);
      presses.push(...p.presses);
      out.choiceByScenario[s.id] = latencySummary(p.choice);
      await page.waitForTimeout(1000); // the stage's last fades finish before the heap is read
      out.heap[s.id] = await heap(cdp);
      log(
        `  game ${key(rate)} ${s.id}: ${p.steps} steps, ${p.choice.length} choices, heap ${out.heap[s.id].mb.toFixed(1)} MB (${elapsed()})`,
      );
    }
    out.afterAll = out.heap[scenariosHere.at(-1).id];
    const { tasks, loafs } = await page.evaluate(() => ({
      tasks: window.__bench.longTasks,
      loafs: window.__bench.loafs,
    }));
    out.longTasks = longTaskSummary(tasks, from);
    out.longest = longestTasks(tasks, { from, n: 5, marks, presses, loafs });
    out.gpuCores = gpu.cores();
    if (between && pauses.has(scenariosHere.length)) await between();
    noteErrors(`game play ${key(rate)}`, errors);
    return out;
  } finally {
    await close();
  }
}

async function playBaseline(browser, target, rate) {
  const { page, cdp, errors, close } = await coldPage(browser, rate);
  try {
    await page.goto(servers[target].url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.firstLine !== null, null, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const from = await page.evaluate(() => {
      window.__bench.markScreen();
      return performance.now();
    });
    const gpu = gpuMeter();
    gpu.start();
    const p = await playPlan(page, story.plan, { settleMs: BASELINE_SETTLE_MS });
    gpu.stop();
    await page.waitForTimeout(1000);
    const h = await heap(cdp);
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    noteErrors(`${target} play ${key(rate)}`, errors);
    log(`  ${target} ${key(rate)}: ${p.steps} steps, heap ${h.mb.toFixed(1)} MB (${elapsed()})`);
    return {
      choice: p.choice,
      continue: p.continue,
      feedback: p.feedback,
      dom: p.dom,
      afterAll: h,
      longTasks: longTaskSummary(tasks, from),
      gpuCores: gpu.cores(),
    };
  } finally {
    await close();
  }
}

async function leakCheck(browser) {
  // Unthrottled, and with the page's clock moved on 700 ms before each input (past the options' 600 ms guard) instead of waiting: the heap, not the
  // timing, is what is measured here.
  const { page, cdp, errors, close } = await coldPage(browser, 1, { skewClock: true, recordTimings: false });
  try {
    await page.goto(servers.game.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.fi !== null && window.__bench.stageReady !== null, null, {
      timeout: 60_000,
      polling: 100,
    });
    await instantFeedbackOff(page);
    await startScenario(page, story.title);
    const heaps = [];
    let first = null;
    for (let i = 0; i <= leakRuns; i += 1) {
      if (i > 0) await playAgain(page);
      await playPlan(page, story.plan, { skewMs: 700, waitPaint: false });
      await page.waitForTimeout(1000);
      heaps.push(await heap(cdp));
      // What the heap holds after the first play-through and after the last, by constructor: what grew.
      if (i === 0) first = await heapByConstructor(cdp);
      log(
        `  play-through ${i + 1}/${leakRuns + 1}: heap ${heaps.at(-1).mb.toFixed(2)} MB, ${heaps.at(-1).nodes} nodes, ${heaps.at(-1).listeners} listeners (${elapsed()})`,
      );
    }
    const lastSnapshot = await heapByConstructor(cdp);
    const grew = heapGrowth(first, lastSnapshot);
    noteErrors('leak check', errors);
    // V8's compiled code, first and last: it grows as the same functions get hot and are optimised, which is not a
    // leak (summarize.mjs keeps it out of heapGrowthPct and reports it beside).
    const codeMB = (snap) => (snap['(code)']?.bytes ?? 0) / 2 ** 20;
    return {
      scenario: story.id,
      heaps,
      grew,
      code: { beforeMB: codeMB(first), afterMB: codeMB(lastSnapshot) },
    };
  } finally {
    await close();
  }
}

/** `--only checker`: the checker's speed against the naive exploration, with its budget, and nothing else. */
async function onlyChecker() {
  const log = (...m) => console.error(...m);
  if (args.only !== 'checker') {
    log(`--only takes "checker" (the one part that runs alone), not "${args.only}"`);
    process.exit(2);
  }
  const started = Date.now();
  const checker = runCheckerBench({ runs: Number(args.runs ?? 5), log });
  const results = {
    date: new Date().toISOString(),
    commit:
      git('git rev-parse --short HEAD') +
      (git('git status --porcelain') ? ' (with uncommitted changes)' : ''),
    only: 'checker',
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, loadAverageAtStart: round2(loadavg()[0]) },
    checker,
    durationS: Math.round((Date.now() - started) / 1000),
  };
  results.budgets = checkBudgets(results).filter((b) => b.metric.startsWith('checker.'));
  results.pass = results.budgets.every((b) => b.pass);
  const out = args.out.replace(/results\.json$/, 'checker-results.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  const readable = args.json ? process.stderr : process.stdout;
  readable.write(`\n${checkerLine(checker)}\n\n${budgetTable(results.budgets)}\n\nResults: ${out}\n`);
  if (args.json)
    await new Promise((done) => process.stdout.write(JSON.stringify(results, null, 2) + '\n', done));
  process.exit(args.check && !results.pass ? 1 : 0);
}

function ms(v) {
  return typeof v === 'number' ? `${Math.round(v)} ms` : '–';
}

function round2(v) {
  return Math.round(v * 100) / 100;
}

function git(cmd) {
  try {
    return execSync(cmd, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}
