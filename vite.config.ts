// The game build. Stories are compiled by the ink plugin; a service worker precaches everything so the game runs
// offline after the first visit. Nothing is fetched from the network at run time.
// Relative imports here, and in the files this config loads (tools/ink, tools/checker, src/story/runner.ts), end
// in .ts: Vite's native config loader, planned to become its default, needs the extension, and Vite 8 warns at
// every start when one is missing.
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inkPlugin } from './tools/ink/vite-plugin.ts';
import { cspPlugin } from './tools/csp.ts';
import { phaserStepsPlugin } from './tools/phaser/vite-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [
    inkPlugin(),
    phaserStepsPlugin(),
    cspPlugin(),
    VitePWA({
      // The learner is asked before an update is applied, so nothing changes in the middle of a conversation.
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Care Conversations',
        short_name: 'Care Conversations',
        description: 'Practise the conversations of working in partnership: Care Certificate Standard 1.4.',
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#dfe8e6',
        theme_color: '#1f5f63',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,ogg,mp3,woff,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
