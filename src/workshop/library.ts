// Keeping and sharing a trainer's scenarios: "add to my scenarios" (only a scenario the checker finds no error in),
// remove, export as one file, and import a file. The workshop screen and the picker's "Import a scenario file" use
// these. The checker and the ink compiler load only when a scenario is added, never in the learner's first load.
import { addOwn, removeOwn, type OwnScenariosStore } from '../state/own-scenarios';
import { LIMITS, draftFromFile, draftToFile, registriesWith, type WorkshopDraft } from './draft';
import { makeOwnScenario, type OwnScenario } from './own-scenario';

export type Added = { ok: true; scenario: OwnScenario } | { ok: false; error: string };

/** At most this many of the checker's errors are listed in a message; the workshop shows them all by their lines. */
const SHOWN_ERRORS = 3;

/** Checks the draft with the same checker as stories/ (the scenario bar as advice) and keeps it if nothing is wrong. */
export async function addToMyScenarios(
  draft: WorkshopDraft,
  store: OwnScenariosStore,
  now = new Date(),
): Promise<Added> {
  const [{ checkSource }, { Story }] = await Promise.all([
    import('../../tools/checker/check-source'),
    import('inkjs'),
  ]);
  const check = checkSource(draft.ink, registriesWith(draft), { bar: 'advice', fileName: `${draft.id}.ink` });
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !check.compiled) {
    const listed = errors
      .slice(0, SHOWN_ERRORS)
      .map((d) => (d.line ? `line ${d.line}: ${d.message}` : d.message))
      .join('; ');
    const more = errors.length > SHOWN_ERRORS ? ` (and ${errors.length - SHOWN_ERRORS} more)` : '';
    return { ok: false, error: `The scenario has errors to put right first: ${listed}${more}.` };
  }
  const globalTags = new Story(check.compiled.json).globalTags ?? [];
  const scenario = makeOwnScenario(draft, check.compiled, globalTags, now);
  const next = addOwn(store.getState(), scenario);
  if ('error' in next) return { ok: false, error: next.error };
  store.setState(next, true);
  return { ok: true, scenario };
}

export function removeFromMyScenarios(store: OwnScenariosStore, id: string): void {
  store.setState(removeOwn(store.getState(), id), true);
}

/** A file the trainer chose, read as a scenario file (refused by its size before it is read). */
export async function readScenarioFile(file: Blob): Promise<WorkshopDraft | { error: string }> {
  if (file.size > LIMITS.fileBytes)
    return { error: `This file is too big for a scenario file (the most is ${LIMITS.fileBytes / 1024} KB).` };
  try {
    return draftFromFile(await file.text());
  } catch {
    return { error: 'This file could not be read. Try choosing it again.' };
  }
}

/** Reads a chosen file and adds it to the trainer's scenarios: one plain message either way. */
export async function importScenarioFile(file: Blob, store: OwnScenariosStore): Promise<Added> {
  const draft = await readScenarioFile(file);
  if ('error' in draft) return { ok: false, error: draft.error };
  return addToMyScenarios(draft, store);
}

/** The file name an export is saved under: the draft's id, which is already safe for a file name. */
export function exportFileName(draft: WorkshopDraft): string {
  return `${draft.id}.scenario.json`;
}

/** Saves the draft as a scenario file through the browser's own download (nothing leaves the device otherwise). */
export function exportDraft(draft: WorkshopDraft, doc: Document = document): void {
  const blob = new Blob([draftToFile(draft)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = exportFileName(draft);
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
