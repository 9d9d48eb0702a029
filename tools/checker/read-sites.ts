// Reads of a global whose value can go only one way, found on the compiled objects once per story, so that
// segment-cache.ts can replay a run for more states than the exact values it read:
// - an ADD: `~ x = x + 1` (and `~ raise(x)`, whose body is that with x a reference): read, a whole number, + or -,
//   written straight back. The run then depends on x only as "a whole number", and adds the same amount to any.
// - a TEST: `{x > 1}`, `{teacup}`, `{not drugged}` as a condition: the run depends only on the test's answer.
// Each pattern is a few objects in a row in one container, between "ev" and "/ev", so the value read can go
// nowhere else.

import { ChoicePoint } from 'inkjs/engine/ChoicePoint';
import { ControlCommand } from 'inkjs/engine/ControlCommand';
import { Divert } from 'inkjs/engine/Divert';
import { NativeFunctionCall } from 'inkjs/engine/NativeFunctionCall';
import type { Story } from 'inkjs/engine/Story';
import { BoolValue, IntValue } from 'inkjs/engine/Value';
import { VariableAssignment } from 'inkjs/engine/VariableAssignment';
import { VariableReference } from 'inkjs/engine/VariableReference';

export type ReadSite =
  | { kind: 'add'; write: VariableAssignment }
  /**
   * The answer the test gives for a value with `more` added (a score the run has added to already), or null for a
   * value of another kind (then it is an ordinary read).
   */
  | { kind: 'test'; id: string; answer: (v: unknown, more: number) => string | null };

interface ContainerLike {
  content?: unknown[];
  namedContent?: Map<string, unknown>;
}

const found = new WeakMap<object, Map<object, ReadSite>>();

/** Each such read (a VariableReference), with what its value is used for. */
export function readSites(story: Story): Map<object, ReadSite> {
  const root = story.mainContentContainer as unknown as object;
  let sites = found.get(root);
  if (sites) return sites;
  sites = new Map();
  const seen = new Set<ContainerLike>();
  const walk = (c: ContainerLike) => {
    if (seen.has(c)) return;
    seen.add(c);
    const content = c.content ?? [];
    for (let i = 0; i < content.length; i += 1) {
      const x = content[i];
      if (x instanceof VariableReference) {
        const site = siteAt(content, i, sites.size);
        if (site) sites.set(x, site);
      } else if (x && typeof x === 'object' && 'content' in x) walk(x as ContainerLike);
    }
    for (const x of c.namedContent?.values() ?? []) {
      if (x && typeof x === 'object' && 'content' in x) walk(x as ContainerLike);
    }
  };
  walk(root as ContainerLike);
  found.set(root, sites);
  return sites;
}

const isCommand = (x: unknown, type: number) => x instanceof ControlCommand && x.commandType === type;

const comparisons: Record<string, (a: number, b: number) => boolean> = {
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** Ink's truthiness of a true/false or whole-number value; null for anything else. */
const truth = (v: unknown): boolean | null =>
  v instanceof BoolValue ? Boolean(v.value) : v instanceof IntValue ? v.value !== 0 : null;

/** The object pops the value on top of the stack only to ask if it is true: a conditional divert or option. */
function asksTruth(x: unknown): boolean {
  if (x instanceof ChoicePoint) return x.hasCondition;
  const first = (x as ContainerLike | null)?.content?.[0];
  return (
    x !== null && typeof x === 'object' && 'content' in x && first instanceof Divert && first.isConditional
  );
}

function siteAt(content: unknown[], i: number, n: number): ReadSite | null {
  const [before, read, a, b, c, d] = [
    content[i - 1],
    content[i],
    content[i + 1],
    content[i + 2],
    content[i + 3],
    content[i + 4],
  ];
  if (!(read instanceof VariableReference) || read.pathForCount !== null || read.name === null) return null;
  // Evaluating (not writing text): just after "ev", or after "/str" (an option's text, inside the condition's "ev").
  const evaluating = isCommand(before, ControlCommand.CommandType.EvalStart);
  if (!evaluating && !isCommand(before, ControlCommand.CommandType.EndString)) return null;
  const id = `${n}`;
  // x + 1, written back to x
  if (
    evaluating &&
    a instanceof IntValue &&
    b instanceof NativeFunctionCall &&
    (b.name === '+' || b.name === '-') &&
    isCommand(c, ControlCommand.CommandType.EvalEnd) &&
    d instanceof VariableAssignment &&
    !d.isNewDeclaration &&
    d.variableName === read.name
  )
    return { kind: 'add', write: d };
  // x > 1: the comparison's answer is all that goes on
  if (a instanceof IntValue && b instanceof NativeFunctionCall && comparisons[b.name]) {
    const compare = comparisons[b.name]!;
    const k = Number(a.value);
    return {
      kind: 'test',
      id,
      answer: (v, more) => (v instanceof IntValue ? `${compare(Number(v.value) + more, k)}` : null),
    };
  }
  // {x} or {not x} as a condition
  if (isCommand(a, ControlCommand.CommandType.EvalEnd) && asksTruth(b))
    return { kind: 'test', id, answer: truthOf };
  if (
    a instanceof NativeFunctionCall &&
    a.name === '!' &&
    isCommand(b, ControlCommand.CommandType.EvalEnd) &&
    asksTruth(c)
  )
    return { kind: 'test', id, answer: truthOf };
  return null;
}

function truthOf(v: unknown, more: number): string | null {
  if (more !== 0) return v instanceof IntValue ? `${Number(v.value) + more !== 0}` : null;
  const t = truth(v);
  return t === null ? null : `${t}`;
}
