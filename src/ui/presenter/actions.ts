// Presenter mode's commands, whatever sent them (a key, a clicker, a button, the presenter view): the window's own
// (full screen, the presenter view, sound, typing counts), then the Presenter's (votes, reveals, lines), then what
// a command means on the scenario list, the scenario card and the group debrief.
import type { Command } from '../../presenter/commands';
import { recordText } from '../../presenter/record';
import { h, humanise } from '../dom';
import type { RoomUi } from './context';

export interface WindowActions {
  openView(): void;
  tell(message: string): void;
}

export function runCommand(ui: RoomUi, win: WindowActions, cmd: Command): void {
  const { stores } = ui;
  if (cmd.type === 'fullscreen') return fullscreen(!document.fullscreenElement, win);
  if (cmd.type === 'present') return fullscreen(true, win);
  if (cmd.type === 'view') return win.openView();
  if (cmd.type === 'mute') return stores.settings.setState((s) => ({ muted: !s.muted }));
  if (cmd.type === 'type-counts') return document.getElementById('pm-count-1')?.focus();
  if (ui.presenter.dispatch(cmd)) return;
  const phase = stores.presenter.getState().phase;
  if (phase.name === 'start') return onList(ui, cmd, phase.last);
  if (phase.name === 'before') {
    if (cmd.type === 'next') void ui.start(phase.id);
    else if (cmd.type === 'back' || cmd.type === 'escape') ui.toStart();
  } else if (phase.name === 'room' && (cmd.type === 'next' || cmd.type === 'back')) {
    onDebrief(ui, cmd.type);
  }
}

/**
 * The scenario list with a clicker: Next opens the card of the scenario offered (the first, or the one after the
 * card last opened); Back on a card comes back here offering the next one, so Next and Back reach every scenario.
 */
function onList(ui: RoomUi, cmd: Command, last: string | undefined): void {
  if (cmd.type === 'hand' && cmd.delta > 0) {
    const c = ui.catalogue[cmd.option];
    if (c) ui.choose(c.id);
  } else if (cmd.type === 'next') {
    const c = ui.catalogue[offeredScenario(ui.catalogue, last)];
    if (c) ui.choose(c.id);
  }
}

/** The scenario the list offers first: the one after `last` (wrapping round), or the first. */
export function offeredScenario(catalogue: readonly { id: string }[], last: string | undefined): number {
  const i = catalogue.findIndex((c) => c.id === last);
  return i < 0 ? 0 : (i + 1) % catalogue.length;
}

/**
 * The debrief is longer than a screen: Next and Back page through it. At the foot, Next moves focus to "Run this
 * scenario again" (the focus ring shows it), and Next again presses it, so a clicker can start the next run. Focus,
 * not a store, holds that step: a store change would rebuild the page and lose the scroll.
 */
function onDebrief(ui: RoomUi, type: 'next' | 'back'): void {
  const body = document.getElementById('pm-body');
  if (!body) return;
  const again = document.getElementById('pm-again');
  const session = ui.stores.session.getState().session;
  if (type === 'next' && again && session?.screen.kind === 'ending') {
    if (document.activeElement === again) return void ui.start(session.scenarioId);
    if (body.scrollTop + body.clientHeight >= body.scrollHeight - 2) return again.focus();
  }
  body.scrollTop = pageTo(body, type);
}

/**
 * Where a page turn goes: Next brings the first block cut off at the foot (a decision, an outcome, a paragraph)
 * to the top, so nothing is read cut in half; Back goes up a page, to the block that starts it. A block taller
 * than the page (none at the sizes tested) is paged through by 80% of the page.
 */
function pageTo(body: HTMLElement, type: 'next' | 'back'): number {
  const page = body.clientHeight;
  const top = body.scrollTop;
  const origin = body.getBoundingClientRect().top - top;
  const blocks = [
    ...body.querySelectorAll<HTMLElement>('.pm-debrief > :not(ol, ul), .pm-debrief > :is(ol, ul) > li'),
  ]
    .map((b) => ({
      at: b.getBoundingClientRect().top - origin,
      end: b.getBoundingClientRect().bottom - origin,
    }))
    .sort((a, b) => a.at - b.at);
  if (type === 'next') {
    const cut = blocks.find((b) => b.end > top + page + 1);
    return cut && cut.at > top + 1 ? cut.at : top + page * 0.8;
  }
  const first = blocks.find((b) => b.at >= top - page - 1);
  return first && first.at < top - 1 ? first.at : Math.max(0, top - page * 0.8);
}

function fullscreen(on: boolean, win: WindowActions): void {
  if (on === !!document.fullscreenElement) return;
  const done = on ? document.documentElement.requestFullscreen?.() : document.exitFullscreen?.();
  void done?.catch(() =>
    win.tell('Full screen is not available here: use the browser’s own full-screen key (F11).'),
  );
}

/** The group's session record as a text file, for the trainer's own records. */
export function saveRecord(ui: RoomUi): void {
  const r = ui.record();
  if (!r) return;
  const blob = new Blob([recordText(r, humanise)], { type: 'text/plain;charset=utf-8' });
  const a = h('a', {
    href: URL.createObjectURL(blob),
    download: `session-record-${r.scenarioId}-${r.startedAt.slice(0, 10)}.txt`,
  });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
