// A trainer's own scenario as the game keeps it once it passes the checker: the draft as written (so it can be
// exported again) with what playing it needs (the compiled story, its card, the checker's ranges and endings), so
// it opens without checking again. Pure: the checker and the ink runtime are the caller's.
import type { CompiledScenario } from '../story/scenario';
import { parseStoryMeta, type StoryMeta } from '../story/tags';
import { registriesWith, type WorkshopDraft } from './draft';

/** The part of the checker's result a scenario needs (CompiledOwn in tools/checker/check-source.ts). */
export interface CompiledParts {
  json: string;
  ranges: Record<string, { min: number; max: number }>;
  endings: string[];
  decisions: { min: number; max: number };
}

export interface OwnScenario {
  /** Its id in the catalogue: "own-" and the draft's id, so it never takes the place of a built-in scenario. */
  id: string;
  draft: WorkshopDraft;
  meta: StoryMeta;
  compiled: CompiledParts & { hash: string };
  addedAt: string;
}

export const OWN_PREFIX = 'own-';

/** A short hash of the compiled story, as saves need (the build uses sha256; any stable hash of the JSON will do). */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function makeOwnScenario(
  draft: WorkshopDraft,
  compiled: CompiledParts,
  globalTags: readonly string[],
  now: Date,
): OwnScenario {
  const { meta } = parseStoryMeta([...globalTags], registriesWith(draft));
  return {
    id: OWN_PREFIX + draft.id,
    draft,
    meta: { ...meta, title: meta.title ?? draft.title },
    // Only the parts named here: the checker's result carries more (role-play cards) that a stored copy could not be
    // trusted to hold when it is read back, so it is not kept.
    compiled: {
      json: compiled.json,
      ranges: compiled.ranges,
      endings: compiled.endings,
      decisions: compiled.decisions,
      hash: hashText(compiled.json),
    },
    addedAt: now.toISOString(),
  };
}

/** What the Controller plays: the same shape the build makes for a story in stories/. */
export function compiledScenario(o: OwnScenario): CompiledScenario {
  const { json, hash, ranges, endings, decisions } = o.compiled;
  return { id: o.id, hash, meta: o.meta, ranges, endings, decisions, json };
}

/** A person of the draft whom another of the trainer's scenarios already has under the same id, looking different:
 *  the stage draws one person per id, so the second would be drawn as the first. */
export function castClash(kept: readonly OwnScenario[], draft: WorkshopDraft): string | null {
  const id = OWN_PREFIX + draft.id;
  for (const other of kept) {
    if (other.id === id) continue;
    for (const [who, person] of Object.entries(draft.cast)) {
      const theirs = other.draft.cast[who];
      if (theirs && JSON.stringify(theirs) !== JSON.stringify(person)) return who;
    }
  }
  return null;
}
