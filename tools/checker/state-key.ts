// What makes two choice points the same for the rest of the story. The exploration compiles with every visit
// counted (to find knots never reached), so ink's raw state differs on every route; this key keeps only what can
// change what happens next: the call stacks, the options on offer, variables, the visit and turn counts the story
// actually reads, and the random seed. Thread numbers and "where we last were" are bookkeeping, and left out.

import { JsonSerialisation } from 'inkjs/engine/JsonSerialisation';
import { BoolValue, FloatValue, IntValue, StringValue } from 'inkjs/engine/Value';
import type { InkObject } from 'inkjs/engine/Object';
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import type { Story } from 'inkjs/engine/Story';
import { forEachContainer } from './containers.ts';

export interface Reads {
  visits: ReadonlySet<string>;
  turns: ReadonlySet<string>;
  /** TURNS() or a turn-count read anywhere: then the turn index itself matters. */
  usesTurnIndex: boolean;
}

/** The containers whose counts the story reads, from a compile made WITHOUT countAllVisits. */
export function readsOf(story: Story, json: string): Reads {
  const visits = new Set<string>();
  const turns = new Set<string>();
  forEachContainer(story, (c) => {
    if (c.visitsShouldBeCounted) visits.add(String(c.path));
    if (c.turnIndexShouldBeCounted) turns.add(String(c.path));
  });
  return { visits, turns, usesTurnIndex: turns.size > 0 || /"turn"/.test(json) };
}

interface Thread {
  callstack: unknown[];
}

interface StateJson {
  currentFlowName?: string;
  flows: Record<
    string,
    {
      callstack: { threads: Thread[] };
      currentChoices?: ChoiceJson[];
      choiceThreads?: Record<string, Thread>;
    }
  >;
  variablesState: unknown;
  evalStack: unknown;
  visitCounts: Record<string, number>;
  turnIndices: Record<string, number>;
  turnIdx: number;
  previousRandom: number;
}

interface ChoiceJson {
  text: string;
  originalChoicePath: string;
  originalThreadIndex: number;
  targetPath: string;
}

/** The key of a saved state (ink's state.toJson()): the reference that liveStateKeyParts must agree with. */
export function stateKey(stateJson: string, reads: Reads): string {
  const s = JSON.parse(stateJson) as StateJson;
  const counts = (c: Record<string, number> | undefined) => new Map(Object.entries(c ?? {}));
  return keyOf(s, counts(s.visitCounts), counts(s.turnIndices), reads);
}

/** The inkjs internals the live key reads (all there at runtime; most are not in inkjs's public types). */
interface LiveElement {
  currentPointer: {
    isNull: boolean;
    container: { path: { componentsString: string } } | null;
    index: number;
  };
  inExpressionEvaluation: boolean;
  type: number;
  temporaryVariables: Map<string, InkObject>;
}
interface LiveThread {
  callstack: LiveElement[];
  threadIndex: number;
}
interface LiveChoice {
  sourcePath: string;
  pathStringOnChoice: string;
  text: string;
  threadAtGeneration: LiveThread | null;
}
interface LiveFlow {
  name: string;
  callStack: { _threads: LiveThread[]; ThreadWithIndex(i: number): LiveThread | null };
  currentChoices: LiveChoice[];
}
interface LiveState {
  _currentFlow: LiveFlow;
  _namedFlows: Map<string, LiveFlow> | null;
  _patch: unknown;
  variablesState: { _globalVariables: Map<string, InkObject> };
  evaluationStack: InkObject[];
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  currentTurnIndex: number;
  previousRandom: number;
  toJson(): string;
}

/**
 * A key with the same meaning as stateKey(state.toJson()) (two states share one exactly when they share the
 * other), read from ink's state in memory. Writing and re-reading the whole save for every arrival at a choice
 * point was most of the checker's time: the exploring compile counts every container, so a save is mostly counts
 * the story never reads. tests/checker/state-key.test.ts holds the two keys to the same partition on our stories.
 *
 * It comes in two parts: the call stacks and options (liveFlowsKey, or "saved" for a state keyed by its save),
 * and the rest. A replayed run (segment-cache.ts) ends with the very string its first run's flows part was, so a
 * map keyed by the first part hashes it once; the rest is short and written without JSON.
 */
