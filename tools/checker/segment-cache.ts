// Runs ink less: what following one option does (the lines played, what it writes, the choice point it reaches) is
// remembered with everything the run READ from the state it started in: global variables, visit counts and turn
// counts. Another state that agrees on all of those, and starts the same option from the same call stack, would run
// exactly the same steps, so the run is replayed (its writes put on top of that state) instead of running ink again.
// Ink's running was more than half of the checker's time (docs/performance.md). Anything out of the ordinary (an
// error, more than one flow, a half-applied patch) is simply not remembered, so ink runs as before.

import type { CallStack } from 'inkjs/engine/CallStack';
import type { Choice } from 'inkjs/engine/Choice';
import type { InkObject } from 'inkjs/engine/Object';
import type { Story } from 'inkjs/engine/Story';
import { StoryState } from 'inkjs/engine/StoryState';
import { VariablesState } from 'inkjs/engine/VariablesState';
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
}

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

/**
 * Listens to ink's reads and writes while a run is tracked. Ink swaps its state object for a patched copy as it
 * runs, so the listening is on the classes; with no run tracked it only passes each call through.
 */
function install(): void {
  if (installed) return;
  installed = true;
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
  const V = VariablesState.prototype;
  const globalRead = (
    t: Tracker,
    self: { GlobalVariableExistsWithName(n: string): boolean },
    name: string,
  ) => {
    if (self.GlobalVariableExistsWithName(name)) note(t, `g${name}`);
  };
  wrap(V, 'GetVariableWithName', (t, self, [name]: unknown[]) => globalRead(t, self, String(name)));
  wrap(V, 'GetRawVariableWithName', (t, self, [name]: unknown[]) => globalRead(t, self, String(name)));
  wrap(V, 'SetGlobal', (t, _s, [name]: unknown[]) => t.globalWrites.add(String(name)));
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
      visits: [string, number][];
      turns: [string, number][];
      turnIndexStep: number;
      storySeed: number;
      previousRandom: number;
    };

interface Entry<L, O> {
  reads: string[];
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
  hits = 0;
  misses = 0;

  /** False when the story's state is not of the classes listened to (a second copy of inkjs): then ink always runs. */
  private readonly listening: boolean;

  constructor(
    story: Story,
    private readonly reads: Reads,
  ) {
    install();
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
    return JSON.stringify([
      c.targetPath.toString(),
      threadKey(c.threadAtGeneration as never),
      snap.storySeed,
      snap.previousRandom,
      this.reads.usesTurnIndex ? snap.turnIndex : null,
    ]);
  }

  find(start: string, snap: Snapshot): Outcome<L, O> | undefined {
    for (const e of this.entries.get(start) ?? []) {
      const found = e.outcomes.get(valuesOf(e.reads, snap as MemorySnapshot));
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
    if (!entry) list.push((entry = { reads: t.reads, outcomes: new Map() }));
    entry.outcomes.set(valuesOf(t.reads, snap), outcome);
  }
}

/** The values the reads saw, in the state the run started from. */
function valuesOf(reads: string[], snap: MemorySnapshot): string {
  const out: string[] = [];
  for (const r of reads) {
    const name = r.slice(1);
    if (r[0] === 'v') out.push(String(snap.visitCounts.get(name) ?? 0));
    else if (r[0] === 't') out.push(String(snap.turnIndices.get(name) ?? 'none'));
    else {
      const v = snap.globals.get(name);
      out.push(v === undefined ? 'none' : valueKey(v as InkObject));
    }
  }
  return out.join('\n');
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
  const globals = new Map(s.globals);
  for (const [name, value] of o.globals) globals.set(name, value);
  const visits = new Map(s.visitCounts);
  for (const [p, d] of o.visits) visits.set(p, (visits.get(p) ?? 0) + d);
  const turns = new Map(s.turnIndices);
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
