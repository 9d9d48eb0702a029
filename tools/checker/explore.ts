// Explores every path through a compiled story: each choice point is a node, keyed by ink's whole state, so two
// routes that leave the world identical are explored once. The result is a graph the analysis folds over.

import { Path } from 'inkjs/engine/Path';
import type { Story } from 'inkjs/engine/Story';
import { StoryRunner, type LineBeat, type Option, type StoryError } from '../../src/story/runner.ts';
import type { Registries } from '../../src/story/tags.ts';
import type { SourceIndex, Where } from './source-index.ts';
import { parseInkMessage } from '../ink/compile-source.ts';
import { joinPath, parentOf } from '../ink/paths.ts';
import { liveStateKeyParts, stateKey, type Reads } from './state-key.ts';
import { restoreSnapshot, takeSnapshot, type Snapshot } from './snapshot.ts';
import { replay, SegmentCache } from './segment-cache.ts';
// After the modules above: inkjs's engine files import each other in a cycle that this one must not start.
import { ControlCommand } from 'inkjs/engine/ControlCommand';

export interface PlayedLine {
  text: string;
  beat: LineBeat;
  where: Where;
}

export interface Terminal {
  ending: string | null;
  where: Where;
  /** A runtime error stopped this path (a dead end is the commonest). */
  error: string | null;
}

export interface Edge {
  lines: PlayedLine[];
  /** Node index, or null when the path ends (see terminal), or when exploration stopped at the bound. */
  to: number | null;
  terminal: Terminal | null;
}

export interface ChoiceNode {
  options: (Option & { where: Where; id: string })[];
  /** One edge per option, filled as the node is expanded; null where the bound stopped exploration. */
  edges: (Edge | null)[];
}

export interface Problem {
  where: Where;
  message: string;
}

export interface Exploration {
  root: Edge;
  nodes: ChoiceNode[];
  complete: boolean;
  seconds: number;
  problems: Problem[];
  unreached: { path: string; where: Where }[];
  /** Runs replayed from memory rather than run in ink (segment-cache.ts); 0 in the reference walk. */
  replayed: number;
}

export interface ExploreOptions {
  registries: Registries;
  /** Which counts the story reads (from the game's compile): the rest is left out of the state key. */
  reads: Reads;
  maxStates: number;
  maxSeconds: number;
  /**
   * The slow reference walk the tests hold the fast one to: states keyed by their full JSON save (stateKey) and
   * restored from it (LoadJson), instead of the live key and in-memory snapshots.
   */
  reference?: boolean;
}

