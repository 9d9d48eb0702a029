// Three Vitest projects, one run, one summary:
// - unit: the story, scoring and state logic in Node (the ink plugin lets tests import .ink files directly);
// - dom:  the interface (screen host, shells, screens) in Node with happy-dom: everything about screens that does
//         not need a real browser's layout, drawing or timing;
// - e2e:  the production build, served by `vite preview`, played in Debian's headless Chromium.
// The e2e group runs after the unit group (groupOrder): a browser drawing WebGL in software should not be racing the
// unit tests for the machines' two cores. Its files run two at a time: each opens its own browser against the one
// served build, and most of a browser test's time is spent waiting for the page, not computing (measured on a 2-core
// machine: 707 s two at a time against 982 s one at a time, every test passing). The pages are composited in
// software (tests/e2e/support/browser.ts); on 5 December, on a machine running slow, that took the browser half from
// 1,196 to 810 s and all of `.ci/run` on a fresh clone to 1,011 s (it had taken 1,656 s the day before).
// The unit and interface groups run two files at a time too: Vitest's default on two cores is one (cores - 1), and
// one at a time they took 302 s, two at a time 177 s (the seeded random play is split over three files for it).
import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/ink/vite-plugin.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/ui/**', 'node_modules/**'],
          environment: 'node',
          maxWorkers: 2,
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/ui/**/*.test.ts'],
          environment: 'happy-dom',
          // The cmi5 client ships browser builds only (no entry for Node): the interface tests get its ES module.
          alias: { '@xapi/cmi5': '@xapi/cmi5/dist/Cmi5.esm.js' },
          maxWorkers: 2,
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
