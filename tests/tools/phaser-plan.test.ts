// Phaser is evaluated a slice at a time (tools/phaser): only modules whose dependencies, however deep, are free of
// require cycles are evaluated early; everything in or above a cycle waits for the entry's own require.
import { describe, expect, it } from 'vitest';
import { planModules, readRequires, type ModuleSource } from '../../tools/phaser/module-plan';
import { planPhaser, PHASER_ENTRY } from '../../tools/phaser/vite-plugin';

const graph = (g: Record<string, string[]>) => ({
  read: (id: string): ModuleSource => ({ requires: g[id] ?? [], size: 10 }),
  resolve: (_from: string, r: string) => r,
});

describe('the plan for evaluating modules one at a time', () => {
  it('puts dependencies first, in the order the entry would finish them, the entry last', () => {
    const { read, resolve } = graph({ entry: ['a', 'b'], a: ['c'], b: ['c', 'd'], c: [], d: [] });
    const plan = planModules('entry', read, resolve);
    expect(plan.steps).toEqual(['c', 'a', 'd', 'b', 'entry']);
    expect(plan.inCycles).toEqual([]);
    expect(plan.size).toBe(50);
    expect(plan.largestCycle).toBeNull();
  });

  it('makes a cycle one step, entered where the entry enters it', () => {
    // x and y require each other (the entry reaches x first, through z); self requires itself.
    const { read, resolve } = graph({
      entry: ['w', 'z', 'self'],
      w: [],
      z: ['x'],
      x: ['y', 'leaf'],
      y: ['x', 'other'],
      other: [],
      leaf: [],
      self: ['self'],
    });
    const plan = planModules('entry', read, resolve);
    // y finishes before x, but is not a step: required first, it would enter the cycle at the wrong module.
    expect(plan.steps).toEqual(['w', 'other', 'leaf', 'x', 'z', 'self', 'entry']);
    expect(plan.inCycles).toEqual(['y']);
    expect(plan.largestCycle).toEqual({ root: 'x', modules: 2, size: 20 });
  });

  it('handles a chain deeper than the call stack would allow', () => {
    const g: Record<string, string[]> = { entry: ['m0'] };
    for (let i = 0; i < 20_000; i += 1) g[`m${i}`] = i < 19_999 ? [`m${i + 1}`] : [];
    const { read, resolve } = graph(g);
    const plan = planModules('entry', read, resolve);
    expect(plan.steps.length).toBe(20_001);
    expect(plan.steps[0]).toBe('m19999');
  });

  it('reads requires, but not from comments or from code behind a build flag that is off', () => {
    const src = [
      "var A = require('./a');",
      '/** An example: require("./not-me") */',
      '// var B = require("./nor-me");',
      'if (false)',
      '{',
      "    var S = require('spector'); if (x) { y(); }",
      '}',
      'var C = require("../c/");',
    ].join('\n');
    expect(readRequires(src).requires).toEqual(['./a', '../c/']);
  });
});

describe("Phaser's own plan", () => {
  const plan = planPhaser();
  it('is hundreds of small steps; its largest cycle (the WebGL renderer) is under a tenth of the code', () => {
    expect(plan.steps.at(-1)).toBe(PHASER_ENTRY);
    expect(plan.steps.length).toBeGreaterThan(500);
    expect(plan.largestCycle!.size).toBeLessThan(plan.size / 10);
    // Off by its build flags: never in the plan.
    expect([...plan.steps, ...plan.inCycles].some((id) => /spector|[\\/]sound[\\/]/i.test(id))).toBe(false);
  });
});