export function explore(story: Story, index: SourceIndex, options: ExploreOptions): Exploration {
  const started = performance.now();
  const initial = story.state.toJson();
  const problems = new Map<string, Problem>();
  const addProblem = (where: Where, message: string) =>
    problems.set(`${where.file}:${where.line}:${message}`, { where, message });
  const nodes: ChoiceNode[] = [];
  // Keyed by the call stacks and options first, then the rest of the key (state-key.ts liveStateKeyParts).
  const keys = new Map<string, Map<string, number>>();
  // Each choice point's ink state, kept in memory (snapshot.ts) to go back to for each of its options.
  const queue: { node: number; state: Snapshot }[] = [];
  const unvisited = namedPaths(story);
  let complete = true;

  // Where an option is written never changes: look it up once per option, not once per line played.
  const optionWheres = new Map<string, Where>();
  const optionWhere = (c: { sourcePath: string; text: string }) => {
    let where = optionWheres.get(c.sourcePath);
    if (!where) optionWheres.set(c.sourcePath, (where = choiceWhere(story, c.sourcePath, index, c.text)));
    return where;
  };
  const currentChoiceWhere = (t: string) =>
    optionWhereByText(story.currentChoices, t, optionWhere) ?? index.locate(t, 'choice');
  // One runner for the whole walk, set back to "just after a choice point" before each option.
  const runner = new StoryRunner(story as never, {
    registries: options.registries,
    onProblem: (p: StoryError) => {
      const where =
        p.on === 'choice'
          ? currentChoiceWhere(p.near ?? '')
          : index.locate(p.near ?? '', p.on === 'story' ? 'tag' : 'line');
      addProblem(where, p.message);
    },
  });

  const save = (): Snapshot =>
    options.reference ? { kind: 'json', json: story.state.toJson() } : takeSnapshot(story);
  // Runs already made, replayed for another state that agrees on everything they read (segment-cache.ts).
  const cache = options.reference ? null : new SegmentCache<PlayedLine, Option>(story, options.reads);
  /** The node for the choice point the story is at now, new if its key was not seen before. */
  const arrive = (options_: Option[], flows?: string, replayed?: Snapshot): number => {
    // The key comes from ink's state in memory; the full save is made only for a choice point not seen before.
    const [first, rest] = options.reference
      ? ['', stateKey(story.state.toJson(), options.reads)]
      : liveStateKeyParts(story.state, options.reads, flows);
    let within = keys.get(first);
    if (!within) keys.set(first, (within = new Map()));
    let to = within.get(rest);
    if (to === undefined) {
      to = nodes.length;
      within.set(rest, to);
      const choices = story.currentChoices; // a new array at each call
      const opts = options_.map((o) => {
        const c = choices[o.index];
        const where = c ? optionWhere(c) : index.locate(o.text, 'choice');
        return { ...o, where, id: c?.sourcePath ?? `${where.file}:${where.line}` };
      });
      nodes.push({ options: opts, edges: opts.map(() => null) });
      queue.push({ node: to, state: replayed ?? save() });
    }
    return to;
  };
  const segment = (state: Snapshot | null, choice: number | null, from: Where | null): Edge => {
    const start = cache && state !== null && choice !== null ? cache.start(state, choice) : null;
    if (start !== null) {
      const known = cache!.find(start, state!);
      if (known?.kind === 'ending')
        return {
          lines: known.lines,
          to: null,
          terminal: { ending: known.ending, where: known.lines.at(-1)?.where ?? from!, error: null },
        };
      if (known) {
        const replayed = replay(story, state!, known);
        return { lines: known.lines, to: arrive(known.options, known.flows, replayed), terminal: null };
      }
    }
    if (state !== null && choice !== null) {
      restoreSnapshot(story, state);
      runner.resumeHere();
      if (start !== null) cache!.track();
      runner.choose(choice);
    }
    const lines: PlayedLine[] = [];
    const lastWhere = () => lines.at(-1)?.where ?? from ?? { file: index.locate('').file, line: 0 };
    for (;;) {
      const beat = runner.next();
      if (beat.kind === 'line') {
        lines.push({ text: beat.text, beat, where: index.locate(beat.text) });
        continue;
      }
      if (start !== null) {
        if (beat.kind === 'error') cache!.drop();
        else if (beat.kind === 'ending')
          cache!.keep(start, state!, story, { kind: 'ending', lines, ending: beat.ending });
        else cache!.keep(start, state!, story, { kind: 'choices', lines, options: beat.options });
      }
      markVisited(story, unvisited);
      if (beat.kind === 'error') {
        // Ink's runtime messages carry their own file and line ("RUNTIME ERROR: 'x.ink' line 10: ran out of content").
        const d = parseInkMessage(beat.error.message, index.locate('').file);
        const where = d.line
          ? { file: joinPath(parentOf(index.locate('').file), d.file), line: d.line }
          : lastWhere();
        const dead = /ran out of content|end of content/i.test(d.message);
        return {
          lines,
          to: null,
          terminal: {
            ending: null,
            where,
            error: dead ? `dead end: ${d.message}` : `runtime error: ${d.message}`,
          },
        };
      }
      if (beat.kind === 'ending')
        return { lines, to: null, terminal: { ending: beat.ending, where: lastWhere(), error: null } };
      return { lines, to: arrive(beat.options), terminal: null };
    }
  };

  const root = segment(null, null, null);
  while (queue.length > 0) {
    if (nodes.length > options.maxStates || (performance.now() - started) / 1000 > options.maxSeconds) {
      complete = false;
      break;
    }
    const { node, state } = queue.shift()!;
    const n = nodes[node]!;
    n.edges = n.options.map((o) => segment(state, o.index, o.where));
  }
  story.state.LoadJson(initial);
  return {
    root,
    nodes,
    complete,
    seconds: (performance.now() - started) / 1000,
    problems: [...problems.values()],
    unreached: complete ? [...unvisited].map((path) => ({ path, where: index.locateKnot(path) })) : [],
    replayed: cache?.hits ?? 0,
  };
}

