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
