// Runs ink less: what following one option does (the lines played, what it writes, the choice point it reaches) is
// remembered with everything the run READ from the state it started in: global variables, visit counts and turn
// counts. Another state that agrees on all of those, and starts the same option from the same call stack, would run
// exactly the same steps, so the run is replayed (its writes put on top of that state) instead of running ink again.
// Ink's running was more than half of the checker's time (docs/performance.md). Anything out of the ordinary (an
// error, more than one flow, a half-applied patch) is simply not remembered, so ink runs as before.
// Some reads use less than the value (read-sites.ts). A score the run only adds to (`~ raise(x)`, `~ x = x + 1`,
// nothing else reading x) is read as "a whole number": the run is replayed for any, and writes back that number plus
// the same amount. A test (`{x > 1}`, `{teacup}`) is read as its answer. Most of the runs that still needed ink on
// The Intercept differed only in a score.

import type { CallStack } from 'inkjs/engine/CallStack';
import type { Choice } from 'inkjs/engine/Choice';
import type { InkObject } from 'inkjs/engine/Object';
import type { Story } from 'inkjs/engine/Story';
import { StoryState } from 'inkjs/engine/StoryState';
import { IntValue, ListValue, VariablePointerValue } from 'inkjs/engine/Value';
import type { VariableAssignment } from 'inkjs/engine/VariableAssignment';
import { VariablesState } from 'inkjs/engine/VariablesState';
import { readSites, type ReadSite } from './read-sites.ts';
import type { Snapshot } from './snapshot.ts';
import { liveFlowsKey, threadKey, valueKey, type Reads } from './state-key.ts';

type MemorySnapshot = Extract<Snapshot, { kind: 'memory' }>;

/** What one run read and wrote, in the order first met. */
interface Tracker {
  reads: string[];
  seen: Set<string>;
  visitWrites: Set<string>;
  turnWrites: Set<string>;
  globalWrites: Set<string>;
  incrementing: number;
  /** The ink object being executed, and the assignment being made (for additive sites). */
  executing: unknown;
  assigning: unknown;
  /** Globals read at an additive site, those sites' writes made, and globals whose value turned out to matter. */
  added: Set<string>;
  addedWrites: Set<string>;
  spoiled: Set<string>;
  tests: Tests;
  /** The value each added-to score had when the run started (its first read). */
  startValues: Map<string, IntValue>;
  /** An additive site's read whose write has not happened yet. */
  pending: { name: string; write: VariableAssignment } | null;
}

/** The read sites of the story being explored (read-sites.ts). */
let sites: ReadonlyMap<object, ReadSite> = new Map();

/** Each test read met in this exploration, by its read key. */
type Tests = Map<string, { name: string; more: number; answer: (v: unknown, more: number) => string | null }>;

let active: Tracker | null = null;
let installed = false;

const note = (t: Tracker, read: string) => {
  if (!t.seen.has(read)) {
    t.seen.add(read);
    t.reads.push(read);
  }
};

/** Ink's methods listened to take at most two arguments; fixed ones keep the calls cheap while ink runs. */
type Fn = (this: unknown, a: unknown, b: unknown) => unknown;

/** Wraps `obj[name]` so that while it runs in a tracked run, the tracker's `field` holds its first argument (the ink
 *  object being executed, the assignment being made), put back when it returns or throws. */
function noteWhileRunning(obj: Record<string, Fn>, name: string, field: 'executing' | 'assigning'): void {
  const original = obj[name]!;
  obj[name] = function (this: unknown, a: unknown, b: unknown) {
    const t = active;
    if (!t) return original.call(this, a, b);
    const was = t[field];
    t[field] = a;
    try {
      return original.call(this, a, b);
    } finally {
      t[field] = was;
    }
  };
}

/**
 * Listens to ink's reads and writes while a run is tracked. Ink swaps its state object for a patched copy as it
 * runs, so the listening is on the classes; with no run tracked it only passes each call through.
 */
