// Ink's state at a choice point, kept in memory so the exploration can go back to it for each option. A JSON save
// (state.toJson(), then LoadJson for every option) was the other half of the checker's time: the exploring compile
// counts every container, so each save carried every count. This copies exactly what StoryState.LoadJsonObj
// restores, from objects instead of JSON; tests/checker/state-key.test.ts holds the walk to the JSON one.

import { CallStack } from 'inkjs/engine/CallStack';
import type { Choice } from 'inkjs/engine/Choice';
import type { Story } from 'inkjs/engine/Story';

/** The inkjs StoryState internals LoadJsonObj sets (there at runtime; private in inkjs's types). */
interface Internals {
  _currentFlow: { name: string; callStack: CallStack; outputStream: unknown[]; currentChoices: Choice[] };
  _namedFlows: Map<string, unknown> | null;
  _patch: unknown;
  _aliveFlowNamesDirty: boolean;
  variablesState: { _globalVariables: Map<string, unknown>; callStack: CallStack; patch: unknown };
  _evaluationStack: unknown[];
  divertedPointer: { isNull: boolean; copy(): unknown };
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
  OutputStreamDirty(): void;
  toJson(): string;
  LoadJson(json: string): void;
}

export type Snapshot =
  | {
      kind: 'memory';
      flowName: string;
      callStack: CallStack;
      outputStream: unknown[];
      choices: Choice[];
      globals: Map<string, unknown>;
      evaluationStack: unknown[];
      divertedPointer: { isNull: boolean; copy(): unknown };
      visitCounts: Map<string, number>;
      turnIndices: Map<string, number>;
      turnIndex: number;
      storySeed: number;
      previousRandom: number;
    }
  /** A story with more than one flow is saved as ink saves it: rare, and not worth copying by hand. */
  | { kind: 'json'; json: string };

/** Ink's values are replaced, never changed in place, so sharing them is safe; choices and threads are copied. */
const cloneChoice = (c: Choice): Choice => {
  const copy = c.Clone();
  copy.tags = c.tags; // Clone leaves out the tags, which hold the options' rating, scores and feedback
  return copy;
};

export function takeSnapshot(story: Story): Snapshot {
  const st = story.state as unknown as Internals;
  if (st._namedFlows !== null || st._patch || st.variablesState.patch)
    return { kind: 'json', json: st.toJson() };
  const flow = st._currentFlow;
  return {
    kind: 'memory',
    flowName: flow.name,
    callStack: new CallStack(flow.callStack),
    outputStream: [...flow.outputStream],
    choices: flow.currentChoices.map(cloneChoice),
    globals: new Map(st.variablesState._globalVariables),
    evaluationStack: [...st._evaluationStack],
    divertedPointer: st.divertedPointer.isNull
      ? st.divertedPointer
      : (st.divertedPointer.copy() as Internals['divertedPointer']),
    visitCounts: new Map(st._visitCounts),
    turnIndices: new Map(st._turnIndices),
    turnIndex: st._currentTurnIndex,
    storySeed: st.storySeed,
    previousRandom: st.previousRandom,
  };
}

/** Puts the story back in the snapshot's state, leaving the snapshot untouched for the next option. */
export function restoreSnapshot(story: Story, snap: Snapshot): void {
  const st = story.state as unknown as Internals;
  if (snap.kind === 'json') {
    st.LoadJson(snap.json);
    return;
  }
  const flow = st._currentFlow;
  flow.name = snap.flowName;
  flow.callStack = new CallStack(snap.callStack);
  flow.outputStream = [...snap.outputStream];
  flow.currentChoices = snap.choices.map(cloneChoice);
  st.OutputStreamDirty();
  st._aliveFlowNamesDirty = true;
  st.variablesState._globalVariables = new Map(snap.globals);
  st.variablesState.callStack = flow.callStack;
  st._evaluationStack = [...snap.evaluationStack];
  if (!snap.divertedPointer.isNull)
    st.divertedPointer = snap.divertedPointer.copy() as Internals['divertedPointer'];
  st._visitCounts = new Map(snap.visitCounts);
  st._turnIndices = new Map(snap.turnIndices);
  st._currentTurnIndex = snap.turnIndex;
  st.storySeed = snap.storySeed;
  st.previousRandom = snap.previousRandom;
}
