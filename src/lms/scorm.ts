// SCORM 1.2 and SCORM 2004 (4th edition) over the LMS's API object. Both are synchronous: every value is set, then
// committed. Values wait in `pending` until a commit succeeds, so a refused commit or a dropped connection loses
// nothing: the next try sets them all again (the resume state always holds the whole choice path).
// What is never written: a lesson or success status of passed or failed, a mastery score, or an overall score
// (an LMS with a mastery score set would turn a score into passed or failed).
import type { ObjectiveReport } from './objectives';
import { isoDuration, scorm12Time } from './time';
import { retryDelay, type Delivery, type EndingReport, type LmsTracker } from './tracker';

/** SCORM 1.2's API (window.API). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
}

/** SCORM 2004's API (window.API_1484_11). */
export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  GetValue(key: string): string;
  SetValue(key: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
}

interface Calls {
  init(): boolean;
  get(key: string): string;
  set(key: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

const ok = (r: unknown) => r === true || r === 'true';
const safe = <T>(f: () => T, fallback: T): T => {
  try {
    return f();
  } catch {
    return fallback; // an API whose window has gone throws: treat it as a refusal and try again later
  }
};

/** The data model's names, per version. */
interface Model {
  entry: string;
  suspend: string;
  exit: string;
  sessionTime: string;
  time(ms: number): string;
  startValues(get: (key: string) => string): [string, string][];
  endingValues(objectives: ObjectiveReport[]): [string, string][];
}

const SCORM12: Model = {
  entry: 'cmi.core.entry',
  suspend: 'cmi.suspend_data',
  exit: 'cmi.core.exit',
  sessionTime: 'cmi.core.session_time',
  time: scorm12Time,
  startValues: (get) =>
    get('cmi.core.lesson_status') === 'completed' ? [] : [['cmi.core.lesson_status', 'incomplete']],
  endingValues: (objectives) => [
    ...objectives.flatMap((o, n): [string, string][] => [
      [`cmi.objectives.${n}.id`, o.id],
      [`cmi.objectives.${n}.score.raw`, String(Math.round(o.scaled * 100))],
      [`cmi.objectives.${n}.score.min`, '0'],
      [`cmi.objectives.${n}.score.max`, '100'],
      [`cmi.objectives.${n}.status`, 'completed'],
    ]),
    // SCORM 1.2 objectives have no description: the bands go in the comments, where an LMS's report shows them.
    [
      'cmi.comments',
      objectives.map((o) => `${o.outcome}: ${o.label}${o.capped ? ' (unsafe choice)' : ''}`).join('; '),
    ],
    ['cmi.core.lesson_status', 'completed'],
  ],
};

const SCORM2004: Model = {
  entry: 'cmi.entry',
  suspend: 'cmi.suspend_data',
  exit: 'cmi.exit',
  sessionTime: 'cmi.session_time',
  time: isoDuration,
  startValues: (get) =>
    get('cmi.completion_status') === 'completed' ? [] : [['cmi.completion_status', 'incomplete']],
  endingValues: (objectives) => [
    ...objectives.flatMap((o, n): [string, string][] => [
      [`cmi.objectives.${n}.id`, o.id],
      [`cmi.objectives.${n}.description`, o.description],
      [`cmi.objectives.${n}.score.scaled`, String(o.scaled)],
      [`cmi.objectives.${n}.score.raw`, String(Math.round(o.scaled * 100))],
      [`cmi.objectives.${n}.score.min`, '0'],
      [`cmi.objectives.${n}.score.max`, '100'],
      [`cmi.objectives.${n}.completion_status`, 'completed'],
      [`cmi.objectives.${n}.success_status`, 'unknown'],
    ]),
    ['cmi.completion_status', 'completed'],
    ['cmi.progress_measure', '1'],
  ],
};

export interface ScormOptions {
  now?: () => number;
  later?: (run: () => void, ms: number) => void;
}

export function scorm12Tracker(api: Scorm12Api, o: ScormOptions = {}): LmsTracker {
  const calls: Calls = {
    init: () => ok(api.LMSInitialize('')),
    get: (k) => String(api.LMSGetValue(k) ?? ''),
    set: (k, v) => ok(api.LMSSetValue(k, v)),
    commit: () => ok(api.LMSCommit('')),
    finish: () => ok(api.LMSFinish('')),
  };
  return scormTracker('scorm12', calls, SCORM12, o);
}

export function scorm2004Tracker(api: Scorm2004Api, o: ScormOptions = {}): LmsTracker {
  const calls: Calls = {
    init: () => ok(api.Initialize('')),
    get: (k) => String(api.GetValue(k) ?? ''),
    set: (k, v) => ok(api.SetValue(k, v)),
    commit: () => ok(api.Commit('')),
    finish: () => ok(api.Terminate('')),
  };
  return scormTracker('scorm2004', calls, SCORM2004, o);
}

function scormTracker(kind: LmsTracker['kind'], calls: Calls, model: Model, o: ScormOptions): LmsTracker {
  const now = o.now ?? (() => Date.now());
  const later = o.later ?? ((run, ms) => void setTimeout(run, ms));
  const startedAt = now();
  const pending = new Map<string, string>();
  const listeners: ((d: Delivery) => void)[] = [];
  let resume: string | null = null;
  let delivery: Delivery = 'sent';
  let attempt = 0;
  let retrying = false;
  let ended = false;

  const tell = (d: Delivery) => {
    if (d === delivery) return;
    delivery = d;
    for (const l of listeners) l(d);
  };
  /** Sets every pending value and commits; what is not accepted stays pending for the next try. */
  const flush = (): boolean => {
    for (const [key, value] of [...pending]) {
      if (!safe(() => calls.set(key, value), false)) break;
    }
    if (!safe(() => calls.commit(), false)) return false;
    pending.clear();
    return true;
  };
  const send = () => {
    if (flush()) {
      attempt = 0;
      return tell('sent');
    }
    tell('waiting');
    if (retrying || ended) return;
    retrying = true;
    later(() => {
      retrying = false;
      attempt += 1;
      send();
    }, retryDelay(attempt));
  };
  const put = (values: [string, string][]) => {
    for (const [k, v] of values) pending.set(k, v);
  };

  return {
    kind,
    start: () => {
      if (!safe(() => calls.init(), false)) return Promise.resolve(false);
      const entry = safe(() => calls.get(model.entry), '');
      const kept = safe(() => calls.get(model.suspend), '');
      resume = entry === 'ab-initio' ? null : kept || null;
      put(model.startValues((k) => safe(() => calls.get(k), '')));
      // Until an ending, leaving is a pause: the LMS keeps the suspend data for the next launch.
      put([[model.exit, 'suspend']]);
      send();
      return Promise.resolve(true);
    },
    resumeData: () => resume,
    progress: (state) => {
      if (ended) return;
      put([[model.suspend, state]]);
      send();
    },
    decision: () => undefined, // SCORM keeps the path in the suspend data; decisions are cmi5 statements
    ending: (e: EndingReport, state) => {
      if (ended) return;
      put([
        ...model.endingValues(e.objectives),
        [model.suspend, state],
        [model.sessionTime, model.time(now() - startedAt)],
      ]);
      send();
    },
    terminate: () => {
      if (ended) return;
      put([[model.sessionTime, model.time(now() - startedAt)]]);
      flush();
      ended = true;
      safe(() => calls.finish(), false);
    },
    onDelivery: (l) => void listeners.push(l),
  };
}
