// The order in which Phaser's CommonJS modules can be evaluated a few at a time, with the same result as one
// `require` of its entry. Phaser evaluates as one task of about 300 ms on a 4x-throttled tablet, and a learner's
// press on the title queues behind it (#25). A bundler wraps each CommonJS module in a function that runs its body
// on first `require`, so the game can require the modules itself, one slice at a time, before the entry.
//
// That is only safe for a module none of whose dependencies (however deep) is part of a require cycle: such a
// module, evaluated early, sees exactly what it would have seen (every dependency finished). A module in or
// above a cycle can see a half-made dependency, and which half depends on the order, so those are left for the
// entry's own `require` at the end. Pure: the Vite plugin (vite-plugin.ts) gives it the files.

export interface ModuleSource {
  /** The module's requires, in source order, as written ('./x', '../y/', 'eventemitter3'). */
  requires: string[];
  /** A rough cost: the size of its code without comments. */
  size: number;
}

export interface ModulePlan {
  /** Modules safe to evaluate early, dependencies first, in the order the entry would evaluate them. */
  early: string[];
  /** Modules left to the entry's own require (in or above a cycle), the entry among them. */
  late: string[];
  /** The code size of each group. */
  earlySize: number;
  lateSize: number;
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
  const inCycle = new Set<string>();
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
        if (component.length > 1 || selfLoop) for (const c of component) inCycle.add(c);
      }
    }
  };
  visit(entry);
  // Above a cycle: a module that reaches one. In post-order every dependency comes first (except back edges,
  // which are cycles and already marked), so one pass settles it.
  const late = new Set<string>(inCycle);
  for (const id of postOrder) if (deps.get(id)!.some((d) => late.has(d))) late.add(id);
  late.add(entry);
  const early = postOrder.filter((id) => !late.has(id));
  const lateList = postOrder.filter((id) => late.has(id));
  const sum = (ids: string[]) => ids.reduce((s, id) => s + size.get(id)!, 0);
  return { early, late: lateList, earlySize: sum(early), lateSize: sum(lateList) };
}

/** The requires a CommonJS file makes, comments left out, and blocks behind `if (false)` too (Phaser's build
 *  flags, once replaced, leave its optional parts there: the bundler drops them, so must the plan). */
export function readRequires(code: string): ModuleSource {
  const bare = withoutDeadBlocks(withoutComments(code));
  const requires = [...bare.matchAll(/\brequire\(\s*(['"])([^'"]+)\1\s*\)/g)].map((m) => m[2]!);
  return { requires, size: bare.replace(/\s+/g, ' ').length };
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function withoutDeadBlocks(code: string): string {
  let out = code;
  for (;;) {
    const at = out.search(/\bif\s*\(\s*false\s*\)\s*\{/);
    if (at < 0) return out;
    let i = out.indexOf('{', at);
    let depth = 0;
    for (; i < out.length; i += 1) {
      if (out[i] === '{') depth += 1;
      else if (out[i] === '}' && --depth === 0) break;
    }
    out = out.slice(0, at) + out.slice(i + 1);
  }
}
