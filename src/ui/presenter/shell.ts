// Presenter mode's room screen: the route table (scenario list, scenario card, the room) and the key map for the
// screen host, the notices, and the link to the presenter view. The game itself is built in app/presenter.ts.
import type { Game } from '../../app/boot';
import type { Room } from '../../app/room';
import type { Command } from '../../presenter/commands';
import { commandForKey } from '../../presenter/keys';
import type { Presenter } from '../../presenter/presenter';
import type { PresenterStores } from '../../presenter/stores';
import { announce, mountAnnouncer } from '../announcer';
import { h } from '../dom';
import { mountHost, type Routes } from '../host/host';
import { mountNotices } from '../host/notices';
import { speakerName } from '../people';
import { runCommand, saveRecord } from './actions';
import type { RoomUi } from './context';
import { controlBar, overlays, watchPointer } from './controls';
import { keepFitting, ROOM_FLOOR, SETUP_FLOOR } from './fit';
import { roomScreen } from './room';
import { beforeScreen, startScreen } from './start';
import { linkPresenterView } from './view-link';
import './presenter.css';

type RoomView =
  { name: 'presenter-start' } | { name: 'presenter-before'; id: string } | { name: 'presenter-room' };

export interface PresenterParts {
  game: Game;
  stores: PresenterStores;
  presenter: Presenter;
  room: Room;
}

function locate(ui: RoomUi): RoomView {
  const phase = ui.stores.presenter.getState().phase;
  if (phase.name === 'room' && ui.stores.session.getState().session) return { name: 'presenter-room' };
  return phase.name === 'before' ? { name: 'presenter-before', id: phase.id } : { name: 'presenter-start' };
}

function routes(controls: HTMLElement): Routes<RoomUi, RoomView> {
  const st = (ui: RoomUi) => ui.stores.presenter.getState();
  const menu = { deps: (ui: RoomUi) => [st(ui)], moment: (ui: RoomUi) => st(ui).help, arrive: unmark };
  let announced = '';
  return {
    'presenter-start': { ...menu, render: (ui) => [startScreen(ui), ...overlays(st(ui))] },
    'presenter-before': { ...menu, render: (ui, v) => [beforeScreen(ui, v.id), ...overlays(st(ui))] },
    'presenter-room': {
      render: (ui) => [roomScreen(ui, session(ui), st(ui)), controls, ...overlays(st(ui))],
      deps: (ui) => {
        const s = session(ui);
        return [
          st(ui),
          s.screen,
          s.transcript.length,
          s.decisions.length,
          ui.stores.settings.getState().captions,
        ];
      },
      moment: (ui) => `${st(ui).screenKey}|${st(ui).help}`,
      arrive: (ui) => {
        const key = st(ui).screenKey;
        document.body.dataset.screen = key;
        if (key === announced) return;
        announced = key;
        announce(announcement(ui));
      },
    },
  };
}

const session = (ui: RoomUi) => ui.stores.session.getState().session!;
const unmark = () => void (document.body.dataset.screen = '');

function announcement(ui: RoomUi): string {
  const s = session(ui).screen;
  if (s.kind === 'line') return speakerName(s.speaker) ? `${speakerName(s.speaker)}: ${s.text}` : s.text;
  if (s.kind === 'choices') return `What should we do? ${s.options.length} options. Count the hands.`;
  if (s.kind === 'ending') return 'The end. Here is the group debrief.';
  return '';
}

/** Keys and clicker: every key is a command; a held key is one press, so a held clicker cannot race ahead. */
function keyMap(command: (cmd: Command) => void) {
  return (e: KeyboardEvent): boolean => {
    const target = e.target as HTMLElement | null;
    // Typing a count: the box handles its own keys (Enter and Escape commit it).
    if (target?.closest('input, textarea, select')) return true;
    const cmd = commandForKey(e);
    // On a focused button or link, Enter and Space press it; handling them here as well would do two things.
    if (!cmd || ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a'))) return true;
    e.preventDefault();
    if (!e.repeat) command(cmd);
    return true;
  };
}

export function mountPresenter(root: HTMLElement, parts: PresenterParts): { tell(message: string): void } {
  const { game, stores, presenter, room } = parts;
  const html = document.documentElement;
  html.classList.add('presenter');
  document.title = 'Care Conversations: presenter mode';
  const noticeBox = h('div', { class: 'pm-notices', role: 'status', 'aria-live': 'polite' });
  const main = h('main', { id: 'app', class: 'pm-app' });
  root.append(noticeBox, main);
  mountAnnouncer(root);
  const notices = mountNotices(noticeBox, { notice: 'pm-notice', button: 'pm-button' });
  const view = linkPresenterView({
    stores,
    title: room.title,
    record: room.record,
    ahead: (inkState) => room.lookahead()?.from(inkState) ?? null,
    decisions: () => game.controller.current?.decisions ?? null,
    command: (cmd) => command(cmd),
    tell: notices.tell,
  });
  const ui: RoomUi = {
    ...room,
    catalogue: game.catalogue,
    controller: game.controller,
    presenter,
    stores,
    command: (cmd) => command(cmd),
    saveRecord: () => saveRecord(ui),
  };
  const command = (cmd: Command) => runCommand(ui, { openView: view.open, tell: notices.tell }, cmd);
  const inRoom = () => locate(ui).name === 'presenter-room';
  const paged = () => inRoom() && stores.session.getState().session?.screen.kind === 'ending';
  const refit = keepFitting(main, {
    scale: () => stores.presenter.getState().textScale / 100,
    paged,
    // The debrief pages a decision taller than a page instead: its text stays at the ordinary size or above.
    floor: () => (!inRoom() ? SETUP_FLOOR : paged() ? 1 : ROOM_FLOOR),
  });
  const scale = () => {
    const now = String(stores.presenter.getState().textScale / 100);
    if (html.style.getPropertyValue('--pm-scale') === now) return;
    html.style.setProperty('--pm-scale', now);
    refit();
  };
  stores.presenter.subscribe(scale);
  scale();
  mountHost<RoomUi, RoomView>({
    main,
    ctx: ui,
    routes: routes(controlBar(command)),
    locate,
    sources: [stores.session, stores.presenter, stores.settings],
    keys: keyMap(command),
    title: 'Care Conversations: presenter mode',
    focus: 'stay',
  });
  for (const store of [stores.session, stores.presenter]) store.subscribe(() => view.changed());
  watchPointer();
  keepTheRoom(ui, view.closed);
  view.ready();
  return notices;
}

/** Leaving the page mid-scenario loses the room's votes (the session lives only in this page): the browser asks. */
function keepTheRoom(ui: RoomUi, closed: () => void): void {
  window.addEventListener('beforeunload', (e) => {
    const s = ui.stores.session.getState().session;
    if (ui.stores.presenter.getState().phase.name === 'room' && s && s.screen.kind !== 'ending')
      e.preventDefault();
  });
  window.addEventListener('pagehide', closed);
}
