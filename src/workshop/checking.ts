// Checks as the trainer types: a check is asked for once typing pauses (debounced), and a reply is used only if no
// newer check was asked for since, so an old result never replaces a newer one on screen.
import type { WorkshopDraft } from './draft';
import type { CheckReply, CheckRequest } from './check-worker';

export const CHECK_DELAY_MS = 250;

export interface CheckPort {
  post(request: CheckRequest): void;
  /** Called with each reply the port receives. */
  listen(reply: (r: CheckReply) => void): void;
  close(): void;
}

export interface Checking {
  /** The draft changed: check it once typing pauses. */
  changed(draft: WorkshopDraft): void;
  /** Check now (opening a draft, starting a preview). */
  now(draft: WorkshopDraft): void;
  /** The newest reply, once it has come. */
  latest(): CheckReply | null;
  /** The check of the text as it is now: at once if it has come, else when it comes. */
  settled(draft: WorkshopDraft): Promise<CheckReply>;
  close(): void;
}

export function createChecking(
  port: CheckPort,
  onReply: (r: CheckReply) => void,
  delay = CHECK_DELAY_MS,
): Checking {
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: CheckReply | null = null;
  let waiting: ((r: CheckReply) => void)[] = [];
  port.listen((reply) => {
    if (reply.seq !== seq) return; // a newer check has been asked for: this one is out of date
    latest = reply;
    onReply(reply);
    const ready = waiting;
    waiting = [];
    for (const w of ready) w(reply);
  });
  const send = (draft: WorkshopDraft) => {
    timer = null;
    seq += 1;
    port.post({ seq, draft });
  };
  return {
    changed(draft) {
      if (timer) clearTimeout(timer);
      // Anything in flight is out of date from this key press on.
      seq += 1;
      timer = setTimeout(() => send(draft), delay);
    },
    now(draft) {
      if (timer) clearTimeout(timer);
      send(draft);
    },
    latest: () => latest,
    settled(draft) {
      if (latest && latest.seq === seq && !timer) return Promise.resolve(latest);
      const reply = new Promise<CheckReply>((ok) => waiting.push(ok));
      if (timer) this.now(draft);
      return reply;
    },
    close() {
      if (timer) clearTimeout(timer);
      port.close();
    },
  };
}

/** The real port: a module worker built by Vite from check-worker.ts. */
export function workerPort(): CheckPort {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (r) => worker.postMessage(r),
    listen: (reply) => worker.addEventListener('message', (e: MessageEvent<CheckReply>) => reply(e.data)),
    close: () => worker.terminate(),
  };
}