function install(story: Story): void {
  if (installed) return;
  installed = true;
  // Which ink object is being executed: an additive site's read is told apart by it.
  let proto = Object.getPrototypeOf(story) as Record<string, Fn> | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'PerformLogicAndFlowControl'))
    proto = Object.getPrototypeOf(proto) as Record<string, Fn> | null;
  if (proto) noteWhileRunning(proto, 'PerformLogicAndFlowControl', 'executing');
  const wrap = (proto: object, name: string, before: (t: Tracker, self: never, args: unknown[]) => void) => {
    const p = proto as Record<string, Fn>;
    const original = p[name]!;
    p[name] = function (this: unknown, a: unknown, b: unknown) {
      if (active) before(active, this as never, [a, b]);
      return original.call(this, a, b);
    };
  };
  const pathOf = (c: unknown) => (c as { path: { toString(): string } }).path.toString();
  const S = StoryState.prototype;
  wrap(S, 'VisitCountForContainer', (t, _s, [c]: unknown[]) => {
    if (t.incrementing === 0) note(t, `v${pathOf(c)}`);
  });
  wrap(S, 'VisitCountAtPathString', (t, _s, [p]: unknown[]) => note(t, `v${String(p)}`));
  wrap(S, 'TurnsSinceForContainer', (t, _s, [c]: unknown[]) => note(t, `t${pathOf(c)}`));
  wrap(S, 'RecordTurnIndexVisitToContainer', (t, _s, [c]: unknown[]) => t.turnWrites.add(pathOf(c)));
  const p = S as unknown as Record<string, Fn>;
  const increment = p.IncrementVisitCountForContainer!;
  p.IncrementVisitCountForContainer = function (this: unknown, a: unknown, b: unknown) {
    if (!active) return increment.call(this, a, b);
    active.visitWrites.add(pathOf(a));
    active.incrementing += 1;
    try {
      return increment.call(this, a, b);
    } finally {
      active.incrementing -= 1;
    }
  };
  const V = VariablesState.prototype as unknown as Record<string, Fn>;
  // Every read of a variable's value goes through GetRawVariableWithName (GetVariableWithName included).
  const raw = V.GetRawVariableWithName!;
  V.GetRawVariableWithName = function (this: unknown, a: unknown, b: unknown) {
    const value = raw.call(this, a, b);
    const t = active;
    const self = this as { GlobalVariableExistsWithName(n: string): boolean };
    if (t && self.GlobalVariableExistsWithName(String(a))) globalRead(t, String(a), value);
    return value;
  };
  noteWhileRunning(V, 'Assign', 'assigning');
  wrap(V, 'SetGlobal', (t, _s, [name]: unknown[]) => globalWrite(t, String(name)));
}

function globalRead(t: Tracker, name: string, value: unknown): void {
  // An assignment reads the variable only to follow a reference (which a global never holds): not a use. A list's
  // old value does count: an empty list assigned takes the old one's origins.
  if (t.assigning !== null && !(value instanceof VariablePointerValue) && !(value instanceof ListValue))
    return;
  const site = sites.get(t.executing as object);
  if (site?.kind === 'add' && value instanceof IntValue) {
    if (t.pending) t.spoiled.add(t.pending.name);
    t.pending = { name, write: site.write };
    t.added.add(name);
    if (!t.startValues.has(name)) t.startValues.set(name, value);
    return;
  }
  // A test is read as its answer for the value the run started with, plus what the run has added to it since.
  const changed = t.globalWrites.has(name) || t.pending?.name === name;
  const from = t.addedWrites.has(name) ? t.startValues.get(name) : undefined;
  const more = from && value instanceof IntValue ? Number(value.value) - Number(from.value) : 0;
  if (
    site?.kind === 'test' &&
    !changed &&
    (!t.addedWrites.has(name) || from) &&
    site.answer(value, 0) !== null
  ) {
    const read = `p${site.id} ${name} ${more}`;
    if (!t.tests.has(read)) t.tests.set(read, { name, more, answer: site.answer });
    note(t, read);
    return;
  }
  note(t, `g${name}`);
}

function globalWrite(t: Tracker, name: string): void {
  const p = t.pending;
  if (p && p.write === t.assigning && p.name === name) {
    t.addedWrites.add(name);
    t.pending = null;
    return;
  }
  t.globalWrites.add(name);
}

/** How a remembered run ended: at a choice point (with its state) or at an ending. */
export type Outcome<L, O> =
  | { kind: 'ending'; lines: L[]; ending: string | null }
  | {
      kind: 'choices';
      lines: L[];
      options: O[];
      /** The call stacks and options part of the state key (state-key.ts liveFlowsKey). */
      flows: string;
      callStack: CallStack;
      outputStream: unknown[];
      choices: Choice[];
      evaluationStack: unknown[];
      globals: [string, unknown][];
      /** Scores only added to (read-sites.ts): how much this run added. */
      added: [string, number][];
      visits: [string, number][];
      turns: [string, number][];
      turnIndexStep: number;
      storySeed: number;
      previousRandom: number;
    };

interface Entry<L, O> {
  reads: string[];
  parsed: Read[];
  outcomes: Map<string, Outcome<L, O>>;
}

interface Internals {
  _currentFlow: { callStack: CallStack; outputStream: unknown[]; currentChoices: Choice[] };
  _namedFlows: unknown;
  _patch: unknown;
  _aliveFlowNamesDirty: boolean;
  variablesState: { _globalVariables: Map<string, unknown>; callStack: CallStack; patch: unknown };
  _evaluationStack: unknown[];
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
  OutputStreamDirty(): void;
}

