// `npm run bench -- --json` must leave standard output as JSON alone, so a program can parse it. The two parts
// that can be checked without a browser: the Chromium installer (its messages and apt-get's output go to stderr)
// and the bench's closing output (with --json the tables go to stderr and only the JSON to stdout).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printResults } from '../../scripts/bench/output.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** A stream stand-in that keeps what is written to it. */
function sink() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

describe('the Chromium installer', () => {
  it('sends its own messages and the installer’s output to stderr, nothing to stdout', () => {
    // Fake apt-get and sudo first on PATH: they print on both streams, and "install" creates the browser file.
    const dir = mkdtempSync(join(tmpdir(), 'ensure-chromium-'));
    const chromium = join(dir, 'chromium');
    const script = (name: string, body: string) => {
      writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
      chmodSync(join(dir, name), 0o755);
    };
    script(
      'apt-get',
      'echo "apt-get out $*"\necho "apt-get err $*" >&2\ncase "$*" in *install*) : > "$CHROMIUM_PATH";; esac',
    );
    script('sudo', 'exec "$@"');
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/ensure-chromium.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: chromium, PATH: `${dir}${delimiter}${process.env.PATH ?? ''}` },
    });
    expect(run.status).toBe(0);
    expect(existsSync(chromium)).toBe(true);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Chromium not found');
    expect(run.stderr).toContain('apt-get out update -qq');
    expect(run.stderr).toContain('apt-get out install -y -qq chromium');
    expect(run.stderr).toContain('apt-get err install');
  });
});

describe('the bench’s closing output', () => {
  const results = JSON.parse(readFileSync(join(ROOT, 'bench/latest-results.json'), 'utf8'));

  it('with --json writes the results JSON and nothing else to stdout, the tables to stderr', () => {
    const stdout = sink();
    const stderr = sink();
    printResults(results, { json: true, outFile: join(ROOT, 'out.json'), stdout, stderr });
    expect(JSON.parse(stdout.text())).toEqual(results);
    expect(stderr.text()).toContain('Budgets (bench/budgets.json):');
    expect(stderr.text()).toContain('Results: out.json');
  });

  it('without --json writes the tables to stdout and nothing to stderr', () => {
    const stdout = sink();
    const stderr = sink();
    printResults(results, { json: false, outFile: join(ROOT, 'out.json'), stdout, stderr });
    expect(stdout.text()).toContain('Budgets (bench/budgets.json):');
    expect(() => JSON.parse(stdout.text())).toThrow();
    expect(stderr.text()).toBe('');
  });

  it('lists the longest tasks while playing at 4x, with the scenario and the press before each', () => {
    const withLongest = {
      ...results,
      diagnostics: {
        ...results.diagnostics,
        longestWhilePlaying: {
          x4: [
            {
              ms: 131,
              scenario: 'nobody-to-ask',
              afterPress: { kind: 'continue', ms: 24 },
              scripts: ['BUTTON#continue.onclick 40'],
              renderMs: 9,
            },
            { ms: 96, scenario: 'nothing-changes', afterPress: null, scripts: [], renderMs: 0 },
            {
              ms: 88,
              scenario: 'just-being-friendly',
              afterPress: { kind: 'start', ms: 410 },
              scripts: ['Scheduler.yield.then 88'],
              renderMs: 0,
            },
          ],
        },
      },
    };
    const stdout = sink();
    printResults(withLongest, { json: false, outFile: join(ROOT, 'out.json'), stdout, stderr: sink() });
    expect(stdout.text()).toContain(
      '   131  nobody-to-ask, 24 ms after a continue: BUTTON#continue.onclick 40',
    );
    expect(stdout.text()).toContain(
      "    96  nothing-changes, before any press: no script (the browser's own work)",
    );
    expect(stdout.text()).toContain(
      '    88  just-being-friendly, 410 ms after its Start: Scheduler.yield.then 88',
    );
  });
});
