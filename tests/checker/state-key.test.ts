// The fast exploration (a state key read from ink's memory, in-memory snapshots, runs replayed from memory where the
// state agrees on what they read) must walk exactly the graph the reference one does (the key of each full JSON save,
// LoadJson to go back, ink run for every option): same states, same edges, same lines.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explore, type Exploration } from '../../tools/checker/explore';
import { SourceIndex } from '../../tools/checker/source-index';
import { readsOf } from '../../tools/checker/state-key';
import { compileInkFile } from '../../tools/ink/compile';
import { loadStoryData, registriesFrom } from '../../tools/ink/registries';
import { fixture, fixtureRegistries } from '../support/fixtures';
import type { Registries } from '../../src/story/tags';

const ROOT = join(import.meta.dirname, '..', '..');

function walk(file: string, registries: Registries, reference: boolean, maxStates = 20000): Exploration {
  const compiled = compileInkFile(file);
  const counted = compileInkFile(file, { countAllVisits: true });
  return explore(counted.story!, new SourceIndex(compiled.sources, compiled.file), {
    registries,
    reads: readsOf(compiled.story!, compiled.json),
    maxStates,
    maxSeconds: 600,
    reference,
  });
}

/** Everything about a walk but its timing. */
const shape = (x: Exploration) => ({
  complete: x.complete,
  root: x.root,
  nodes: x.nodes,
  problems: x.problems,
  unreached: x.unreached,
});

const ours = readdirSync(join(ROOT, 'stories'))
  .filter((f) => f.endsWith('.ink'))
  .map((f) => join(ROOT, 'stories', f));
const stories = registriesFrom(loadStoryData(join(ROOT, 'stories')));

describe('the fast exploration walks the same graph as the reference one', () => {
  it.each(ours)('%s', (file) => {
    const fast = walk(file, stories, false);
    expect(fast.complete).toBe(true);
    expect(shape(fast)).toEqual(shape(walk(file, stories, true)));
  });

  it.each([
    'visit.ink',
    'loop.ink',
    'bad-tags.ink',
    'dead-end.ink',
    'runtime-error.ink',
    'partial-credit.ink',
    'scores.ink',
  ])('fixture %s', (name) => {
    expect(shape(walk(fixture(name), fixtureRegistries, false))).toEqual(
      shape(walk(fixture(name), fixtureRegistries, true)),
    );
  });

  it('on a long third-party story (The Intercept), as far as the bound', () => {
    const file = join(ROOT, 'bench', 'stories', 'the-intercept.ink');
    const fast = walk(file, {}, false, 600);
    const reference = walk(file, {}, true, 600);
    expect(fast.nodes.length).toBeGreaterThan(600);
    expect(shape(fast)).toEqual(shape(reference));
    // Most of the fast walk's runs are replays, so the comparison above holds the replaying to ink itself.
    expect(fast.replayed).toBeGreaterThan(fast.nodes.length / 2);
    expect(reference.replayed).toBe(0);
  });
});
