// A trainer's checked scenario as the game plays it: the checker's compiled story and figures become the same
// CompiledScenario and catalogue card that a scenario from stories/ gets at build time.
import type { CompiledOwn } from '../../tools/checker/check-source.ts';
import type { CatalogueEntry, CompiledScenario } from '../story/scenario';
import { parseStoryMeta } from '../story/tags';
import { globalTagsOf } from './knots';

export const PREVIEW_ID = 'workshop-preview';

/** A short content hash (FNV-1a): saves in a preview are made and read within one page, so this is enough. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function previewScenario(source: string, compiled: CompiledOwn): CompiledScenario {
  const { meta } = parseStoryMeta(globalTagsOf(source));
  return {
    id: PREVIEW_ID,
    hash: hashText(compiled.json),
    meta: { ...meta, title: meta.title ?? 'Your scenario' },
    ranges: compiled.ranges,
    endings: compiled.endings,
    decisions: compiled.decisions,
    json: compiled.json,
  };
}

/** The catalogue card for a preview: the scenario's own title, summary and outcomes. */
export function previewCard(scenario: CompiledScenario): CatalogueEntry {
  return {
    ...scenario.meta,
    id: PREVIEW_ID,
    decisionPoints: scenario.decisions?.max,
    load: () => Promise.resolve({ default: scenario }),
  };
}
