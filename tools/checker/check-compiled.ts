// One compiled story, explored and analysed. Browser-safe (no Node modules): the Node entry (check.ts), the Vite
// plugin and the workshop's checker (check-source.ts) all call this.

import { parseStoryMeta, type Registries } from '../../src/story/tags.ts';
import { compileInkSource, type CompiledInk, type InkFiles } from '../ink/compile-source.ts';
import { countEveryVisit } from './count-visits.ts';
import { joinPath } from '../ink/paths.ts';
import { analyse, type BarMode, type StoryReport } from './analyse.ts';
import { explore } from './explore.ts';
import { optionSetFigures, seniorPattern } from './option-sets.ts';
import { SourceIndex } from './source-index.ts';
import { readsOf } from './state-key.ts';

export interface CheckOptions {
  registries: Registries;
  maxStates?: number;
  maxSeconds?: number;
  /** The scenario bar: 'full' (or true, the default) for the stories we ship, 'advice' for anyone else's, 'off'. */
  bar?: BarMode | boolean;
  /** What counts as naming a senior in an option (option-sets.ts seniorPattern); senior words alone by default. */
  senior?: RegExp;
  /**
   * Hold the story to our tag contract (errors, not warnings) even if it declares no `outcomes:`. By default only
   * a story that declares the outcomes it evidences is one of ours.
   */
  strict?: boolean;
  /** How INCLUDEd files resolve when the story is compiled again to count visits (their text is in `sources`). */
  files?: Pick<InkFiles, 'resolve'>;
  /** Count every visit on the compiled story itself instead of compiling it again (count-visits.ts): the workshop
   *  checks on every pause in typing. The compiled story is changed (its JSON is not). */
  countInPlace?: boolean;
}

export function emptyReport(compiled: CompiledInk): StoryReport {
  const toDiag = (d: { file: string; line: number; message: string }) => ({
    file: d.file,
    line: d.line,
    message: d.message,
  });
  return {
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
    errors: compiled.errors.map(toDiag),
    warnings: compiled.warnings.map(toDiag),
    advice: [],
    barProblems: [],
  };
}

export function checkCompiled(compiled: CompiledInk, options: CheckOptions): StoryReport {
  if (!compiled.story) return emptyReport(compiled);
  // Explore a second compile that counts every visit, so knots never reached can be found; the state key keeps
  // only the counts the game's own compile reads. Its files are the ones the first compile read.
  const resolve = options.files?.resolve ?? ((name: string, root: string) => joinPath(root, name));
  const reads = readsOf(compiled.story, compiled.json);
  if (options.countInPlace) countEveryVisit(compiled.story);
  const counted = options.countInPlace
    ? compiled
    : compileInkSource(compiled.sources.get(compiled.file) ?? '', compiled.file, {
        countAllVisits: true,
        files: {
          resolve,
          read: (path) => {
            const text = compiled.sources.get(path);
            if (text === undefined) throw new Error(`${path} was not read by the first compile`);
            return text;
          },
        },
      });
  const story = counted.story ?? compiled.story;
  const globalTags = story.globalTags ?? [];
  // A story is one of ours when it declares the outcomes it evidences; any other ink gets warnings, not errors.
  const strict = options.strict ?? globalTags.some((t) => t.trim().startsWith('outcomes:'));
  const { meta } = parseStoryMeta(globalTags, options.registries);
  const index = new SourceIndex(compiled.sources, compiled.file);
  const exploration = explore(story, index, {
    registries: strict ? options.registries : {},
    reads,
    maxStates: options.maxStates ?? 20000,
    maxSeconds: options.maxSeconds ?? 120,
  });
  const report = analyse(compiled.file, meta, exploration, {
    strict,
    bar: options.bar ?? true,
    senior: options.senior,
  });
  const compileWarnings = compiled.warnings.map((d) => ({ file: d.file, line: d.line, message: d.message }));
  if (strict) report.errors.unshift(...compileWarnings);
  else report.warnings.unshift(...compileWarnings);
  return report;
}
