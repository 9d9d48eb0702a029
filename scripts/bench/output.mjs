// The bench's closing output: the readable tables, and with --json the results as JSON. Apart from run.mjs so a
// unit test can check that with --json standard output carries the JSON and nothing else (the tables go to stderr).
import { relative } from 'node:path';
import { format } from 'node:util';
import { budgetTable, table } from './report.mjs';
import { checkerLine } from './checker-run.mjs';

export function printResults(results, { json, outFile, stdout = process.stdout, stderr = process.stderr }) {
  const readable = json ? stderr : stdout;
  const out = (...parts) => readable.write(format(...parts) + '\n');
  out('');
  out(table(results));
  const profile = results.diagnostics?.profile;
  if (profile) {
    out('', 'CPU profile of one 4x load (self time by file, ms):');
    for (const f of profile.byFile.slice(0, 8)) out(`  ${String(f.ms).padStart(6)}  ${f.what}`);
  }
  const longest = results.diagnostics?.longestWhilePlaying?.x4;
  if (longest?.length) {
    out('', 'Longest tasks while playing at 4x (ms, scenario, after which press, scripts in the frame):');
    for (const t of longest)
      out(
        `  ${String(t.ms).padStart(4)}  ${t.scenario ?? '?'}, ${afterWhichPress(t.afterPress)}: ${frameScripts(t.scripts)}`,
      );
  }
  const gpuLine = gpuShareLine(results.diagnostics?.gpuCoresWhilePlaying);
  if (gpuLine) out('', gpuLine);
  if (results.checker) out('', checkerLine(results.checker));
  out('', 'Budgets (bench/budgets.json):', '\n' + budgetTable(results.budgets));
  const errors = results.diagnostics?.errors ?? [];
  if (errors.length)
    out('', `Page errors (${errors.length}):`, '\n  ' + [...new Set(errors)].slice(0, 10).join('\n  '));
  out('', `Results: ${relative(process.cwd(), outFile)}  (${results.durationS} s)`);
  if (json) stdout.write(JSON.stringify(results, null, 2) + '\n');
}

/** "410 ms after its Start", "7 ms after a continue", or "before any press". */
function afterWhichPress(press) {
  if (!press) return 'before any press';
  return `${press.ms} ms after ${press.kind === 'start' ? 'its Start' : `a ${press.kind}`}`;
}

/** The scripts in a long task's frame; an empty list means the frame had none, a missing one that no frame was seen. */
function frameScripts(scripts) {
  if (!scripts) return 'no long frame recorded';
  return scripts.length ? scripts.join('; ') : "no script (the browser's own work)";
}

/** "Chromium's GPU process while playing at 4x: the game 1.18 cores, the ink player 0.25 ...", or null when not
 *  measured (not Linux). */
export function gpuShareLine(gpu) {
  const game = gpu?.game?.x4;
  const ink = gpu?.inkDom?.x4;
  if (typeof game !== 'number') return null;
  const inkPart = typeof ink === 'number' ? `, the ink player ${ink.toFixed(2)}` : '';
  return (
    `Chromium's GPU process while playing at 4x: the game ${game.toFixed(2)} cores${inkPart} ` +
    '(software WebGL and compositing, on the cores the page runs on)'
  );
}