export class SegmentCache<L, O> {
  private readonly entries = new Map<string, Entry<L, O>[]>();
  private readonly tests: Tests = new Map();
  hits = 0;
  misses = 0;

  /** False when the story's state is not of the classes listened to (a second copy of inkjs): then ink always runs. */
  private readonly listening: boolean;

  constructor(
    story: Story,
    private readonly reads: Reads,
  ) {
    install(story);
    sites = readSites(story);
    this.listening =
      story.state instanceof StoryState && story.state.variablesState instanceof VariablesState;
  }

  /** What, besides the reads, fixes the run: the option's target and the call stack it resumes. */
  start(snap: Snapshot, choice: number): string | null {
    if (
      !this.listening ||
      snap.kind !== 'memory' ||
      snap.evaluationStack.length > 0 ||
      !snap.divertedPointer.isNull
    )
      return null;
    const c = snap.choices[choice];
    if (!c?.threadAtGeneration || !c.targetPath) return null;
    // A replayed state shares its options with the run it replays (never changed: ink is only given copies), so the
    // option's part is written once for all of them.
    let option = optionStarts.get(c);
    if (option === undefined) {
      option = JSON.stringify([c.targetPath.toString(), threadKey(c.threadAtGeneration as never)]);
      optionStarts.set(c, option);
    }
    const turn = this.reads.usesTurnIndex ? snap.turnIndex : null;
    return `${option}\n${snap.storySeed}\n${snap.previousRandom}\n${turn}`;
  }

  find(start: string, snap: Snapshot): Outcome<L, O> | undefined {
    for (const e of this.entries.get(start) ?? []) {
      const found = e.outcomes.get(valuesOf(e.parsed, snap as MemorySnapshot));
      if (found) {
        this.hits += 1;
        return found;
      }
    }
    this.misses += 1;
    return undefined;
  }

  /** Starts listening; call before choosing the option. */
  track(): void {
    active = {
      reads: [],
      seen: new Set(),
      visitWrites: new Set(),
      turnWrites: new Set(),
      globalWrites: new Set(),
      incrementing: 0,
      executing: null,
      assigning: null,
      added: new Set(),
      addedWrites: new Set(),
      spoiled: new Set(),
      pending: null,
      tests: this.tests,
      startValues: new Map(),
    };
  }

  /** Stops listening; the run is dropped (an error, say). */
  drop(): void {
    active = null;
  }

  /** Stops listening and remembers the run, given the state it started from (story is where it ended). */
  keep(
    start: string,
    snap: Snapshot,
    story: Story,
    end:
      { kind: 'ending'; lines: L[]; ending: string | null } | { kind: 'choices'; lines: L[]; options: O[] },
  ): void {
    const t = active;
    active = null;
    if (!t || snap.kind !== 'memory') return;
    const st = story.state as unknown as Internals;
    const added = settleAdded(t, snap, st.variablesState._globalVariables);
    let outcome: Outcome<L, O>;
    if (end.kind === 'ending') outcome = end;
    else {
      if (st._namedFlows !== null || st._patch || st.variablesState.patch) return;
      const flow = st._currentFlow;
      const globals = st.variablesState._globalVariables;
      outcome = {
        ...end,
        flows: liveFlowsKey(st),
        // Kept without copies: restoreSnapshot and replay put new objects in the story before ink runs again.
        callStack: flow.callStack,
        outputStream: flow.outputStream,
        choices: flow.currentChoices,
        evaluationStack: st._evaluationStack,
        globals: [...t.globalWrites].map((name) => [name, globals.get(name)]),
        added,
        visits: [...t.visitWrites].map((p) => [
          p,
          (st._visitCounts.get(p) ?? 0) - (snap.visitCounts.get(p) ?? 0),
        ]),
        turns: [...t.turnWrites].map((p) => [p, (st._turnIndices.get(p) ?? 0) - snap.turnIndex]),
        turnIndexStep: st._currentTurnIndex - snap.turnIndex,
        storySeed: st.storySeed,
        previousRandom: st.previousRandom,
      };
    }
    let list = this.entries.get(start);
    if (!list) this.entries.set(start, (list = []));
    const signature = t.reads.join('\n');
    let entry = list.find((e) => e.reads.join('\n') === signature);
    if (!entry)
      list.push((entry = { reads: t.reads, parsed: parseReads(t.reads, this.tests), outcomes: new Map() }));
    entry.outcomes.set(valuesOf(entry.parsed, snap), outcome);
  }
}

