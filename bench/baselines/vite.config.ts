// Build config for the two baselines (ink-dom, phaser-ink). scripts/bench/build.mjs passes the root (one of the
// two folders) and the output folder. The story is compiled by the game's own ink plugin, so the baselines load
// exactly the JSON the game loads; BENCH_STORY (set by the bench) says which story.
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from '../../tools/ink/vite-plugin.ts';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const storiesDir = resolve(projectRoot, 'stories');

/** `virtual:bench-story`: the chosen story's compiled scenario (the same module the game lazy-loads). */
function benchStory(): Plugin {
  const id = 'virtual:bench-story';
  return {
    name: 'bench-story',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(loaded) {
      if (loaded !== '\0' + id) return null;
      const story = process.env.BENCH_STORY ?? 'nothing-after-midnight';
      return `export { default } from ${JSON.stringify(resolve(storiesDir, `${story}.ink`))};\n`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [inkPlugin({ storiesDir }), benchStory()],
  build: { target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 2000, emptyOutDir: true },
  logLevel: 'warn',
});
