// The game build. Stories are compiled by the ink plugin; nothing is fetched from the network at run time.
import { defineConfig } from 'vite';
import { inkPlugin } from './tools/ink/vite-plugin';

export default defineConfig({
  base: './',
  plugins: [inkPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
