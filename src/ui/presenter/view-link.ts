// The room screen's side of the presenter view: opening the second window, answering its hello with a snapshot,
// sending a fresh snapshot after every change (one per task, however many stores changed), and taking its
// commands as if they were keys pressed here.
import type { Command } from '../../presenter/commands';
import type { Ahead } from '../../presenter/lookahead';
import type { SessionRecord } from '../../presenter/record';
import { buildSnapshot } from '../../presenter/snapshot';
import type { PresenterStores } from '../../presenter/stores';
import { toView, type ToRoom } from '../../presenter/sync';
import { roomLink } from './link';

export interface ViewLinkDeps {
  stores: PresenterStores;
  title(id: string): string;
  record(): SessionRecord | null;
  /** What follows the story state given (null when there is no scenario running). */
  ahead(inkState: string): Ahead | null;
  /** Decisions on the shortest and longest route of the scenario running. */
  decisions(): { min: number; max: number } | null;
  command(cmd: Command): void;
  tell(message: string): void;
}

export interface ViewLink {
  open(): void;
  /** Sends a snapshot soon (after whatever else changes in this task). */
  changed(): void;
  ready(): void;
  closed(): void;
}

export function linkPresenterView(deps: ViewLinkDeps): ViewLink {
  const { stores } = deps;
  let viewWindow: Window | null = null;
  let seq = 0;
  let queued = false;
  const link = roomLink((m: ToRoom) => {
    if (m.type === 'hello') {
      stores.presenter.setState({ viewOpen: true });
      send();
    } else if (m.type === 'bye') stores.presenter.setState({ viewOpen: false });
    // Full screen and opening windows need a key pressed in this window; the view does its own full screen.
    else if (m.command.type !== 'fullscreen' && m.command.type !== 'present' && m.command.type !== 'view')
      deps.command(m.command);
  });
  const send = () => {
    if (!link || !stores.presenter.getState().viewOpen) return;
    const session = stores.session.getState().session;
    const st = stores.presenter.getState();
    const inRoom = st.phase.name === 'room';
    const live = session && inRoom && ['line', 'choices', 'feedback'].includes(session.screen.kind);
    const snapshot = buildSnapshot({
      state: st,
      session: inRoom ? session : null,
      title: session ? deps.title(session.scenarioId) : null,
      ahead: live ? deps.ahead(session.save.inkState) : null,
      record: inRoom ? deps.record() : null,
      decisions: inRoom ? deps.decisions() : null,
    });
    link.send(toView.snapshot((seq += 1), snapshot));
  };
  return {
    open: () => {
      if (!link)
        return deps.tell(
          'This browser cannot open a presenter view. Everything still works from this screen.',
        );
      if (viewWindow && !viewWindow.closed) return viewWindow.focus();
      const url = new URL(location.href);
      url.search = '?mode=presenter-view';
      url.hash = '';
      viewWindow = window.open(url.href, 'care-conversations-presenter-view', 'popup,width=1280,height=800');
      if (!viewWindow)
        deps.tell('The browser blocked the presenter view. Allow pop-ups for this page, then press P again.');
    },
    changed: () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        send();
      });
    },
    ready: () => link?.send(toView.ready()),
    closed: () => link?.send(toView.closed()),
  };
}
