// What makes two choice points the same for the rest of the story. The exploration compiles with every visit
// counted (to find knots never reached), so ink's raw state differs on every route; this key keeps only what can
// change what happens next: the call stacks, the options on offer, variables, the visit and turn counts the story
// actually reads, and the random seed. Thread numbers and "where we last were" are bookkeeping, and left out.

import type { Story } from 'inkjs/engine/Story';

export interface Reads {
  visits: ReadonlySet<string>;
  turns: ReadonlySet<string>;
  /** TURNS() or a turn-count read anywhere: then the turn index itself matters. */
  usesTurnIndex: boolean;
}

interface ContainerLike {
  visitsShouldBeCounted?: boolean;
  turnIndexShouldBeCounted?: boolean;
  content?: unknown[];
  namedContent?: Map<string, unknown>;
  path?: { toString(): string };
}

/** The containers whose counts the story reads, from a compile made WITHOUT countAllVisits. */
export function readsOf(story: Story, json: string): Reads {
  const visits = new Set<string>();
  const turns = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (c: ContainerLike) => {
    if (seen.has(c)) return;
    seen.add(c);
    if (c.visitsShouldBeCounted) visits.add(String(c.path));
    if (c.turnIndexShouldBeCounted) turns.add(String(c.path));
    for (const child of [...(c.content ?? []), ...(c.namedContent?.values() ?? [])]) {
      if (child && typeof child === 'object' && 'content' in child) walk(child as ContainerLike);
    }
  };
  walk(story.mainContentContainer as unknown as ContainerLike);
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

export function stateKey(stateJson: string, reads: Reads): string {
  const s = JSON.parse(stateJson) as StateJson;
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
  // A once-only choice (`*`) is counted so it is not offered twice, which only matters if its weave can be
  // entered again. Its count is kept only when its parent has been entered more than once on this route (the
  // exploring compile counts every container); otherwise a story of `*` choices would never share a state.
  const relevant = (path: string) => {
    const choice = /^(.*)\.c-\d+$/.exec(path);
    return !choice || (s.visitCounts?.[choice[1]!] ?? 0) > 1;
  };
  const pick = (counts: Record<string, number>, keep: ReadonlySet<string>) =>
    Object.entries(counts ?? {})
      .filter(([path]) => keep.has(path) && relevant(path))
      .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([
    s.currentFlowName ?? null,
    flows,
    s.variablesState,
    s.evalStack,
    pick(s.visitCounts, reads.visits),
    reads.usesTurnIndex ? [pick(s.turnIndices, reads.turns), s.turnIdx] : null,
    s.previousRandom,
  ]);
}