function choiceWhere(story: Story, sourcePath: string, index: SourceIndex, text: string): Where {
  try {
    const obj = story.ContentAtPath(new Path(sourcePath)).obj;
    const dm = obj?.debugMetadata;
    if (dm?.fileName && dm.startLineNumber) return { file: dm.fileName, line: dm.startLineNumber };
  } catch {
    // fall through to a text search
  }
  return index.locate(text, 'choice');
}

/** The option on offer with this text (the runner reports option problems by their text). */
function optionWhereByText(
  choices: readonly { sourcePath: string; text: string }[],
  text: string,
  whereOf: (c: { sourcePath: string; text: string }) => Where,
): Where | undefined {
  const c = choices.findLast((x) => x.text.trim() === text.trim());
  return c ? whereOf(c) : undefined;
}

/** Every knot and stitch that holds content (functions are reached by calls, and are left out). */
function namedPaths(story: Story): Set<string> {
  const out = new Set<string>();
  for (const [name, knot] of story.mainContentContainer.namedContent) {
    const container = knot as unknown as { namedContent?: Map<string, unknown>; content?: unknown[] };
    if (name === 'global decl') continue;
    out.add(name);
    for (const [stitch] of container.namedContent ?? []) {
      if (!/^[cg]-\d+$/.test(stitch) && !/^\d+$/.test(stitch)) out.add(`${name}.${stitch}`);
    }
  }
  for (const fn of functionNames(story)) out.delete(fn);
  return out;
}

function functionNames(story: Story): string[] {
  // Ink functions are knots called as functions: never "reached" by a divert, so not a gap. Their compiled body
  // returns with "~ret" (a PopFunction command); a knot's never does. Found on the compiled objects: writing the
  // whole story out as JSON to search it cost more than exploring a small story.
  const returns = (c: ContainerLike, seen: Set<ContainerLike>): boolean => {
    if (seen.has(c)) return false;
    seen.add(c);
    const found = (x: unknown) =>
      (x instanceof ControlCommand && x.commandType === ControlCommand.CommandType.PopFunction) ||
      (x !== null && typeof x === 'object' && 'content' in x && returns(x as ContainerLike, seen));
    for (const x of c.content ?? []) if (found(x)) return true;
    for (const x of c.namedContent?.values() ?? []) if (found(x)) return true;
    return false;
  };
  const out: string[] = [];
  for (const [name, knot] of story.mainContentContainer.namedContent) {
    if (returns(knot as unknown as ContainerLike, new Set())) out.push(name);
  }
  return out;
}

interface ContainerLike {
  content?: unknown[];
  namedContent?: Map<string, unknown>;
}

function markVisited(story: Story, unvisited: Set<string>): void {
  if (unvisited.size === 0) return;
  // Straight from ink's counts when no patch is pending (always so between runs): this runs after every run.
  const st = story.state as unknown as { _patch: unknown; _visitCounts: Map<string, number> };
  const count = (path: string) =>
    st._patch ? story.state.VisitCountAtPathString(path) : st._visitCounts.get(path);
  for (const path of unvisited) {
    if ((count(path) ?? 0) > 0) unvisited.delete(path);
  }
}

/** Every edge of an exploration: from the start, and out of each choice point (where it was explored). */
export function allEdges(x: Exploration): Edge[] {
  return [x.root, ...x.nodes.flatMap((n) => n.edges.filter((e): e is Edge => e !== null))];
}
