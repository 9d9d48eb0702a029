// One story, start to finish: compile, explore, analyse. The CLI, the Vite plugin and the tests all call this.

import { parseStoryMeta, type Registries } from '../../src/story/tags.ts';
import { compileInkFile, type CompiledInk } from '../ink/compile.ts';
import { analyse, type StoryReport } from './analyse.ts';
import { explore } from './explore.ts';
import { optionSetFigures, seniorPattern } from './option-sets.ts';
import { SourceIndex } from './source-index.ts';
import { readsOf } from './state-key.ts';

export interface CheckOptions {
  registries: Registries;
  maxStates?: number;
  maxSeconds?: number;
  /** Check the countable parts of the scenario bar (on for the stories we ship). */
  bar?: boolean;
  /** What counts as naming a senior in an option (option-sets.ts seniorPattern); senior words alone by default. */
  senior?: RegExp;
}

export interface Checked {
  report: StoryReport;
  compiled: CompiledInk;
}

export function checkCompiled(compiled: CompiledInk, options: CheckOptions): StoryReport {
  const base = {
    file: compiled.file,
    title: null,
    complete: false,
    states: 0,
    statesPerSecond: 0,
    endings: [],
    decisionPoints: 0,
    threeOptionShare: 0,
    minDecisions: 0,
    maxDecisions: 0,
    outcomes: {},
    criticals: 0,
    optionSets: optionSetFigures([], seniorPattern([])),
    notes: 0,
    partners: { decisionPoints: 0, withDirection: 0, missing: [] },
    roleplay: { cards: [], notes: [] },
    speakers: [],
    moods: {},
    documents: [],
  };
  const toDiag = (d: { file: string; line: number; message: string }) => ({
    file: d.file,
    line: d.line,
    message: d.message,
  });
  if (!compiled.story) {
    return { ...base, errors: compiled.errors.map(toDiag), warnings: compiled.warnings.map(toDiag) };
  }
  // Explore a second compile that counts every visit, so knots never reached can be found; the state key keeps
  // only the counts the game's own compile reads.
  const counted = compileInkFile(compiled.file, {
    countAllVisits: true,
    source: compiled.sources.get(compiled.file),
  });
  const story = counted.story ?? compiled.story;
  const globalTags = story.globalTags ?? [];
  // A story is one of ours when it declares the outcomes it evidences; any other ink gets warnings, not errors.
  const strict = globalTags.some((t) => t.trim().startsWith('outcomes:'));
  const { meta } = parseStoryMeta(globalTags, options.registries);
  const index = new SourceIndex(compiled.sources, compiled.file);
  const exploration = explore(story, index, {
    registries: strict ? options.registries : {},
    reads: readsOf(compiled.story, compiled.json),
    maxStates: options.maxStates ?? 20000,
    maxSeconds: options.maxSeconds ?? 120,
  });
  const report = analyse(compiled.file, meta, exploration, {
    strict,
    bar: options.bar ?? true,
    senior: options.senior,
  });
  const compileWarnings = compiled.warnings.map(toDiag);
  if (strict) report.errors.unshift(...compileWarnings);
  else report.warnings.unshift(...compileWarnings);
  return report;
}

export function checkFile(file: string, options: CheckOptions): Checked {
  const compiled = compileInkFile(file);
  return { compiled, report: checkCompiled(compiled, options) };
}