export function liveStateKeyParts(state: unknown, reads: Reads, flows?: string): [string, string] {
  const st = state as LiveState;
  // Mid-way through a lookahead ink keeps changes in a patch; never so at a choice point, but be safe.
  if (st._patch) return ['saved', stateKey(st.toJson(), reads)];
  // Names and numbers need no quoting; a string or rarer value is quoted, so no value can run into the next. One
  // join makes one string (adding to a string piece by piece made a chain of pieces, flattened again to hash it).
  const variables: string[] = [];
  st.variablesState._globalVariables.forEach((value, name) => {
    const v = valueKey(value);
    const c = v.charCodeAt(0);
    variables.push(name, c === 115 || c === 106 ? JSON.stringify(v) : v);
  });
  const stack = st.evaluationStack;
  let rest = `${JSON.stringify(st._currentFlow.name)}\n${variables.join(',')}\n`;
  rest += `${stack.length > 0 ? JSON.stringify(stack.map(valueKey)) : ''}\n`;
  rest += pickCounts(st._visitCounts, reads.visits, st._visitCounts);
  if (reads.usesTurnIndex)
    rest += `\n${pickCounts(st._turnIndices, reads.turns, st._visitCounts)}\n${st.currentTurnIndex}`;
  rest += `\n${st.previousRandom}`;
  return [flows ?? liveFlowsKey(st), rest];
}

/**
 * The counts the story reads (as assemble picks them), in the story's order, as text. Walks whichever is smaller:
 * the counts this route has (a few dozen) or the paths the story reads (hundreds in a long story).
 */
function pickCounts(
  counts: ReadonlyMap<string, number>,
  keep: ReadonlySet<string>,
  visitCounts: ReadonlyMap<string, number>,
): string {
  const order = choiceOrder(keep);
  const kept = (parent: string | null) => parent === null || (visitCounts.get(parent) ?? 0) > 1;
  const out: [number, string, number][] = [];
  if (counts.size < keep.size) {
    counts.forEach((n, path) => {
      const o = order.get(path);
      if (o && kept(o[1])) out.push([o[0], path, n]);
    });
    out.sort((a, b) => a[0] - b[0]);
  } else {
    for (const [path, [i, parent]] of order) {
      const n = counts.get(path);
      if (n !== undefined && kept(parent)) out.push([i, path, n]);
    }
  }
  let text = '';
  for (const [, path, n] of out) text += `${path}:${n},`;
  return text;
}

const ordersCache = new WeakMap<ReadonlySet<string>, Map<string, [number, string | null]>>();

/** Each path read, with its place in the story's order and the weave it is an option of. */
function choiceOrder(paths: ReadonlySet<string>): Map<string, [number, string | null]> {
  let out = ordersCache.get(paths);
  if (!out) {
    out = new Map(choiceParents(paths).map(([p, parent], i) => [p, [i, parent]]));
    ordersCache.set(paths, out);
  }
  return out;
}

/**
 * The call stacks and options part of the live key, as JSON. A replayed run (segment-cache.ts) ends with the call
 * stack and options its first run ended with, so it keeps this part rather than working it out again.
 */
export function liveFlowsKey(state: unknown): string {
  const st = state as LiveState;
  const flows = st._namedFlows ? [...st._namedFlows.values()] : [st._currentFlow];
  return JSON.stringify(
    flows.map((f) => [
      f.name,
      f.callStack._threads.map(threadKey),
      f.currentChoices.map((c) => [
        c.sourcePath,
        c.pathStringOnChoice,
        c.text,
        // As in a save: a choice's own thread is written only when it is no longer on the call stack.
        c.threadAtGeneration && f.callStack.ThreadWithIndex(c.threadAtGeneration.threadIndex) === null
          ? threadKey(c.threadAtGeneration)
          : null,
      ]),
    ]),
  );
}

