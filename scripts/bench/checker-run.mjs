// The checker's part of the bench: runs scripts/bench/checker.ts (TypeScript, so through tsx) and returns its
// figures. `npm run bench -- --only checker` runs this part alone, in under a minute.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

export function runCheckerBench({ runs = 5, states = 1500, log = console.error } = {}) {
  log(`Checker against a naive exploration: ${runs} runs of ${states} states each on The Intercept…`);
  const r = spawnSync(
    'npx',
    [
      'tsx',
      join(ROOT, 'scripts/bench/checker.ts'),
      '--json',
      '--runs',
      String(runs),
      '--states',
      String(states),
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // Garbage is collected before each timed exploration (scripts/bench/checker.ts), for both walks alike.
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() },
    },
  );
  for (const line of (r.stderr ?? '').split('\n').filter(Boolean)) log(line);
  if (r.status !== 0) throw new Error(`scripts/bench/checker.ts failed (${r.status})`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

export function checkerLine(c) {
  return `Story checker on ${c.story}: ${c.statesPerSecond.checker} states/s, naive exploration ${c.statesPerSecond.naive} states/s: ${c.speedup.toFixed(2)}× (median of ${c.runs.checker.length} runs of ${c.maxStates} states)`;
}
