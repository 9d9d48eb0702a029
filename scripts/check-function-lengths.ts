// npm run check:functions [-- --max N] FOLDER…
// Lists every function in the given folders (or files) that spans more than N lines (default 80), longest first,
// with file:line and name, and exits 1 if there is any. It exists to keep the long UI shells visible until they are
// split; the measuring is in tools/function-lengths.ts.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureFunctions, type FunctionSpan } from '../tools/function-lengths';

const SOURCE = /\.(ts|tsx|mts|cts)$/;

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => SOURCE.test(f) && !/\.d\.[mc]?ts$/.test(f))
    .map((f) => join(path, f))
    .sort();
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: { max: { type: 'string', default: '80' } },
    allowPositionals: true,
  });
  const max = Number(values.max);
  if (!Number.isInteger(max) || max < 1 || positionals.length === 0) {
    console.error('usage: tsx scripts/check-function-lengths.ts [--max N] FOLDER…');
    return 2;
  }
  const long: FunctionSpan[] = positionals
    .flatMap(sourceFiles)
    .flatMap((file) => measureFunctions(file, readFileSync(file, 'utf8')))
    .filter((f) => f.lines > max)
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line);
  const where = positionals.join(', ');
  if (long.length === 0) {
    console.log(`No function in ${where} is longer than ${max} lines.`);
    return 0;
  }
  console.log(`${long.length} function(s) in ${where} longer than ${max} lines:`);
  const width = Math.max(...long.map((f) => `${f.file}:${f.line}`.length));
  for (const f of long)
    console.log(`  ${String(f.lines).padStart(5)}  ${`${f.file}:${f.line}`.padEnd(width)}  ${f.name}`);
  return 1;
}

process.exitCode = main();
