// Where the debrief screens get their data: the learner's reflections store (opened once, in the active profile's
// storage, like every other store), and the Debrief and EvidenceRecord of the play on screen.

import { buildDebrief, type Debrief } from '../../debrief/debrief';
import { buildRecord, type EvidenceRecord } from '../../debrief/record';
import { browserStorage, type StorageLike } from '../../state/persist';
import { scopedStorage } from '../../state/profiles';
import {
  answersFor,
  createReflectionsStore,
  keepRecord,
  type ReflectionsStore,
} from '../../state/reflections';
import type { Session } from '../../state/session';
import type { UiContext } from '../context';
import { cast } from '../people';

let store: ReflectionsStore | null = null;
let storageFull = false;
/** Messages from opening the store (data set aside, storage full), shown on the debrief screens. */
export const storeNotices: string[] = [];

export function reflections(ui: UiContext): ReflectionsStore {
  if (!store) {
    const device = browserStorage();
    const profile = ui.profiles?.active();
    const storage: StorageLike | null = device && profile ? scopedStorage(device, profile.id) : device;
    store = createReflectionsStore(
      storage,
      (n) => storeNotices.push(n.message),
      (r) => {
        if (r === 'full' && !storageFull) {
          storageFull = true;
          storeNotices.push(
            'This device is out of storage space, so your reflections could not be saved. Copy them somewhere safe.',
          );
        }
      },
    );
  }
  return store;
}

/** The play on screen, if it has reached its ending. */
export function finishedSession(ui: UiContext): Session | null {
  const session = ui.session.getState().session;
  return session && session.screen.kind === 'ending' ? session : null;
}

export function debriefOf(ui: UiContext, session: Session): Debrief {
  const compiled = ui.controller.current;
  const scenario = compiled && compiled.id === session.scenarioId ? compiled : null;
  const card = ui.catalogue.find((c) => c.id === session.scenarioId);
  return buildDebrief({
    session,
    scenario: {
      title: card?.title ?? scenario?.meta.title ?? null,
      ranges: scenario?.ranges ?? {},
      endings: scenario?.endings ?? [],
      cast: scenario?.meta.cast ?? card?.cast ?? [],
    },
    cast,
    endingsSeen: ui.progress.getState()[session.scenarioId]?.endings ?? [],
  });
}

/** The learner's name on the record: what they typed, or their profile's name when they have one. */
export function learnerName(ui: UiContext): string {
  const typed = reflections(ui).getState().learner;
  if (typed) return typed;
  const profile = ui.profiles?.active();
  return profile && profile.id !== 'guest' ? profile.name : '';
}

export function recordOf(ui: UiContext, session: Session, debrief = debriefOf(ui, session)): EvidenceRecord {
  return buildRecord(debrief, {
    learner: learnerName(ui),
    reflections: answersFor(reflections(ui).getState(), session.scenarioId, session.startedAt),
    now: new Date(),
  });
}

/** Keeps the record of the play on screen on this device, so it can be opened again from "Your progress". */
export function keepCurrentRecord(ui: UiContext): void {
  const session = finishedSession(ui);
  if (!session) return;
  const r = reflections(ui);
  r.setState(keepRecord(r.getState(), recordOf(ui, session)));
}
