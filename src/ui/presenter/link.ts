// The BroadcastChannel between the room screen and the presenter view (same origin, same browser). Messages
// that do not check out are dropped. Without BroadcastChannel there is no presenter view, and the room screen
// says so when asked for one.

import { PRESENTER_CHANNEL, isToRoom, isToView, type ToRoom, type ToView } from '../../presenter/sync';

export interface Link<Out> {
  send(message: Out): void;
  close(): void;
}

function open<In, Out>(check: (x: unknown) => x is In, onMessage: (m: In) => void): Link<Out> | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  channel.onmessage = (e: MessageEvent) => {
    if (check(e.data)) onMessage(e.data);
  };
  return {
    send: (m) => channel.postMessage(m),
    close: () => channel.close(),
  };
}

/** The room screen's end: hears hello, bye and commands; sends snapshots. */
export const roomLink = (onMessage: (m: ToRoom) => void) => open<ToRoom, ToView>(isToRoom, onMessage);

/** The presenter view's end: hears snapshots; sends hello, bye and commands. */
export const viewLink = (onMessage: (m: ToView) => void) => open<ToView, ToRoom>(isToView, onMessage);
