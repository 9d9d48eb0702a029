// The debrief and the practice record of a play, and keeping each finished play's record on this device (so it can
// be opened again from "Your progress"). The screens read these; the composition root keeps a record when a play
// ends, and the debrief's forms keep it again when the learner adds their name or reflections.
import { buildDebrief, type Debrief } from '../debrief/debrief';
import { buildRecord, type EvidenceRecord } from '../debrief/record';
import type { ProgressStore } from '../state/progress';
import type { Profile } from '../state/profiles';
import { answersFor, keepRecord, type ReflectionsStore } from '../state/reflections';
import type { Session } from '../state/session';
import { cast } from '../story/registries';
import type { CatalogueEntry, CompiledScenario } from '../story/scenario';

export interface RecordsDeps {
  catalogue: readonly CatalogueEntry[];
  /** The scenario loaded now, if any: its ranges and endings make the debrief exact. */
  current(): CompiledScenario | null;
  progress: ProgressStore;
  reflections: ReflectionsStore;
  profile(): Profile;
}

export interface Records {
  reflections: ReflectionsStore;
  debrief(session: Session): Debrief;
  record(session: Session, debrief?: Debrief): EvidenceRecord;
  /** The learner's name on the record: what they typed, or their profile's name when they have one. */
  learnerName(): string;
  /** Keeps the record of a finished play on this device. */
  keep(session: Session): void;
}

export function createRecords(d: RecordsDeps): Records {
  // The summary screen builds a play's debrief as the play ends, and keeping its record needs the same debrief: kept
  // here, it is built once (each build cost 25-40 ms at 4x CPU throttling). A session is a value (a change makes a
  // new one), so it is the key, with the endings seen before, less this play's own ending: that one is "now" whether
  // or not progress has noted it yet. The scenario loaded when the debrief was first built is the play's own.
  const built = new WeakMap<Session, { seen: string; debrief: Debrief }>();
  const debrief = (session: Session): Debrief => {
    const endingsSeen = d.progress.getState()[session.scenarioId]?.endings ?? [];
    const own = session.screen.kind === 'ending' ? session.screen.ending : null;
    const seen = JSON.stringify(endingsSeen.filter((e) => e !== own));
    const kept = built.get(session);
    if (kept?.seen === seen) return kept.debrief;
    const fresh = buildFresh(session, endingsSeen);
    built.set(session, { seen, debrief: fresh });
    return fresh;
  };
  const buildFresh = (session: Session, endingsSeen: readonly string[]): Debrief => {
    const compiled = d.current();
    const scenario = compiled && compiled.id === session.scenarioId ? compiled : null;
    const card = d.catalogue.find((c) => c.id === session.scenarioId);
    return buildDebrief({
      session,
      scenario: {
        title: card?.title ?? scenario?.meta.title ?? null,
        ranges: scenario?.ranges ?? {},
        endings: scenario?.endings ?? [],
        cast: scenario?.meta.cast ?? card?.cast ?? [],
      },
      cast,
      endingsSeen,
    });
  };
  const learnerName = () => {
    const typed = d.reflections.getState().learner;
    if (typed) return typed;
    const profile = d.profile();
    return profile.id !== 'guest' ? profile.name : '';
  };
  const record = (session: Session, shown = debrief(session)) =>
    buildRecord(shown, {
      learner: learnerName(),
      reflections: answersFor(d.reflections.getState(), session.scenarioId, session.startedAt),
      now: new Date(),
    });
  return {
    reflections: d.reflections,
    debrief,
    record,
    learnerName,
    keep: (session) => {
      if (session.screen.kind !== 'ending') return;
      d.reflections.setState(keepRecord(d.reflections.getState(), record(session)));
    },
  };
}
