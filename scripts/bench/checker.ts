// The checker's speed against a naive exploration of the same story, side by side in one run (docs/performance.md).
// Naive: the ink runtime on the game's compile, breadth first, each choice point's saved state (state.toJson())
// the key for "seen before", and restored with state.LoadJson() before each option. Checker: tools/checker's
// explore() as `npm run check:stories` runs it. Both stop at the same number of states; the figure is states per
// second of exploring (compiling is left out of both), and the speed-up is the checker's over the naive one.
//   npx tsx scripts/bench/checker.ts [--runs 3] [--states 3000] [--story bench/stories/the-intercept.ink] [--json]

import { parseArgs } from 'node:util';
import { Story } from 'inkjs/engine/Story';
import { compileInkFile, NODE_FILES } from '../../tools/ink/compile.ts';
import { compileInkSource } from '../../tools/ink/compile-source.ts';
import { explore } from '../../tools/checker/explore.ts';
import { SourceIndex } from '../../tools/checker/source-index.ts';
import { readsOf } from '../../tools/checker/state-key.ts';

export interface Run {
  states: number;
  seconds: number;
  statesPerSecond: number;
}

export interface CheckerBench {
  story: string;
  maxStates: number;
  runs: { checker: Run[]; naive: Run[] };
  /** Medians over the runs. */
  statesPerSecond: { checker: number; naive: number };
  /** The checker's states per second over the naive exploration's (median of each run's ratio). */
  speedup: number;
}

/** Breadth-first over choice points, keyed by ink's whole saved state: what a first attempt would do. */
export function naiveExplore(json: string, maxStates: number): Run {
  const story = new Story(json);
  story.onError = () => {}; // a runtime error ends that path, as in the checker
  collectGarbage();
  const started = performance.now();
  const seen = new Set<string>();
  const queue: string[] = [];
  const settle = () => {
    try {
      story.ContinueMaximally();
    } catch {
      return;
    }
    if (story.currentChoices.length === 0) return;
    const state = story.state.toJson();
    if (seen.has(state)) return;
    seen.add(state);
    queue.push(state);
  };
  settle();
  for (let next = 0; next < queue.length && seen.size <= maxStates; next += 1) {
    const state = queue[next]!;
    story.state.LoadJson(state);
    const options = story.currentChoices.length;
    for (let i = 0; i < options; i += 1) {
      story.state.LoadJson(state);
      story.ChooseChoiceIndex(i);
      settle();
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { states: seen.size, seconds, statesPerSecond: seen.size / seconds };
}

/** The checker's exploration, set up as checkCompiled sets it up. */
export function checkerExplore(file: string, maxStates: number): Run {
  const compiled = compileInkFile(file);
  if (!compiled.story) throw new Error(`${file} does not compile`);
  const counted = compileInkSource(compiled.sources.get(compiled.file)!, compiled.file, {
    countAllVisits: true,
    files: NODE_FILES,
  });
  collectGarbage();
  const x = explore(counted.story!, new SourceIndex(compiled.sources, compiled.file), {
    registries: {},
    reads: readsOf(compiled.story, compiled.json),
    maxStates,
    maxSeconds: 600,
  });
  return { states: x.nodes.length, seconds: x.seconds, statesPerSecond: x.nodes.length / x.seconds };
}

/** Each exploration starts with no garbage left over from what ran before it (the checker's own compile, the other
 *  walk), so neither is timed collecting the other's. Needs node --expose-gc (checker-run.mjs passes it). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export function benchChecker(
  file: string,
  runs: number,
  maxStates: number,
  log = (_: string) => {},
): CheckerBench {
  const { json } = compileInkFile(file);
  const out: CheckerBench['runs'] = { checker: [], naive: [] };
  // Interleaved, so a busy moment on the machine falls on both alike; the first pair warms the JIT.
  naiveExplore(json, Math.min(200, maxStates));
  checkerExplore(file, Math.min(200, maxStates));
  for (let i = 0; i < runs; i += 1) {
    const naive = naiveExplore(json, maxStates);
    const checker = checkerExplore(file, maxStates);
    out.naive.push(naive);
    out.checker.push(checker);
    log(
      `  run ${i + 1}/${runs}: checker ${Math.round(checker.statesPerSecond)} states/s (${checker.states} in ${checker.seconds.toFixed(2)} s), naive ${Math.round(naive.statesPerSecond)} states/s (${naive.states} in ${naive.seconds.toFixed(2)} s): ${(checker.statesPerSecond / naive.statesPerSecond).toFixed(2)}×`,
    );
  }
  const round = (n: number) => Math.round(n);
  return {
    story: file,
    maxStates,
    runs: out,
    statesPerSecond: {
      checker: round(median(out.checker.map((r) => r.statesPerSecond))),
      naive: round(median(out.naive.map((r) => r.statesPerSecond))),
    },
    speedup:
      Math.round(median(out.checker.map((c, i) => c.statesPerSecond / out.naive[i]!.statesPerSecond)) * 100) /
      100,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      states: { type: 'string', default: '3000' },
      story: { type: 'string', default: 'bench/stories/the-intercept.ink' },
      json: { type: 'boolean', default: false },
    },
  });
  const result = benchChecker(values.story, Number(values.runs), Number(values.states), (m) =>
    console.error(m),
  );
  if (values.json) console.log(JSON.stringify(result));
  else
    console.log(
      `checker ${result.statesPerSecond.checker} states/s, naive ${result.statesPerSecond.naive} states/s: ${result.speedup}×`,
    );
}