export function threadKey(t: LiveThread): unknown[] {
  return t.callstack.map((el) => {
    const p = el.currentPointer;
    const temps: string[] = [];
    for (const [name, value] of el.temporaryVariables) temps.push(name, valueKey(value));
    return [
      p.isNull ? null : p.container!.path.componentsString,
      p.isNull ? null : p.index,
      el.inExpressionEvaluation,
      el.type,
      temps,
    ];
  });
}

/**
 * One value, as a save would read back: numbers by value (a save's 1.0 and 1 read back alike), strings and
 * booleans as themselves, anything rarer (lists, divert targets, pointers) in ink's own JSON.
 */
export function valueKey(v: InkObject): string {
  if (v instanceof IntValue || v instanceof FloatValue) return `n${v.value}`;
  if (v instanceof BoolValue) return `b${v.value}`;
  if (v instanceof StringValue) return `s${v.value}`;
  // Ink never changes a value in place, so each rarer value is written out once.
  let key = rareValueKeys.get(v);
  if (key === undefined) {
    const w = new SimpleJson.Writer();
    JsonSerialisation.WriteRuntimeObject(w, v);
    key = `j${JSON.stringify(JSON.parse(w.toString()))}`;
    rareValueKeys.set(v, key);
  }
  return key;
}

const rareValueKeys = new WeakMap<InkObject, string>();

function keyOf(
  s: Omit<StateJson, 'visitCounts' | 'turnIndices'>,
  visitCounts: ReadonlyMap<string, number>,
  turnIndices: ReadonlyMap<string, number>,
  reads: Reads,
): string {
  const flows = Object.entries(s.flows).map(([name, flow]) => [
    name,
    flow.callstack.threads.map((t) => t.callstack),
    (flow.currentChoices ?? []).map((c) => [
      c.originalChoicePath,
      c.targetPath,
      c.text,
      flow.choiceThreads?.[String(c.originalThreadIndex)]?.callstack ?? null,
    ]),
  ]);
  return assemble(s, JSON.stringify(flows), visitCounts, turnIndices, reads);
}

function assemble(
  s: {
    currentFlowName?: string;
    variablesState: unknown;
    evalStack: unknown;
    turnIdx: number;
    previousRandom: number;
  },
  flows: string,
  visitCounts: ReadonlyMap<string, number>,
  turnIndices: ReadonlyMap<string, number>,
  reads: Reads,
): string {
  // A once-only choice (`*`) is counted so it is not offered twice, which only matters if its weave can be
  // entered again. Its count is kept only when its parent has been entered more than once on this route (the
  // exploring compile counts every container); otherwise a story of `*` choices would never share a state.
  // The counts are taken in the (fixed) order of the story's reads, so they need no sorting.
  const pick = (counts: ReadonlyMap<string, number>, keep: ReadonlySet<string>) => {
    const out: (string | number)[] = [];
    for (const [path, parent] of choiceParents(keep)) {
      const n = counts.get(path);
      if (n !== undefined && (parent === null || (visitCounts.get(parent) ?? 0) > 1)) out.push(path, n);
    }
    return out;
  };
  const rest = JSON.stringify([
    s.variablesState,
    s.evalStack,
    pick(visitCounts, reads.visits),
    reads.usesTurnIndex ? [pick(turnIndices, reads.turns), s.turnIdx] : null,
    s.previousRandom,
  ]);
  return `${JSON.stringify(s.currentFlowName ?? null)}\n${flows}\n${rest}`;
}

const parentsCache = new WeakMap<ReadonlySet<string>, [string, string | null][]>();

/** Each path read, with the weave it is an option of (for a once-only choice's count), worked out once. */
function choiceParents(paths: ReadonlySet<string>): [string, string | null][] {
  let out = parentsCache.get(paths);
  if (!out) {
    out = [...paths].map((p) => [p, /^(.*)\.c-\d+$/.exec(p)?.[1] ?? null]);
    parentsCache.set(paths, out);
  }
  return out;
}
