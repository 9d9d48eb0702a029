// SCORM 1.2 keeps at most 4,096 characters of suspend data. For every shipped scenario, the checker's exploration of
// every route (tools/checker/explore.ts) gives the most decisions any route makes, the most options at a decision
// and the most lines between two decisions; the resume state built from the worst of all three (and the largest
// seed) is an upper bound on what the game ever stores. Each must stay under a quarter of the limit.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../tools/ink/compile';
import { scenarioFiles } from '../../tools/ink/vite-plugin';
import { explore, type Edge, type Exploration } from '../../tools/checker/explore';
import { SourceIndex } from '../../tools/checker/source-index';
import { readsOf } from '../../tools/checker/state-key';
import { decodeResume, encodeResume } from '../../src/lms/resume';
import { registries, STORIES_DIR } from '../support/stories';

const SCORM12_LIMIT = 4096;

/** The most decisions on any route from `edge` to an ending (memoised: routes rejoin). */
function longest(x: Exploration, edge: Edge, memo: Map<number, number>, onPath = new Set<number>()): number {
  if (edge.to === null) return 0;
  const known = memo.get(edge.to);
  if (known !== undefined) return known;
  if (onPath.has(edge.to)) throw new Error('a loop between decisions: the resume state would have no bound');
  onPath.add(edge.to);
  const node = x.nodes[edge.to]!;
  const best = 1 + Math.max(0, ...node.edges.map((e) => (e ? longest(x, e, memo, onPath) : 0)));
  onPath.delete(edge.to);
  memo.set(edge.to, best);
  return best;
}

function figures(file: string) {
  const counted = compileInkFile(file, { countAllVisits: true });
  const game = compileInkFile(file);
  const x = explore(counted.story!, new SourceIndex(counted.sources, file), {
    registries,
    reads: readsOf(game.story!, game.json),
    maxStates: 20000,
    maxSeconds: 120,
  });
  const edges = [x.root, ...x.nodes.flatMap((n) => n.edges.filter((e): e is Edge => e !== null))];
  return {
    complete: x.complete,
    decisions: longest(x, x.root, new Map()),
    options: Math.max(...x.nodes.map((n) => n.options.length)),
    lines: Math.max(...edges.map((e) => e.lines.length)),
    hash: game.hash,
  };
}

describe('the resume state kept by an LMS', () => {
  const rows: string[] = [];
  for (const file of scenarioFiles(STORIES_DIR)) {
    const id = basename(file, '.ink');
    it(`${id}: its largest resume state is far under SCORM 1.2's 4,096 characters`, () => {
      const f = figures(file);
      expect(f.complete, `${id}: the exploration did not finish`).toBe(true);
      const worst = {
        scenarioId: id,
        hash: f.hash.slice(0, 8),
        seed: 2 ** 31 - 1,
        path: Array.from({ length: f.decisions }, () => f.options - 1),
        lines: f.lines,
        at: 'choices' as const,
      };
      const text = encodeResume(worst);
      expect(decodeResume(text)).toEqual(worst);
      rows.push(
        `${id}: ${text.length} characters (${f.decisions} decisions, ${f.options} options, ${f.lines} lines)`,
      );
      expect(text.length).toBeLessThan(SCORM12_LIMIT / 4);
    }, 180_000);
  }
  it('reports the figures', () => {
    console.log(`Largest resume state per scenario:\n  ${rows.join('\n  ')}`);
    expect(rows.length).toBe(scenarioFiles(STORIES_DIR).length);
  });
});
