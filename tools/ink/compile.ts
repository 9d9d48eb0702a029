// Compiles an .ink file (with its INCLUDEs) in Node with the inkjs compiler. Shared by the Vite plugin, the story
// checker and the tests, so a story that the checker passes is byte for byte the story the game plays.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import type { Story } from 'inkjs/engine/Story';

export interface InkDiagnostic {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface CompiledInk {
  file: string;
  /** Compiled story JSON, as the runtime loads it. */
  json: string;
  /** A short hash of the JSON: saves made against other content replay their choices instead of loading state. */
  hash: string;
  /** The compiler's runtime story, which still has debug metadata (choice line numbers). Null on failure. */
  story: Story | null;
  /** Every file read, the main one first: the watcher re-compiles when any of them changes. */
  files: string[];
  /** Source text of every file read, for finding the line a piece of text came from. */
  sources: Map<string, string>;
  errors: InkDiagnostic[];
  warnings: InkDiagnostic[];
}

// inkjs reports "ERROR: 'path' line 12: message" (and sometimes without the file part).
const MESSAGE =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

export function parseInkMessage(raw: string, fallbackFile: string): InkDiagnostic {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return { file: fallbackFile, line: 0, message: raw.trim(), severity: 'error' };
  const [, kind = 'ERROR', file, line, message = ''] = m;
  return {
    file: file || fallbackFile,
    line: line ? Number(line) : 0,
    message: message.trim(),
    severity: kind.includes('ERROR') ? 'error' : 'warning',
  };
}

export function hashJson(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export interface CompileOptions {
  /** Count every knot's visits (the checker, to find knots never reached). The game's build leaves it off. */
  countAllVisits?: boolean;
  source?: string;
}

export function compileInkFile(path: string, opts: CompileOptions = {}): CompiledInk {
  const { source, countAllVisits = false } = opts;
  const file = resolve(path);
  const root = dirname(file);
  const files = [file];
  const sources = new Map<string, string>();
  const main = source ?? readFileSync(file, 'utf8');
  sources.set(file, main);
  const messages: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => (isAbsolute(name) ? name : resolve(root, name)),
    LoadInkFileContents: (full: string) => {
      files.push(full);
      const text = readFileSync(full, 'utf8');
      sources.set(full, text);
      return text;
    },
  };
  const options = new CompilerOptions(
    file,
    [],
    countAllVisits,
    (message: string) => messages.push(message),
    fileHandler,
  );
  const compiler = new Compiler(main, options);
  let story: Story | null = null;
  try {
    story = compiler.Compile();
  } catch (e) {
    // inkjs throws "Compilation failed." after reporting through the handler; anything else is a real surprise.
    const text = e instanceof Error ? e.message : String(e);
    if (!/Compilation failed/i.test(text)) messages.push(`ERROR: '${file}' ${text}`);
  }
  const diagnostics = messages
    .map((m) => parseInkMessage(m, file))
    .map((d) => ({ ...d, file: resolve(root, d.file) }));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!story && errors.length === 0)
    errors.push({ file, line: 0, message: 'the ink compiler failed without a message', severity: 'error' });
  const json = story && errors.length === 0 ? (story.ToJson() ?? '') : '';
  return {
    file,
    json,
    hash: json ? hashJson(json) : '',
    story: errors.length === 0 ? story : null,
    files: [...new Set(files)],
    sources,
    errors,
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
  };
}

/** "stories/x.ink:12: message", relative to the working folder so editors can jump to it. */
export function formatDiagnostic(
  d: { file: string; line: number; message: string },
  cwd = process.cwd(),
): string {
  const where = relative(cwd, d.file) || d.file;
  return `${where}${d.line ? `:${d.line}` : ''}: ${d.message}`;
}
