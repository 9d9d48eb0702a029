// `npm test`: everything, from a fresh clone. Installs what a new machine lacks (Debian's Chromium for the
// browser tests), then runs every Vitest project: unit tests in Node and end-to-end tests in headless Chromium.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

ensureChromium();
// The Vite 8 notice about a future config loader is about Vite's future, not this project; keep output readable.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
