// The messages between the room screen and the presenter view, over a BroadcastChannel. The main window owns the
// story; the view only shows snapshots and sends commands back. Every message carries the protocol version, and
// anything that does not check out is ignored (any page of this origin can post on the channel).

import { isCommand, type Command } from './commands';
import type { Snapshot } from './snapshot';

export const PRESENTER_CHANNEL = 'care-conversations-presenter';
export const PROTOCOL = 1;

/**
 * Room screen -> presenter view. `ready`: the room screen has (re)started, so a view already open says hello
 * again; `closed`: the room screen is going away.
 */
export type ToView =
  | { v: typeof PROTOCOL; type: 'snapshot'; seq: number; snapshot: Snapshot }
  | { v: typeof PROTOCOL; type: 'ready' }
  | { v: typeof PROTOCOL; type: 'closed' };

/** Presenter view -> room screen. */
export type ToRoom =
  | { v: typeof PROTOCOL; type: 'hello' }
  | { v: typeof PROTOCOL; type: 'bye' }
  | { v: typeof PROTOCOL; type: 'command'; command: Command };

const obj = (x: unknown): Record<string, unknown> | null =>
  typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : null;

export function isToView(x: unknown): x is ToView {
  const o = obj(x);
  if (!o || o.v !== PROTOCOL) return false;
  if (o.type === 'closed' || o.type === 'ready') return true;
  return (
    o.type === 'snapshot' &&
    Number.isInteger(o.seq) &&
    obj(o.snapshot) !== null &&
    typeof obj(o.snapshot)!.phase === 'string'
  );
}

export function isToRoom(x: unknown): x is ToRoom {
  const o = obj(x);
  if (!o || o.v !== PROTOCOL) return false;
  if (o.type === 'hello' || o.type === 'bye') return true;
  return o.type === 'command' && isCommand(o.command);
}

export const toView = {
  snapshot: (seq: number, snapshot: Snapshot): ToView => ({ v: PROTOCOL, type: 'snapshot', seq, snapshot }),
  ready: (): ToView => ({ v: PROTOCOL, type: 'ready' }),
  closed: (): ToView => ({ v: PROTOCOL, type: 'closed' }),
};

export const toRoom = {
  hello: (): ToRoom => ({ v: PROTOCOL, type: 'hello' }),
  bye: (): ToRoom => ({ v: PROTOCOL, type: 'bye' }),
  command: (command: Command): ToRoom => ({ v: PROTOCOL, type: 'command', command }),
};
