// One story file, start to finish: compile, explore, analyse. The CLI and the tests call this; the work itself is
// check-compiled.ts (browser-safe), and this adds reading the file and its INCLUDEs from disk.

import { compileInkFile, NODE_FILES, type CompiledInk } from '../ink/compile.ts';
import type { StoryReport } from './analyse.ts';
import { checkCompiled as checkCompiledCore, type CheckOptions } from './check-compiled.ts';

export type { CheckOptions } from './check-compiled.ts';

export interface Checked {
  report: StoryReport;
  compiled: CompiledInk;
}

export function checkCompiled(compiled: CompiledInk, options: CheckOptions): StoryReport {
  return checkCompiledCore(compiled, { files: NODE_FILES, ...options });
}

export function checkFile(file: string, options: CheckOptions): Checked {
  const compiled = compileInkFile(file);
  return { compiled, report: checkCompiled(compiled, options) };
}
