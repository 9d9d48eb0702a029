// Compiles an .ink file (with its INCLUDEs) in Node with the inkjs compiler. Shared by the Vite plugin, the story
// checker and the tests, so a story that the checker passes is byte for byte the story the game plays. The
// compiling itself is compile-source.ts (browser-safe); this file adds what needs Node: reading files, absolute
// paths and the content hash.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { compileInkSource, type CompiledInk, type InkFiles } from './compile-source.ts';

export { parseInkMessage, type CompiledInk, type InkDiagnostic } from './compile-source.ts';

export function hashJson(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export interface CompileOptions {
  /** Count every knot's visits (the checker, to find knots never reached). The game's build leaves it off. */
  countAllVisits?: boolean;
  source?: string;
}

/** INCLUDEs found beside the main file, read from disk. */
export const NODE_FILES: InkFiles = {
  resolve: (name, root) => (isAbsolute(name) ? name : resolve(root, name)),
  read: (full) => readFileSync(full, 'utf8'),
};

export function compileInkFile(path: string, opts: CompileOptions = {}): CompiledInk {
  const { source, countAllVisits = false } = opts;
  const file = resolve(path);
  const main = source ?? readFileSync(file, 'utf8');
  const compiled = compileInkSource(main, file, { countAllVisits, files: NODE_FILES });
  return { ...compiled, hash: compiled.json ? hashJson(compiled.json) : '' };
}

/** "stories/x.ink:12: message", relative to the working folder so editors can jump to it. */
export function formatDiagnostic(
  d: { file: string; line: number; message: string },
  cwd = process.cwd(),
): string {
  const where = relative(cwd, d.file) || d.file;
  return `${where}${d.line ? `:${d.line}` : ''}: ${d.message}`;
}
