/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

declare module '*.ink' {
  import type { CompiledScenario } from './story/scenario';
  const scenario: CompiledScenario;
  export default scenario;
}

declare module 'virtual:scenarios' {
  import type { CatalogueEntry } from './story/scenario';
  export const scenarios: CatalogueEntry[];
}

declare module 'virtual:phaser-steps' {
  // tools/phaser/vite-plugin.ts: Phaser's modules that can be evaluated early, a thunk each, and its entry.
  const phaser: { steps: (() => unknown)[]; entry: () => typeof import('phaser') };
  export default phaser;
}
