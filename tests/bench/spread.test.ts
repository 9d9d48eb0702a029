// The spread of several bench runs (scripts/bench/spread.mjs): median and worst per budget, with relative limits
// taken from each run's own baseline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spread, spreadTable } from '../../scripts/bench/spread.mjs';

function budgetsFile(budgets: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-spread-')), 'budgets.json');
  writeFileSync(file, JSON.stringify({ budgets }));
  return file;
}

const run = (p95: number, inkP95: number) => ({
  choiceLatencyMs: { x4: { p95 } },
  baselines: { inkDom: { choiceLatencyMs: { x4: { p95: inkP95 } } } },
});

describe('spread', () => {
  const file = budgetsFile([
    { id: 'fixed', description: 'p95', metric: 'choiceLatencyMs.x4.p95', max: 50 },
    {
      id: 'relative',
      description: 'p95 vs ink',
      metric: 'choiceLatencyMs.x4.p95',
      max: { of: 'baselines.inkDom.choiceLatencyMs.x4.p95', factor: 1.5 },
    },
  ]);

  it('gives the median and the worst run, and whether each meets the budget', () => {
    const [fixed] = spread([run(40, 30), run(60, 30), run(45, 30)], file);
    expect(fixed).toMatchObject({
      values: [40, 60, 45],
      median: 45,
      worst: 60,
      medianMeets: true,
      worstMeets: false,
    });
    expect(fixed!.everyRunMeets).toBe(false);
  });

  it('judges a relative budget against the baseline of the same run', () => {
    // 48 against an ink player of 30 (limit 45) misses; 50 against 40 (limit 60) meets, though it is the larger figure.
    const [, relative] = spread([run(48, 30), run(50, 40), run(40, 30)], file);
    expect(relative!.worst).toBe(48);
    expect(relative!.worstLimit).toBe(45);
    expect(relative!.worstMeets).toBe(false);
    expect(relative!.medianMeets).toBe(true);
  });

  it('treats a missing figure as a miss, never as a pass', () => {
    const [fixed] = spread([run(40, 30), {}, run(45, 30)], file);
    expect(fixed!.worstMeets).toBe(false);
    expect(fixed!.everyRunMeets).toBe(false);
  });

  it('judges a "min" budget (a speed-up) by its smallest figure', () => {
    const speed = budgetsFile([{ id: 'speed', description: 'x', metric: 'checker.speedup', min: 2 }]);
    const runs = [2.5, 1.8, 3].map((speedup) => ({ checker: { speedup } }));
    const [row] = spread(runs, speed);
    expect(row).toMatchObject({ median: 2.5, worst: 1.8, medianMeets: true, worstMeets: false });
  });

  it('prints one row per budget with every run', () => {
    const text = spreadTable(spread([run(40, 30), run(60, 30), run(45, 30)], file));
    expect(text).toMatch(/\| fixed\s+\| 40 \/ 60 \/ 45 \| 45\s+\| 60 \(<= 50\)/);
    expect(text.split('\n')).toHaveLength(4);
  });
});
