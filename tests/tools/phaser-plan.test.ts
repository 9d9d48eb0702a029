// Phaser is evaluated a slice at a time (tools/phaser): only modules whose dependencies, however deep, are free of
// require cycles are evaluated early; everything in or above a cycle waits for the entry's own require.
import { describe, expect, it } from 'vitest';
import { planModules, readRequires, type ModuleSource } from '../../tools/phaser/module-plan';
import { planPhaser, PHASER_ENTRY } from '../../tools/phaser/vite-plugin';

const graph = (g: Record<string, string[]>) => ({
  read: (id: string): ModuleSource => ({ requires: g[id] ?? [], size: 10 }),
  resolve: (_from: string, r: string) => r,
});

describe('the plan for evaluating modules early', () => {
  it('puts dependencies first, in the order the entry would evaluate them', () => {
    const { read, resolve } = graph({ entry: ['a', 'b'], a: ['c'], b: ['c', 'd'], c: [], d: [] });
    const plan = planModules('entry', read, resolve);
    expect(plan.early).toEqual(['c', 'a', 'd', 'b']);
    expect(plan.late).toEqual(['entry']);
    expect(plan.earlySize).toBe(40);
  });

  it('leaves a cycle, and everything that reaches it, to the entry', () => {
    // x and y require each other; z requires x; w is independent; self requires itself.
    const { read, resolve } = graph({
      entry: ['w', 'z', 'self'],
      w: [],
      z: ['x'],
      x: ['y', 'leaf'],
      y: ['x'],
      leaf: [],
      self: ['self'],
    });
    const plan = planModules('entry', read, resolve);
    expect(plan.early).toEqual(['w', 'leaf']);
    expect(new Set(plan.late)).toEqual(new Set(['x', 'y', 'z', 'self', 'entry']));
  });

  it('handles a chain deeper than the call stack would allow', () => {
    const g: Record<string, string[]> = { entry: ['m0'] };
    for (let i = 0; i < 20_000; i += 1) g[`m${i}`] = i < 19_999 ? [`m${i + 1}`] : [];
    const { read, resolve } = graph(g);
    const plan = planModules('entry', read, resolve);
    expect(plan.early.length).toBe(20_000);
    expect(plan.early[0]).toBe('m19999');
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
  it('evaluates most of Phaser early, and leaves its cycles (the renderer, game objects, the game) to the entry', () => {
    expect(plan.late.at(-1)).toBe(PHASER_ENTRY);
    expect(plan.early.length).toBeGreaterThan(500);
    expect(plan.earlySize).toBeGreaterThan(3 * plan.lateSize);
    expect(plan.late.some((id) => id.endsWith('core/Game.js'))).toBe(true);
    // Off by its build flags: never in the plan.
    expect([...plan.early, ...plan.late].some((id) => /spector|sound[\\/]/i.test(id))).toBe(false);
  });
});
