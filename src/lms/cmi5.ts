// cmi5 through the @xapi/cmi5 client (passed in, so this file stays testable without a network). The client makes
// the cmi5-defined statements: initialized (after it fetched the auth token and the launch data), completed (moveOn
// is Completed: never passed or failed) and terminated. The game's own statements and the resume state go through
// one queue, in order, each tried again until the LRS takes it: a refusal or a dropped connection holds the queue,
// it never drops a record, and the learner keeps playing.
import { isoDuration } from './time';
import {
  completedStatement,
  decisionStatement,
  endingStatement,
  objectiveStatement,
  terminatedStatement,
  type StatementBase,
} from './statements';
import { retryDelay, type Delivery, type LmsTracker } from './tracker';

type Statement = Record<string, unknown>;

/** The part of @xapi/cmi5's Cmi5 the game uses. */
export interface Cmi5Client {
  initialize(): Promise<unknown>;
  complete(): Promise<unknown>;
  terminate(): Promise<unknown>;
  sendXapiStatement(statement: never): Promise<unknown>;
  getLaunchParameters(): { endpoint: string; actor: unknown; registration: string; activityId: string };
  getLaunchData(): { contextTemplate?: unknown; launchMode?: string };
  getAuthToken(): string;
  getInitializedDate(): Date;
  readonly xapi: {
    getState(p: Record<string, unknown>): Promise<{ data: unknown }>;
    setState(p: Record<string, unknown>): Promise<unknown>;
  } | null;
}

/** The xAPI state document that holds where to resume (a name, not an address: the LRS is the LMS's own). */
export const RESUME_STATE_ID = 'urn:care-conversations:xapi:state:resume';

export interface Cmi5Options {
  later?: (run: () => void, ms: number) => void;
  /** Sends with keepalive as the window closes (the client's requests would be cut off). */
  beacon?: (url: string, headers: Record<string, string>, body: string) => void;
  id?: () => string;
  now?: () => Date;
}

type Task = { kind: 'statement'; statement: Statement } | { kind: 'state' } | { kind: 'complete' };

export function cmi5Tracker(client: Cmi5Client, o: Cmi5Options = {}): LmsTracker {
  const later = o.later ?? ((run, ms) => void setTimeout(run, ms));
  const now = o.now ?? (() => new Date());
  const queue: Task[] = [];
  const listeners: ((d: Delivery) => void)[] = [];
  let resume: string | null = null;
  let latest: string | null = null;
  let delivery: Delivery = 'sent';
  let running = false;
  let attempt = 0;
  let ended = false;
  let completed = false;
  let base: StatementBase | null = null;

  const tell = (d: Delivery) => {
    if (d === delivery) return;
    delivery = d;
    for (const l of listeners) l(d);
  };
  const params = () => client.getLaunchParameters();
  const stateParams = () => ({
    agent: params().actor,
    activityId: params().activityId,
    registration: params().registration,
    stateId: RESUME_STATE_ID,
  });
  const run = async (task: Task) => {
    if (task.kind === 'statement') await client.sendXapiStatement(task.statement as never);
    else if (task.kind === 'complete') await client.complete();
    else await client.xapi?.setState({ ...stateParams(), state: { resume: latest } });
  };
  const pump = async () => {
    if (running || ended) return;
    running = true;
    while (queue.length > 0 && !ended) {
      try {
        await run(queue[0]!);
        queue.shift();
        attempt = 0;
      } catch {
        tell('waiting');
        running = false;
        later(() => void pump(), retryDelay(attempt++));
        return;
      }
    }
    running = false;
    if (queue.length === 0) tell('sent');
  };
  const add = (task: Task) => {
    // Only the newest resume state matters: one waiting in the queue already sends it.
    if (task.kind === 'state' && queue.some((t, i) => t.kind === 'state' && (i > 0 || !running))) return;
    queue.push(task);
    void pump();
  };

  return {
    kind: 'cmi5',
    start: async () => {
      try {
        await client.initialize();
      } catch {
        return false;
      }
      const data = client.getLaunchData();
      base = {
        actor: params().actor,
        activityId: params().activityId,
        registration: params().registration,
        contextTemplate: (data.contextTemplate as Record<string, unknown>) ?? undefined,
        id: o.id ?? (() => crypto.randomUUID()),
        now: () => now().toISOString(),
      };
      try {
        const kept = (await client.xapi?.getState(stateParams()))?.data as { resume?: unknown } | undefined;
        resume = typeof kept?.resume === 'string' ? kept.resume : null;
      } catch {
        resume = null; // no state yet (the LRS answers 404): a first launch
      }
      completed = resume?.split('|')[5] === 'e';
      return true;
    },
    resumeData: () => resume,
    progress: (state) => {
      latest = state;
      add({ kind: 'state' });
    },
    decision: (d) => {
      if (base) add({ kind: 'statement', statement: decisionStatement(base, d) });
    },
    ending: (e, state) => {
      if (!base) return;
      for (const obj of e.objectives)
        add({ kind: 'statement', statement: objectiveStatement(base, e.scenarioId, obj) });
      add({ kind: 'statement', statement: endingStatement(base, e) });
      latest = state;
      add({ kind: 'state' });
      // cmi5 allows one completed per registration; Browse and Review launches may send none.
      if (!completed && (client.getLaunchData().launchMode ?? 'Normal') === 'Normal') {
        completed = true;
        add({ kind: 'complete' });
      }
    },
    terminate: () => {
      if (ended || !base) return;
      ended = true;
      // The window is going: what is still queued, then terminated, leave as one batch with keepalive, in order.
      const duration = isoDuration(now().getTime() - client.getInitializedDate().getTime());
      const statements = queue.flatMap((t) =>
        t.kind === 'statement'
          ? [t.statement]
          : t.kind === 'complete'
            ? [completedStatement(base!, duration)]
            : [],
      );
      statements.push(terminatedStatement(base, duration));
      const headers = {
        Authorization: `Basic ${client.getAuthToken()}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      };
      const endpoint = params().endpoint.replace(/\/?$/, '/');
      const beacon = o.beacon ?? keepalive;
      if (latest !== null && queue.some((t) => t.kind === 'state')) {
        const q = new URLSearchParams({
          activityId: params().activityId,
          agent: JSON.stringify(params().actor),
          registration: params().registration,
          stateId: RESUME_STATE_ID,
        });
        beacon(`${endpoint}activities/state?${q}`, headers, JSON.stringify({ resume: latest }));
      }
      beacon(`${endpoint}statements`, headers, JSON.stringify(statements));
    },
    onDelivery: (l) => void listeners.push(l),
  };
}

function keepalive(url: string, headers: Record<string, string>, body: string): void {
  const method = url.includes('/activities/state') ? 'PUT' : 'POST';
  void fetch(url, { method, headers, body, keepalive: true }).catch(() => undefined);
}
