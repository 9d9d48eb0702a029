// What the build hands the game for each scenario: a card for the picker (from the global tags) and, loaded
// when the scenario starts, the compiled story with its content hash and the score ranges the checker found.

import type { StoryMeta } from './tags';

export interface ScenarioCard extends StoryMeta {
  id: string;
}

export interface CatalogueEntry extends ScenarioCard {
  load: () => Promise<{ default: CompiledScenario }>;
}

export interface CompiledScenario {
  id: string;
  hash: string;
  meta: StoryMeta;
  /** Lowest and highest total per outcome over every path: the scoring's scale. */
  ranges: Record<string, { min: number; max: number }>;
  endings: string[];
  json: string;
}
