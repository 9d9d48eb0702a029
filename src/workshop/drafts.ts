// The draft a trainer is writing, kept on this device under the active profile after every change, and opened
// again on the next visit. Stored through the same versioned, repaired-on-load layer as the learner's progress.
import {
  field,
  load,
  save,
  type Notice,
  type PersistSpec,
  type SaveResult,
  type StorageLike,
} from '../state/persist';
import { draftFromFile, draftToFile, type WorkshopDraft } from './draft';
import { globalTagsOf } from './knots';

/** A trainer's draft is capped so a runaway paste cannot fill the device's storage (the import limit too). */
export const MAX_INK = 200_000;

export const draftSpec: PersistSpec<WorkshopDraft | null> = {
  key: 'workshop-draft',
  version: 1,
  fallback: () => null,
  repair: (data) => {
    const d = field.obj(data);
    if (!d || typeof d.ink !== 'string') return null;
    const draft: WorkshopDraft = {
      id: field.str(d.id, 'draft', 100),
      title: field.str(d.title, '', 200) || (titleFromInk(d.ink) ?? ''),
      ink: d.ink.slice(0, MAX_INK),
      cast: (field.obj(d.cast) ?? {}) as WorkshopDraft['cast'],
      glossary: Array.isArray(d.glossary) ? (d.glossary as WorkshopDraft['glossary']) : [],
      updatedAt: field.str(d.updatedAt, new Date(0).toISOString(), 40),
    };
    // The people and glossary words go to the stage and the checker: they pass the same checks as an imported file
    // (draft.ts), or are dropped. The text is kept either way (an untitled draft is checked under a stand-in title).
    const checked = draftFromFile(draftToFile({ ...draft, title: draft.title || 'Untitled' }));
    return 'error' in checked
      ? { ...draft, cast: {}, glossary: [] }
      : { ...draft, cast: checked.cast, glossary: checked.glossary };
  },
};

export function loadDraft(storage: StorageLike | null, notify: (n: Notice) => void): WorkshopDraft | null {
  return load(storage, draftSpec, notify);
}

export function saveDraft(storage: StorageLike | null, draft: WorkshopDraft): SaveResult {
  return save(storage, draftSpec, draft);
}

export function newDraft(ink: string, now = new Date()): WorkshopDraft {
  return {
    id: `d${now.getTime().toString(36)}`,
    title: titleFromInk(ink) ?? '',
    ink,
    cast: {},
    glossary: [],
    updatedAt: now.toISOString(),
  };
}

/** The scenario's title as its global `# title:` tag gives it, so the kept draft, its file and the picker agree with
 *  the story. Null when the story has none yet. */
export function titleFromInk(ink: string): string | null {
  const tag = globalTagsOf(ink).find((t) => /^title\s*:/.test(t));
  const title = tag?.replace(/^title\s*:\s*/, '').trim();
  return title ? title.slice(0, 200) : null;
}
