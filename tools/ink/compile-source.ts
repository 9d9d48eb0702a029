// Compiles ink source text with the inkjs compiler. Browser-safe (no Node modules): the workshop's checker runs it in
// a Web Worker. The Node wrapper (compile.ts) adds file reading, absolute paths and the content hash.

import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import type { Story } from 'inkjs/engine/Story';
import { joinPath, parentOf } from './paths.ts';

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

/** How INCLUDEd files are found and read. Without one, an INCLUDE is an error (the workshop has one file). */
export interface InkFiles {
  resolve(name: string, root: string): string;
  read(path: string): string;
}

export interface CompileSourceOptions {
  /** Count every knot's visits (the checker, to find knots never reached). The game's build leaves it off. */
  countAllVisits?: boolean;
  files?: InkFiles;
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

const NO_INCLUDES: InkFiles = {
  resolve: (name, root) => joinPath(root, name),
  read: (path) => {
    throw new Error(`INCLUDE is not available here ("${path}"): keep the whole story in one file`);
  },
};

/** Compiles `source`, the text of `file` (a name used in messages, and the root for INCLUDEs). */
export function compileInkSource(source: string, file: string, opts: CompileSourceOptions = {}): CompiledInk {
  const { countAllVisits = false, files: handler = NO_INCLUDES } = opts;
  const root = parentOf(file);
  const files = [file];
  const sources = new Map<string, string>([[file, source]]);
  const messages: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => handler.resolve(name, root),
    LoadInkFileContents: (full: string) => {
      files.push(full);
      const text = handler.read(full);
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
  let story: Story | null = null;
  try {
    story = new Compiler(source, options).Compile();
  } catch (e) {
    // inkjs throws "Compilation failed." after reporting through the handler; anything else is a real surprise.
    const text = e instanceof Error ? e.message : String(e);
    if (!/Compilation failed/i.test(text)) messages.push(`ERROR: '${file}' ${text}`);
  }
  const diagnostics = messages
    .map((m) => parseInkMessage(m, file))
    .map((d) => ({ ...d, file: handler.resolve(d.file, root) }));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!story && errors.length === 0)
    errors.push({ file, line: 0, message: 'the ink compiler failed without a message', severity: 'error' });
  const json = story && errors.length === 0 ? (story.ToJson() ?? '') : '';
  return {
    file,
    json,
    hash: '',
    story: errors.length === 0 ? story : null,
    files: [...new Set(files)],
    sources,
    errors,
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
  };
}
