// The workshop runs the checker in a Web Worker: bundled for the browser, nothing it imports may need Node.
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('the checker core is browser-safe', () => {
  it('bundles check-source.ts for the browser with no Node module anywhere in its imports', async () => {
    const imported = new Set<string>();
    const watch: Plugin = {
      name: 'record-imports',
      enforce: 'pre',
      resolveId(source, importer) {
        imported.add(source);
        if (NODE.has(source)) throw new Error(`${importer ?? '?'} imports ${source}`);
        return null;
      },
    };
    const out = (await build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      plugins: [watch],
      build: {
        write: false,
        minify: false,
        lib: { entry: join(ROOT, 'tools/checker/check-source.ts'), formats: ['es'], fileName: 'check' },
        rollupOptions: { external: [] },
      },
    })) as Rollup.RollupOutput[];
    const code = out
      .flatMap((o) => o.output)
      .map((c) => (c.type === 'chunk' ? c.code : ''))
      .join('\n');
    // It really did bundle the compiler and the analysis, and no stand-in for a Node module crept in.
    expect([...imported].some((s) => s.includes('inkjs/compiler/Compiler'))).toBe(true);
    expect([...imported].some((s) => s.endsWith('analyse.ts'))).toBe(true);
    expect(code).toContain('checkSource');
    expect(code).not.toContain('__vite-browser-external');
    expect(code).not.toMatch(/from ["']node:/);
  });
});
