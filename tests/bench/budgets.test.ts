// Budget checking (scripts/bench/report.mjs): fixed limits, limits relative to a baseline, missing figures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS_FILE, budgetTable, checkBudgets, get } from '../../scripts/bench/report.mjs';

function budgetsFile(budgets: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-budgets-')), 'budgets.json');
  writeFileSync(file, JSON.stringify({ budgets }));
  return file;
}

const results = {
  firstInteractiveMs: { x4: 300 },
  choiceLatencyMs: { x4: { p95: 50 } },
  baselines: { inkDom: { firstInteractiveMs: { x4: 200 } }, phaserInk: { firstInteractiveMs: { x4: 300 } } },
};

describe('checkBudgets', () => {
  it('reads dotted paths', () => {
    expect(get(results, 'baselines.inkDom.firstInteractiveMs.x4')).toBe(200);
    expect(get(results, 'baselines.nope.firstInteractiveMs.x4')).toBeUndefined();
  });

  it('passes a figure at a fixed maximum, and fails one over it', () => {
    const file = budgetsFile([
      { id: 'at', description: 'p95', metric: 'choiceLatencyMs.x4.p95', max: 50 },
      { id: 'over', description: 'p95', metric: 'choiceLatencyMs.x4.p95', max: 49.9 },
    ]);
    expect(checkBudgets(results, file).map((c) => [c.id, c.pass])).toEqual([
      ['at', true],
      ['over', false],
    ]);
  });

  it('compares with another figure times a factor, and "below" is strict', () => {
    const file = budgetsFile([
      {
        id: 'ratio',
        description: '',
        metric: 'firstInteractiveMs.x4',
        max: { of: 'baselines.inkDom.firstInteractiveMs.x4', factor: 1.5 },
      },
      {
        id: 'below',
        description: '',
        metric: 'firstInteractiveMs.x4',
        below: { of: 'baselines.phaserInk.firstInteractiveMs.x4' },
      },
    ]);
    const [ratio, below] = checkBudgets(results, file);
    expect(ratio).toMatchObject({ pass: true, value: 300, limit: 300, op: '<=' });
    expect(below).toMatchObject({ pass: false, value: 300, limit: 300, op: '<' });
    expect(budgetTable([ratio!, below!])).toMatch(/^PASS .*\nFAIL /);
  });

  it('fails a budget whose figure or limit is missing, never passes it silently', () => {
    const file = budgetsFile([
      { id: 'no-figure', description: '', metric: 'heapGrowthPct', max: 5 },
      {
        id: 'no-limit',
        description: '',
        metric: 'firstInteractiveMs.x4',
        max: { of: 'baselines.inkDom.firstInteractiveMs.x1' },
      },
    ]);
    expect(checkBudgets(results, file).every((c) => !c.pass)).toBe(true);
  });

  it('holds a figure to a minimum with "min" (a speed-up must be at least the limit)', () => {
    const file = budgetsFile([
      { id: 'fast', description: '', metric: 'checker.speedup', min: 2 },
      { id: 'slow', description: '', metric: 'checker.speedup', min: 2.5 },
    ]);
    const [fast, slow] = checkBudgets({ checker: { speedup: 2.1 } }, file);
    expect(fast).toMatchObject({ pass: true, op: '>=', limit: 2 });
    expect(slow).toMatchObject({ pass: false, op: '>=' });
  });

  it('every budget in bench/budgets.json names a metric and one rule', () => {
    const checks = checkBudgets({}, BUDGETS_FILE);
    expect(checks.length).toBeGreaterThanOrEqual(8);
    for (const c of checks) expect(c.metric).toMatch(/^[a-zA-Z0-9.]+$/);
  });
});
