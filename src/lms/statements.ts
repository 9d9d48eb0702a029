// The xAPI statements the game adds to cmi5's own (initialized, completed, terminated come from the cmi5 client):
// one per decision (what was chosen and how it was rated), one per outcome at the ending (band and scaled score,
// never success), and the ending itself. Each carries the LMS's context template and the registration, as cmi5
// requires of every statement an AU sends.
import XAPI from '@xapi/xapi';
import type { ObjectiveReport } from './objectives';
import type { DecisionReport, EndingReport } from './tracker';

// Extension keys must be IRIs. A URN names them without pointing anywhere: nothing in the game is at an address of
// its own, and nothing is ever fetched from an identifier.
export const EXT = 'urn:care-conversations:xapi:extension';
// The verbs are the ones the xAPI and cmi5 specifications define; a learning record store recognises them by their
// exact identifiers, which the xAPI client library the cmi5 client is built on already carries (XAPI.Verbs).
// "experienced" is in the same ADL vocabulary but not in the library's list. Like the activity types and cmi5's
// context categories below, these identifiers are names the specifications fix: nothing is ever fetched from them.
const { ANSWERED, SCORED, TERMINATED, COMPLETED } = XAPI.Verbs;
export const VERBS = {
  answered: { id: ANSWERED.id, display: { 'en-GB': 'answered' } },
  scored: { id: SCORED.id, display: { 'en-GB': 'scored' } },
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-GB': 'experienced' } },
  completed: { id: COMPLETED.id, display: { 'en-US': 'completed' } },
  terminated: { id: TERMINATED.id, display: { 'en-US': 'terminated' } },
} as const;

export interface StatementBase {
  actor: unknown;
  activityId: string;
  registration: string;
  contextTemplate: Record<string, unknown> | undefined;
  id(): string;
  now(): string;
}

type Statement = Record<string, unknown>;

function frame(b: StatementBase, rest: Statement): Statement {
  return {
    id: b.id(),
    actor: b.actor,
    timestamp: b.now(),
    context: { ...(b.contextTemplate ?? {}), registration: b.registration },
    ...rest,
  };
}

const text = (s: string) => ({ 'en-GB': s.slice(0, 500) });

export function decisionStatement(b: StatementBase, d: DecisionReport): Statement {
  return frame(b, {
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: `${b.activityId}/${encodeURIComponent(d.scenarioId)}/decision/${d.number}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'other',
        name: text(`Decision ${d.number}`),
        description: text(d.situation || `Decision ${d.number}`),
      },
    },
    result: {
      response: d.chosen.slice(0, 1000),
      extensions: { [`${EXT}:rating`]: d.rating ?? 'unrated', [`${EXT}:critical`]: d.critical },
    },
  });
}

export function objectiveStatement(b: StatementBase, scenarioId: string, o: ObjectiveReport): Statement {
  return frame(b, {
    verb: VERBS.scored,
    object: {
      objectType: 'Activity',
      id: `${b.activityId}/${encodeURIComponent(scenarioId)}/${o.id}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/objective',
        name: text(`${o.outcome} ${o.title}`),
      },
    },
    // A band and a place in the range: no success, as this is rehearsal with nothing to pass.
    result: {
      score: { scaled: o.scaled, raw: Math.round(o.scaled * 100), min: 0, max: 100 },
      extensions: { [`${EXT}:band`]: o.band, [`${EXT}:capped-by-unsafe-choice`]: o.capped },
    },
  });
}

export function endingStatement(b: StatementBase, e: EndingReport): Statement {
  return frame(b, {
    verb: VERBS.experienced,
    object: {
      objectType: 'Activity',
      id: `${b.activityId}/${encodeURIComponent(e.scenarioId)}/ending/${encodeURIComponent(e.ending ?? 'end')}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/simulation',
        name: text(`${e.title}: the ending`),
      },
    },
    result: {
      extensions: {
        [`${EXT}:outcomes`]: e.objectives.map((o) => ({
          outcome: o.outcome,
          band: o.band,
          scaled: o.scaled,
        })),
      },
    },
  });
}

/** cmi5's completed statement (moveOn Completed), built here only when the window closes before the client sent it. */
export function completedStatement(b: StatementBase, duration: string): Statement {
  return frame(b, {
    verb: VERBS.completed,
    object: { objectType: 'Activity', id: b.activityId },
    result: { completion: true, duration },
    context: cmi5Context(b, ['https://w3id.org/xapi/cmi5/context/categories/moveon']),
  });
}

function cmi5Context(b: StatementBase, more: string[]): Record<string, unknown> {
  const activities = (b.contextTemplate?.contextActivities as Record<string, unknown>) ?? {};
  const category = (activities.category as unknown[]) ?? [];
  return {
    ...(b.contextTemplate ?? {}),
    registration: b.registration,
    contextActivities: {
      ...activities,
      category: [
        ...category,
        { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' },
        ...more.map((id) => ({ id })),
      ],
    },
  };
}

/** cmi5's terminated statement, built here only for a window that is closing (sent with keepalive, see cmi5.ts). */
export function terminatedStatement(b: StatementBase, duration: string): Statement {
  return frame(b, {
    verb: VERBS.terminated,
    object: { objectType: 'Activity', id: b.activityId },
    result: { duration },
    context: cmi5Context(b, []),
  });
}
