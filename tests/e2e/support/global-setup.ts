// Once per run of the e2e project: build the game for production, serve it with `vite preview` on a free port of
// 127.0.0.1, and hand the address to the tests (inject('baseURL')). The browser tests therefore play exactly what
// would be shipped, not the dev server's unbundled modules.
//
// The build goes to a folder of its own for each run (in the system's temporary folder, removed afterwards), not to
// dist/: a `vite build` into a shared folder while the tests play (`npm run build`, or a second test run) replaces
// the hashed chunks under the running pages, and the game's lazy imports then get a 404 or index.html.

import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves the production build, ending in '/'. */
    baseURL: string;
    /** Absolute path of the folder screenshots are written to. */
    screenshotDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? ok(port) : fail(new Error('no free port'))));
    });
  });
}

const PREFIX = 'care-conversations-e2e-';

/** Builds left by runs that were killed before their teardown; none is younger than six hours (no run is that long). */
function removeStaleBuilds(): void {
  const cutoff = Date.now() - 6 * 3600_000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(tmpdir(), name);
    try {
      if (statSync(dir).mtimeMs < cutoff) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run may be removing it at the same moment.
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configFile = join(ROOT, 'vite.config.ts');
  removeStaleBuilds();
  const outDir = mkdtempSync(join(tmpdir(), PREFIX));
  // Vitest sets NODE_ENV=test, and Vite only makes a production build when NODE_ENV is production (or unset).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const started = Date.now();
  try {
    await build({
      root: ROOT,
      configFile,
      mode: 'production',
      logLevel: 'warn',
      // Rolldown's note on slow plugins is about build speed, not the game: keep the test output to test results.
      build: { outDir, emptyOutDir: true, rolldownOptions: { checks: { bundlerTimings: false } } },
    });
  } catch (e) {
    rmSync(outDir, { recursive: true, force: true });
    throw e;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }

  const server = await preview({
    root: ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');

  mkdirSync(SCREENSHOTS, { recursive: true });
  console.log(
    `e2e: production build (${outDir}) in ${((Date.now() - started) / 1000).toFixed(1)} s, served at ${url}`,
  );
  console.log(`e2e: screenshots go to ${SCREENSHOTS}`);

  project.provide('baseURL', url.endsWith('/') ? url : `${url}/`);
  project.provide('screenshotDir', SCREENSHOTS);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
