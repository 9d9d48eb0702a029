// Joins a play to the LMS: after every change that matters the resume state goes to the LMS, each new decision is
// reported (cmi5 statements), and an ending reports completion with one objective per outcome. Reads the session
// store; writes nothing to it.
import { decodeResume, encodeResume, resumeStateOf } from '../lms/resume';
import { objectiveReports } from '../lms/objectives';
import type { LmsTracker } from '../lms/tracker';
import type { Session } from '../state/session';
import type { Game } from './boot';

export function linkLms(game: Game, tracker: LmsTracker): () => void {
  let sent = tracker.resumeData();
  // A relaunch after the ending shows the ending again: it is not a second completion.
  let reported = decodeResume(sent)?.at === 'ending' ? sent : null;
  let decisions = game.stores.session.getState().session?.decisions.length ?? 0;
  const follow = (session: Session | null) => {
    const scenario = game.controller.current;
    if (!session || !scenario || scenario.id !== session.scenarioId) return;
    const state = resumeStateOf(session, scenario.hash);
    if (!state) return;
    const text = encodeResume(state);
    reportDecisions(session);
    if (state.at === 'ending') {
      if (text !== reported) {
        reported = text;
        sent = text;
        const title = game.catalogue.find((c) => c.id === session.scenarioId)?.title ?? session.scenarioId;
        const ending = session.screen.kind === 'ending' ? session.screen.ending : null;
        tracker.ending(
          {
            scenarioId: session.scenarioId,
            title,
            ending,
            objectives: objectiveReports(game.controller.evidence()),
          },
          text,
        );
      }
      return;
    }
    if (text !== sent) {
      sent = text;
      tracker.progress(text);
    }
  };
  const reportDecisions = (session: Session) => {
    // Going back to try a decision again shortens the list: the new choice is reported when it is made.
    if (session.decisions.length < decisions) decisions = session.decisions.length;
    for (; decisions < session.decisions.length; decisions += 1) {
      const d = session.decisions[decisions]!;
      const chosen = d.options[d.chosen];
      tracker.decision({
        scenarioId: session.scenarioId,
        number: decisions + 1,
        situation: d.situation,
        chosen: chosen?.text ?? '',
        rating: chosen?.meta.rating ?? null,
        critical: chosen?.meta.critical ?? false,
      });
    }
  };
  return game.stores.session.subscribe((s) => follow(s.session));
}
