// `npm test`: everything, from a fresh clone. Installs what a new machine lacks (Debian's Chromium for the
// browser tests), then runs every Vitest project in one run with one summary: unit tests in Node first, then the
// end-to-end tests in headless Chromium against a production build (vitest.config.ts). Arguments go to Vitest,
// e.g. `npm test -- --project e2e` or `npm test -- --project unit`.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

// The browser tests find Chromium through CHROMIUM_PATH when it is not at /usr/bin/chromium.
process.env.CHROMIUM_PATH ??= ensureChromium();
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
