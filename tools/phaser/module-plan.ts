// The order in which Phaser's CommonJS modules can be evaluated a few at a time, with the same result as one
// `require` of its entry. Phaser evaluates as one task of about 300 ms on a 4x-throttled tablet, and a learner's
// press on the title queues behind it (#25). A bundler wraps each CommonJS module in a function that runs its body
// on first `require`, so the game can require the modules itself, one slice at a time, before the entry.
//
// Modules are required in the order the entry's own require finishes them (post-order), so each one finds its
// dependencies finished, as it would have. A require cycle is the exception: its modules see each other half-made,
// and which half depends on which of them is entered first. So a cycle is one step, entered at the module the
// entry's require enters first. Pure: the Vite plugin (vite-plugin.ts) gives it the files.
import { parse } from 'acorn';

export interface ModuleSource {
  /** The requires its evaluation makes, in source order, as written ('./x', '../y/', 'eventemitter3'). */
  requires: string[];
  /** Requires inside its functions, made when one is called. */
  deferred?: string[];
  /** A rough cost: the size of its code without comments. */
  size: number;
}

export interface ModulePlan {
  /** The modules to require one at a time, dependencies first, in the order the entry's require evaluates them
   *  (the entry last), then the modules only required inside functions, in the same way. */
  steps: string[];
  /** Modules in a require cycle other than its first: each is evaluated in the step of its cycle's first module. */
  inCycles: string[];
  /** The code size of every module. */
  size: number;
  /** The cycle with the most code: the largest step. */
  largestCycle: { root: string; modules: number; size: number } | null;
}

/**
 * `read(id)` gives a module's requires and size; `resolve(from, request)` turns a request into a module id.
 * Throws if a request cannot be resolved, so a new Phaser that moves a file fails the build, not the stage.
 */
export function planModules(
  entry: string,
  read: (id: string) => ModuleSource,
  resolve: (from: string, request: string) => string,
): ModulePlan {
  const deps = new Map<string, string[]>();
  const size = new Map<string, number>();
  const postOrder: string[] = [];
  // Tarjan's strongly connected components, iteratively (Phaser's require chains are deep).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const later: string[] = []; // modules required inside functions
  const inCycle = new Set<string>();
  /** Each module in a cycle, mapped to the first module of its cycle the entry's require reaches. */
  const cycleRoot = new Map<string, string>();
  let next = 0;
  const visit = (root: string) => {
    const work: { id: string; i: number }[] = [{ id: root, i: 0 }];
    const open = (id: string) => {
      index.set(id, next);
      low.set(id, next);
      next += 1;
      stack.push(id);
      onStack.add(id);
      const src = read(id);
      size.set(id, src.size);
      later.push(...(src.deferred ?? []).map((r) => resolve(id, r)));
      deps.set(
        id,
        src.requires.map((r) => resolve(id, r)),
      );
    };
    open(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const ds = deps.get(top.id)!;
      if (top.i < ds.length) {
        const d = ds[top.i]!;
        top.i += 1;
        if (!index.has(d)) {
          open(d);
          work.push({ id: d, i: 0 });
        } else if (onStack.has(d)) {
          low.set(top.id, Math.min(low.get(top.id)!, index.get(d)!));
        }
        continue;
      }
      work.pop();
      postOrder.push(top.id);
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(top.id)!));
      if (low.get(top.id) === index.get(top.id)) {
        const component: string[] = [];
        let m: string;
        do {
          m = stack.pop()!;
          onStack.delete(m);
          component.push(m);
        } while (m !== top.id);
        const selfLoop = deps.get(top.id)!.includes(top.id);
        if (component.length > 1 || selfLoop)
          for (const c of component) {
            inCycle.add(c);
            cycleRoot.set(c, top.id);
          }
      }
    }
  };
  visit(entry);
  // A module required only inside a function is evaluated when that is first called (Phaser's renderer, when the
  // game boots). Everything is loaded by then, so evaluating it just after the entry is the same, and earlier.
  for (let i = 0; i < later.length; i += 1) if (!index.has(later[i]!)) visit(later[i]!);
  // A cycle's first module, required on its own, evaluates the whole cycle just as the entry's require would: none
  // of the modules it reaches is half-made at that moment (a module that reached back to one would be in the
  // cycle). So it is a step of its own, at its place in the order; the other modules of the cycle are not.
  const steps = postOrder.filter((id) => !inCycle.has(id) || cycleRoot.get(id) === id);
  const inCycles = postOrder.filter((id) => inCycle.has(id) && cycleRoot.get(id) !== id);
  const cycles = new Map<string, { modules: number; size: number }>();
  for (const id of inCycle) {
    const root = cycleRoot.get(id)!;
    const c = cycles.get(root) ?? { modules: 0, size: 0 };
    c.modules += 1;
    c.size += size.get(id)!;
    cycles.set(root, c);
  }
  const largest = [...cycles].sort((x, y) => y[1].size - x[1].size)[0];
  return {
    steps,
    inCycles,
    size: postOrder.reduce((sum, id) => sum + size.get(id)!, 0),
    largestCycle: largest ? { root: largest[0], ...largest[1] } : null,
  };
}

/** The requires a CommonJS file makes, from its syntax tree: those its evaluation makes (`requires`), and those
 *  inside a function, made when it is called (`deferred`). Code behind `if (false)` is left out: Phaser's build
 *  flags, once replaced, leave its optional parts there, and the bundler drops them. */
export function readRequires(code: string): ModuleSource & { deferred: string[] } {
  let commentChars = 0;
  const tree = parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    onComment: (_block, _text, start, end) => {
      commentChars += end - start;
    },
  });
  const requires: string[] = [];
  const deferred: string[] = [];
  const walk = (node: unknown, inFunction: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inFunction));
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; [k: string]: unknown };
    if (typeof n.type !== 'string') return;
    if (n.type === 'IfStatement' && isFalse(n.test)) return walk(n.alternate, inFunction);
    if (n.type === 'CallExpression' && isRequire(n)) {
      const arg = (n.arguments as { value?: unknown }[])[0]?.value;
      if (typeof arg === 'string') (inFunction ? deferred : requires).push(arg);
    }
    const fn = /Function/.test(n.type);
    for (const [k, v] of Object.entries(n))
      if (k !== 'type' && v && typeof v === 'object') walk(v, inFunction || fn);
  };
  walk(tree, false);
  return { requires, deferred, size: code.length - commentChars };
}

function isFalse(node: unknown): boolean {
  return (
    (node as { type?: string; value?: unknown })?.type === 'Literal' &&
    (node as { value?: unknown }).value === false
  );
}

function isRequire(node: { [k: string]: unknown }): boolean {
  const callee = node.callee as { type?: string; name?: string } | undefined;
  return callee?.type === 'Identifier' && callee.name === 'require';
}
