// Vite plugin: compiles stories/*.ink at dev and build time (and for Vitest), with file and line in every error,
// and generates the scenario catalogue from the stories' global tags. Adding a scenario is adding a file.

import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkCompiled } from '../checker/check.ts';
import { compileInkFile, formatDiagnostic, type InkDiagnostic } from './compile.ts';
import { loadStoryData, registriesFrom } from './registries.ts';
import { parseStoryMeta } from '../../src/story/tags.ts';
import type { CompiledScenario, ScenarioCard } from '../../src/story/scenario.ts';

const CATALOGUE = 'virtual:scenarios';
const RESOLVED = '\0virtual:scenarios';

export interface InkPluginOptions {
  /** Where the scenarios live (default: stories/ beside vite.config.ts). */
  storiesDir?: string;
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let storiesDir = resolve(options.storiesDir ?? 'stories');
  // Each story is checked against the registries beside it (stories/*.json; test fixtures have their own).
  const registries = (dir = storiesDir) => registriesFrom(loadStoryData(dir));

  const fail = (
    ctx: {
      error: (e: {
        message: string;
        id: string;
        loc: { file: string; line: number; column: number };
      }) => never;
    },
    list: InkDiagnostic[] | { file: string; line: number; message: string }[],
  ) => {
    const first = list[0]!;
    ctx.error({
      message: list.map((d) => formatDiagnostic(d)).join('\n'),
      id: first.file,
      loc: { file: first.file, line: first.line || 1, column: 0 },
    });
  };

  return {
    name: 'care-conversations-ink',
    configResolved(config) {
      storiesDir = resolve(config.root, options.storiesDir ?? 'stories');
    },
    resolveId(id) {
      return id === CATALOGUE ? RESOLVED : null;
    },
    load(id) {
      if (id === RESOLVED) {
        const cards = scenarioFiles(storiesDir).map((file) => {
          this.addWatchFile(file);
          const c = compileInkFile(file);
          if (c.errors.length) fail(this, c.errors);
          const { meta } = parseStoryMeta(c.story?.globalTags ?? [], registries());
          const card: ScenarioCard = {
            id: basename(file, '.ink'),
            ...meta,
            decisionPoints: decisionPoints(c.json),
          };
          return `{ ...${JSON.stringify(card)}, load: () => import(${JSON.stringify(file)}) }`;
        });
        return `export const scenarios = [\n${cards.join(',\n')}\n];\n`;
      }
      if (!id.endsWith('.ink')) return null;
      const file = id.split('?')[0]!;
      const compiled = compileInkFile(file);
      for (const f of compiled.files) this.addWatchFile(f);
      // Ink warnings fail the build too: a loose end in a scenario is a bug a learner would walk into.
      if (compiled.errors.length || compiled.warnings.length)
        fail(this, [...compiled.errors, ...compiled.warnings]);
      const report = checkCompiled(compiled, { registries: registries(dirname(file)), bar: false });
      if (report.errors.length) fail(this, report.errors);
      const { meta } = parseStoryMeta(compiled.story?.globalTags ?? [], registries(dirname(file)));
      const scenario: CompiledScenario = {
        id: basename(file, '.ink'),
        hash: compiled.hash,
        meta,
        ranges: Object.fromEntries(
          Object.entries(report.outcomes).map(([k, o]) => [k, { min: o.min, max: o.max }]),
        ),
        endings: report.endings,
        decisions: { min: report.minDecisions, max: report.maxDecisions },
        json: compiled.json,
        roleplay: report.roleplay,
      };
      return `export default ${JSON.stringify(scenario)};\n`;
    },
    configureServer(server) {
      // A new or deleted story changes the catalogue: rebuild it and reload the page.
      const refresh = (path: string) => {
        if (!path.startsWith(storiesDir) || !path.endsWith('.ink')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(storiesDir);
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
    },
  };
}

/**
 * The decision points in a compiled story, cheaply, for the scenario list's "with a room" length: its options
 * (each is one choice point, "*", in ink's JSON) over three, the options per decision the scenario bar asks for.
 * Running the full checker here would double the build time; on the seven stories this is within 2 of the
 * checker's own count. None for a story with no options.
 */
export function decisionPoints(json: string): number | undefined {
  const options = json.match(/"\*":/g)?.length ?? 0;
  return options > 0 ? Math.round(options / 3) : undefined;
}

/** Scenarios are the .ink files directly in stories/; sub-folders hold INCLUDEd parts. */
export function scenarioFiles(storiesDir: string): string[] {
  return readdirSync(storiesDir)
    .filter((f) => f.endsWith('.ink'))
    .sort()
    .map((f) => join(storiesDir, f));
}
