// Unit tests run in Node. The ink plugin is shared with the game build, so tests import .ink files directly.
import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/ink/vite-plugin';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
