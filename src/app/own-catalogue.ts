// The trainer's own scenarios in the catalogue, after the built-in ones: each a CatalogueEntry that opens from the
// kept compiled story (no checking again), marked as written here. Opening one registers its people and glossary
// words, so the stage draws the new people and the screens name them.
import { readOwnScenarios } from '../state/own-scenarios';
import { browserStorage, type StorageLike } from '../state/persist';
import { GUEST, activeProfile, scopedStorage } from '../state/profiles';
import { registerCast, registerGlossary } from '../story/registries';
import type { CatalogueEntry } from '../story/scenario';
import { compiledScenario, type OwnScenario } from '../workshop/own-scenario';
import { withInkRuntime } from './boot';

export function ownEntry(o: OwnScenario): CatalogueEntry {
  return {
    id: o.id,
    ...o.meta,
    title: o.meta.title ?? o.draft.title,
    decisionPoints: o.compiled.decisions.max || undefined,
    writtenHere: true,
    load: async () => {
      registerCast(o.draft.cast);
      registerGlossary(o.draft.glossary);
      return { default: compiledScenario(o) };
    },
  };
}

/** The catalogue with the own scenarios after the built-in ones, each person registered so lists can name them. */
export function withOwn(builtIn: readonly CatalogueEntry[], own: readonly OwnScenario[]): CatalogueEntry[] {
  for (const o of own) registerCast(o.draft.cast);
  return [...builtIn, ...own.map(ownEntry)];
}

/**
 * Keeps a game's catalogue in step with the own scenarios store. The catalogue is changed in place, because the
 * Controller and the screens hold the same array; the built-in entries (the first `builtIn`) are never touched.
 */
export function followOwn(
  catalogue: CatalogueEntry[],
  builtIn: number,
  store: { getState(): { scenarios: OwnScenario[] }; subscribe(f: () => void): () => void },
): () => void {
  const sync = () => {
    const own = store.getState().scenarios;
    for (const o of own) registerCast(o.draft.cast);
    catalogue.splice(builtIn, catalogue.length - builtIn, ...own.map((o) => withInkRuntime(ownEntry(o))));
  };
  return store.subscribe(sync);
}

/** The own scenarios of the profile chosen in this tab, read without writing anything: presenter mode keeps nothing
 *  of a learner's, but a trainer who added a scenario under their profile can run it with a room. */
export function tabOwnScenarios(): OwnScenario[] {
  const storage = browserStorage();
  if (!storage) return [];
  let tab: StorageLike | null = null;
  try {
    tab = globalThis.sessionStorage ?? null;
  } catch {
    // No tab storage: the guest profile's scenarios.
  }
  return readOwnScenarios(scopedStorage(storage, activeProfile(tab) ?? GUEST.id));
}