/**
 * Which scores the run only added to, and by how much. A score whose value the run used anyway (read elsewhere,
 * written otherwise, a site's write not made, or not a whole number at the end) becomes an ordinary read and write.
 * The rest are read as "a whole number" ("a" reads), so the run is replayed for any value there.
 */
function settleAdded(t: Tracker, snap: MemorySnapshot, globals: Map<string, unknown>): [string, number][] {
  if (t.pending) t.spoiled.add(t.pending.name);
  const out: [string, number][] = [];
  for (const name of t.added) {
    const before = snap.globals.get(name);
    const after = globals.get(name);
    if (
      !t.spoiled.has(name) &&
      !t.seen.has(`g${name}`) &&
      !t.globalWrites.has(name) &&
      before instanceof IntValue &&
      after instanceof IntValue
    ) {
      out.push([name, Number(after.value) - Number(before.value)]);
      continue;
    }
    note(t, `g${name}`);
    if (t.addedWrites.has(name)) t.globalWrites.add(name);
  }
  for (const [name] of out) note(t, `a${name}`);
  return out;
}

const optionStarts = new WeakMap<Choice, string>();

/** The values the reads saw, in the state the run started from. */
function valuesOf(reads: readonly Read[], snap: MemorySnapshot): string {
  let out = '';
  for (const r of reads) {
    if (r.kind === 'v') out += `${snap.visitCounts.get(r.name) ?? 0}\n`;
    else if (r.kind === 't') out += `${snap.turnIndices.get(r.name) ?? 'none'}\n`;
    else if (r.kind === 'a') out += snap.globals.get(r.name) instanceof IntValue ? 'whole\n' : 'other\n';
    else if (r.kind === 'p') out += `${r.test!.answer(snap.globals.get(r.name), r.test!.more) ?? 'other'}\n`;
    else {
      const v = snap.globals.get(r.name);
      out += `${v === undefined ? 'none' : valueKey(v as InkObject)}\n`;
    }
  }
  return out;
}

/** A read, taken apart once: its kind (the first letter of the read key), the name read, and a test's answer. */
interface Read {
  kind: string;
  name: string;
  test?: { more: number; answer: (v: unknown, more: number) => string | null };
}

function parseReads(reads: readonly string[], tests: Tests): Read[] {
  return reads.map((r) => {
    if (r[0] !== 'p') return { kind: r[0]!, name: r.slice(1) };
    const test = tests.get(r)!;
    return { kind: 'p', name: test.name, test };
  });
}

/**
 * Puts the story in the state the remembered run ended in, had it started from snap, and returns that state as a
 * snapshot. The story and the snapshot share the remembered call stack and options without copies: nothing changes
 * them in place (restoreSnapshot copies them before ink runs again, and takeSnapshot copies from the story).
 */
export function replay<L, O>(
  story: Story,
  snap: Snapshot,
  o: Extract<Outcome<L, O>, { kind: 'choices' }>,
): Snapshot {
  const s = snap as MemorySnapshot;
  // Unchanged maps are shared: nothing changes them in place (see above).
  const globals = o.globals.length + o.added.length > 0 ? new Map(s.globals) : s.globals;
  for (const [name, value] of o.globals) globals.set(name, value);
  for (const [name, more] of o.added)
    globals.set(name, new IntValue(Number((globals.get(name) as IntValue).value) + more));
  const visits = new Map(s.visitCounts);
  for (const [p, d] of o.visits) visits.set(p, (visits.get(p) ?? 0) + d);
  const turns = o.turns.length > 0 ? new Map(s.turnIndices) : s.turnIndices;
  for (const [p, d] of o.turns) turns.set(p, s.turnIndex + d);
  const next: MemorySnapshot = {
    kind: 'memory',
    flowName: s.flowName,
    callStack: o.callStack,
    outputStream: o.outputStream,
    choices: o.choices,
    globals,
    evaluationStack: o.evaluationStack,
    divertedPointer: s.divertedPointer,
    visitCounts: visits,
    turnIndices: turns,
    turnIndex: s.turnIndex + o.turnIndexStep,
    storySeed: o.storySeed,
    previousRandom: o.previousRandom,
  };
  const st = story.state as unknown as Internals;
  const flow = st._currentFlow;
  flow.callStack = next.callStack;
  flow.outputStream = next.outputStream;
  flow.currentChoices = next.choices;
  st.OutputStreamDirty();
  st._aliveFlowNamesDirty = true;
  st.variablesState._globalVariables = globals;
  st.variablesState.callStack = next.callStack;
  st._evaluationStack = next.evaluationStack;
  st._visitCounts = visits;
  st._turnIndices = turns;
  st._currentTurnIndex = next.turnIndex;
  st.storySeed = next.storySeed;
  st.previousRandom = next.previousRandom;
  return next;
}
