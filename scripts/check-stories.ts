// npm run check:stories [FILE…] [--json] [--max-states N] [--no-bar]
// Compiles and explores each story (all of stories/*.ink when no file is given) and reports errors with file and
// line, and the figures the scenario bar asks for. Exits 1 on any error. The scenario bar is in full (its
// shortfalls are errors) for stories/; for a file anywhere else, a trainer's own scenario, it is advice: shown,
// never failing.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { formatDiagnostic } from '../tools/ink/compile';
import { checkFile } from '../tools/checker/check';
import type { StoryReport } from '../tools/checker/analyse';
import { loadStoryData, registriesFrom } from '../tools/ink/registries';
import { castProblems, duplicateCastIds } from '../tools/checker/cast';
import { seniorNames, seniorPattern } from '../tools/checker/option-sets';

const HELP = `usage: npm run check:stories -- [FILE…] [--json] [--max-states N] [--no-bar]
  FILE          .ink files to check (default: every stories/*.ink); outside stories/ the scenario bar is advice
  --json        print one JSON object instead of the text report
  --max-states  stop exploring a story after N choice-point states (default 20000)
  --no-bar      do not check the scenario bar (decisions, endings, criticals, notes, option sets, role cards)`;

function main(argv: string[]): number {
  const files: string[] = [];
  let json = false;
  let bar = true;
  let maxStates = 20000;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      console.log(HELP);
      return 0;
    } else if (a === '--json') json = true;
    else if (a === '--no-bar') bar = false;
    else if (a === '--max-states') {
      maxStates = Number(argv[(i += 1)]);
      if (!Number.isInteger(maxStates) || maxStates < 1) {
        console.error('--max-states needs a whole number');
        return 2;
      }
    } else if (a.startsWith('-')) {
      console.error(`unknown option ${a}\n${HELP}`);
      return 2;
    } else files.push(a);
  }
  const storiesDir = 'stories';
  if (files.length === 0) {
    files.push(
      ...readdirSync(storiesDir)
        .filter((f) => f.endsWith('.ink'))
        .sort()
        .map((f) => join(storiesDir, f)),
    );
  }
  const data = loadStoryData(storiesDir);
  // A story is checked against the registries beside it (so a test fixture folder can have its own cast).
  const registriesFor = (file: string) =>
    existsSync(join(dirname(file), 'cast.json'))
      ? registriesFrom(loadStoryData(dirname(file)))
      : registriesFrom(data);
  const senior = seniorPattern(seniorNames(data.cast));
  // stories/ gets the full bar; any other file is a trainer's own scenario, where the bar is advice.
  const shipped = (file: string) => resolve(file).startsWith(resolve(storiesDir) + sep);
  const barFor = (file: string) => (!bar ? 'off' : shipped(file) ? 'full' : 'advice');
  const reports: StoryReport[] = files.map(
    (f) => checkFile(f, { registries: registriesFor(f), maxStates, bar: barFor(f), senior }).report,
  );
  const castErrors = [
    ...duplicateCastIds(readFileSync(join(storiesDir, 'cast.json'), 'utf8')),
    ...castProblems(data),
  ];
  const failed = reports.some((r) => r.errors.length > 0) || castErrors.length > 0;
  if (json) {
    const rel = (r: StoryReport) => ({
      ...r,
      file: relative(process.cwd(), r.file),
      errors: r.errors.map((d) => ({ ...d, file: relative(process.cwd(), d.file) })),
      warnings: r.warnings.map((d) => ({ ...d, file: relative(process.cwd(), d.file) })),
      advice: r.advice.map((d) => ({ ...d, file: relative(process.cwd(), d.file) })),
      barProblems: r.barProblems.map((d) => ({ ...d, file: relative(process.cwd(), d.file) })),
    });
    console.log(JSON.stringify({ stories: reports.map(rel), cast: castErrors }, null, 2));
  } else {
    reports.forEach((r, i) => printReport(r, barFor(files[i]!)));
    for (const c of castErrors) console.log(`stories/cast.json: ${c}`);
    const errors = reports.reduce((n, r) => n + r.errors.length, 0) + castErrors.length;
    const advice = reports.reduce((n, r) => n + r.advice.length, 0);
    console.log(
      `\n${reports.length} stories checked, ${errors} errors${advice ? `, ${advice} scenario bar advice (not failing)` : ''}`,
    );
  }
  return failed ? 1 : 0;
}

function printReport(r: StoryReport, bar: 'full' | 'advice' | 'off'): void {
  console.log(`\n${relative(process.cwd(), r.file)}${r.title ? ` — ${r.title}` : ''}`);
  console.log(`  ${r.complete ? 'complete' : 'INCOMPLETE'}: ${r.states} states (${r.statesPerSecond}/s)`);
  console.log(`  endings (${r.endings.length}): ${r.endings.join(', ') || 'none'}`);
  console.log(
    `  decision points: ${r.decisionPoints} (${Math.round(r.threeOptionShare * 100)}% with 3+ options); decisions per path: ${r.minDecisions}–${r.maxDecisions}`,
  );
  for (const [id, o] of Object.entries(r.outcomes)) {
    console.log(
      `  ${id}: score ${o.min} to ${o.max}; ${o.scoredChoices} options score it; at least ${o.minDecisions} decisions on every path`,
    );
  }
  const o = r.optionSets;
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  console.log(
    `  option sets: ${o.withOk} of ${r.decisionPoints} decision points offer an ok option (${pct(o.okShare)}); best is the longest in ${o.bestLongest} (${pct(o.bestLongestShare)}); best names a senior in ${o.bestNamesSenior}, is the learner's own move in ${o.bestOwnMove}; ${o.seniorOptionsBest} of ${o.seniorOptions} options naming a senior are best`,
  );
  console.log(
    `  critical options: ${r.criticals}; trainer notes: ${r.notes}; documents: ${r.documents.join(', ') || 'none'}`,
  );
  console.log(
    `  partner directions (role-play in pairs): ${r.partners.withDirection} of ${r.partners.decisionPoints} decision points`,
  );
  const moods = Object.entries(r.moods).map(([who, m]) => `${who} (${m.join(', ')})`);
  console.log(`  moods: ${moods.join('; ') || 'none'}`);
  if (bar !== 'off' && r.complete) {
    const n = r.barProblems.length;
    const kind = bar === 'advice' ? 'advice, not failing' : 'errors';
    console.log(`  scenario bar: ${n === 0 ? 'met' : `${n} shortfall${n === 1 ? '' : 's'} (${kind})`}`);
  }
  for (const d of r.errors) console.log(`  error: ${formatDiagnostic(d)}`);
  for (const d of r.warnings) console.log(`  warning: ${formatDiagnostic(d)}`);
  for (const d of r.advice) console.log(`  advice: ${formatDiagnostic(d)}`);
}

process.exitCode = main(process.argv.slice(2));
