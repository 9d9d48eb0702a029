// Builds the production game and the two baselines with Vite's JS API into a temporary folder (never over dist/),
// from the same node_modules, so all three use the same inkjs and Phaser.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export const TARGETS = {
  game: { label: 'game', root: ROOT, configFile: join(ROOT, 'vite.config.ts') },
  inkDom: {
    label: 'ink-dom',
    root: join(ROOT, 'bench/baselines/ink-dom'),
    configFile: join(ROOT, 'bench/baselines/vite.config.ts'),
  },
  phaserInk: {
    label: 'phaser-ink',
    root: join(ROOT, 'bench/baselines/phaser-ink'),
    configFile: join(ROOT, 'bench/baselines/vite.config.ts'),
  },
};

/**
 * Builds every target; resolves to { game, inkDom, phaserInk } (their folders) and base (the parent folder).
 * Progress goes to stderr by default, like the rest of the bench's (stdout is for `--json`).
 */
export async function buildAll(story, log = console.error) {
  process.env.BENCH_STORY = story;
  const base = mkdtempSync(join(tmpdir(), 'care-bench-'));
  const out = { base };
  for (const [key, t] of Object.entries(TARGETS)) {
    const started = Date.now();
    const outDir = join(base, t.label);
    await build({
      root: t.root,
      configFile: t.configFile,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    out[key] = outDir;
    log(`  built ${t.label.padEnd(10)} in ${((Date.now() - started) / 1000).toFixed(1)} s  ${outDir}`);
  }
  return out;
}

export function versions() {
  const v = (name) =>
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  return { inkjs: v('inkjs'), phaser: v('phaser'), vite: v('vite'), playwrightCore: v('playwright-core') };
}
