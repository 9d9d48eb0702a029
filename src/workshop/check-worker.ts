// The workshop's checker, off the main thread: the trainer's typing never waits for a check. Each request carries
// a sequence number; while one check runs, newer requests pile up, and only the newest of them is checked next.
import { checkSource, type SourceCheck } from '../../tools/checker/check-source.ts';
import { registriesWith, type WorkshopDraft } from './draft';

export interface CheckRequest {
  seq: number;
  draft: WorkshopDraft;
}

export interface CheckReply {
  seq: number;
  check: SourceCheck;
  /** How long the check itself took, in milliseconds. */
  ms: number;
}

let newest: CheckRequest | null = null;
let scheduled = false;

function run(): void {
  scheduled = false;
  const request = newest;
  newest = null;
  if (!request) return;
  const started = performance.now();
  let check: SourceCheck;
  try {
    check = checkSource(request.draft.ink, registriesWith(request.draft), {
      bar: 'advice',
      fileName: 'my-scenario.ink',
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    check = {
      diagnostics: [{ line: 1, severity: 'error', message: `the checker stopped: ${message}` }],
      figures: null,
      compiled: null,
    };
  }
  const reply: CheckReply = { seq: request.seq, check, ms: performance.now() - started };
  postMessage(reply);
}

addEventListener('message', (e: MessageEvent<CheckRequest>) => {
  if (!newest || e.data.seq > newest.seq) newest = e.data;
  // Messages already waiting are delivered before this timer, so a burst collapses into its newest request.
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
});
