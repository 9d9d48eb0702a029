// The presenter view: a second window on the trainer's own screen, like a slide deck's presenter view. It shows
// what the room does not see and drives the room screen: its keys and buttons are sent back as commands. Its state
// is what the room screen last sent; the screen host rebuilds the page when that changes.
import { createStore } from 'zustand/vanilla';
import type { Command } from '../../presenter/commands';
import { commandForKey } from '../../presenter/keys';
import type { Snapshot } from '../../presenter/snapshot';
import { toRoom, type ToView } from '../../presenter/sync';
import { h } from '../dom';
import { mountHost } from '../host/host';
import { viewLink } from './link';
import { mountViewClock } from './view-clock';
import { connectedView, keysCard, waiting } from './view-screen';
import './presenter-view.css';

interface ViewState {
  snapshot: Snapshot | null;
  connected: boolean;
  showKeys: boolean;
}
type ViewStore = ReturnType<typeof createViewStore>;
const createViewStore = () =>
  createStore<ViewState>(() => ({ snapshot: null, connected: false, showKeys: false }));

export function mountPresenterView(root: HTMLElement): void {
  const html = document.documentElement;
  html.classList.add('presenter-view');
  document.title = 'Care Conversations: presenter view';
  const main = h('main', { id: 'app', class: 'pmv' });
  const clock = h('p', { class: 'pmv-clock', id: 'pmv-clock', 'aria-live': 'off' });
  root.append(clock, main);
  const stage = document.getElementById('stage');
  if (stage) stage.hidden = true;
  const store = createViewStore();
  let lastSeq = 0;
  const link = viewLink((m: ToView) => {
    if (m.type === 'ready') {
      lastSeq = 0;
      return link?.send(toRoom.hello());
    }
    if (m.type === 'closed') return store.setState({ connected: false });
    // Snapshots arrive in order on one channel; a lower number is one from before the room screen reloaded.
    if (m.seq <= lastSeq && store.getState().connected) return;
    lastSeq = m.seq;
    store.setState({ connected: true, snapshot: m.snapshot });
  });
  if (!link) return void main.replaceChildren(...unlinked());
  const send = (cmd: Command) => link.send(toRoom.command(cmd));
  mountHost<ViewStore, { name: 'presenter-view' }>({
    main,
    ctx: store,
    routes: { 'presenter-view': { render: (s) => viewPage(s, send), deps: (s) => [s.getState()] } },
    locate: () => ({ name: 'presenter-view' }),
    sources: [store],
    keys: viewKeys(store, send),
    focus: 'stay',
  });
  const tick = mountViewClock(clock, () => store.getState().snapshot?.startedAt ?? null);
  store.subscribe(() => void tick());
  const mark = () => (document.body.dataset.connected = store.getState().connected ? 'yes' : 'no');
  store.subscribe(mark);
  mark();
  window.addEventListener('pagehide', () => link.send(toRoom.bye()));
  link.send(toRoom.hello());
}

function viewPage(store: ViewStore, send: (cmd: Command) => void): HTMLElement[] {
  const { snapshot, connected, showKeys } = store.getState();
  const toggleKeys = () => store.setState({ showKeys: !showKeys });
  const page = connected && snapshot ? connectedView(snapshot, send, showKeys, toggleKeys) : waiting();
  return showKeys ? [...page, keysCard()] : page;
}

function unlinked(): HTMLElement[] {
  return [
    h('h1', {}, 'Presenter view'),
    h(
      'p',
      {},
      'This browser cannot link two windows, so there is no presenter view. Everything works from the room screen.',
    ),
  ];
}

/** The same keys as the room screen, sent there; full screen and the key list belong to this window. */
function viewKeys(store: ViewStore, send: (cmd: Command) => void) {
  return (e: KeyboardEvent): boolean => {
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) return true;
    const cmd = commandForKey(e);
    if (!cmd || ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a'))) return true;
    e.preventDefault();
    if (e.repeat || cmd.type === 'view') return true;
    if (cmd.type === 'type-counts') document.getElementById('pmv-count-1')?.focus();
    else if (cmd.type === 'help') store.setState((s) => ({ showKeys: !s.showKeys }));
    else if (cmd.type === 'fullscreen' || cmd.type === 'present') {
      const html = document.documentElement;
      void (document.fullscreenElement ? document.exitFullscreen?.() : html.requestFullscreen?.())?.catch(
        () => undefined,
      );
    } else send(cmd);
    return true;
  };
}
