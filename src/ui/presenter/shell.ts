// Presenter mode's room screen: the wiring of the presenter's own in-memory stores, the story controller, the
// stage and sound, the keys and clicker, and the channel to the presenter view. Nothing here is ever saved.
import { Story } from 'inkjs';
import sounds from '../../../stories/sounds.json';
import { Controller } from '../../app/controller';
import { startSound } from '../../app/sound-link';
import { startStage } from '../../app/stage-link';
import type { Command } from '../../presenter/commands';
import { commandForKey } from '../../presenter/keys';
import { Lookahead } from '../../presenter/lookahead';
import { Presenter } from '../../presenter/presenter';
import { buildSessionRecord, recordText, type SessionRecord } from '../../presenter/record';
import { initialPresenterState } from '../../presenter/state';
import { createPresenterStores } from '../../presenter/stores';
import type { InkStory } from '../../story/ink';
import type { CatalogueEntry } from '../../story/scenario';
import { announce, mountAnnouncer } from '../announcer';
import { button, h, humanise } from '../dom';
import { speakerName } from '../people';
import type { RoomUi } from './context';
import { blankOverlay, helpOverlay } from './overlays';
import { roomScreen } from './room';
import { beforeScreen, startScreen } from './start';
import { linkPresenterView } from './view-link';

const soundTable = sounds as Record<string, { kind: string; caption: string }>;

export function mountPresenter(root: HTMLElement, catalogue: CatalogueEntry[]): void {
  const html = document.documentElement;
  html.classList.add('presenter');
  document.title = 'Care Conversations: presenter mode';
  const stores = createPresenterStores();
  const messages: string[] = [];
  const tell = (m: string) => {
    if (!messages.includes(m)) messages.push(m);
    render(true);
  };
  const cues = {
    sfx: (_id: string) => undefined as void,
    ambience: (_id: string | null) => undefined as void,
  };
  const controller = new Controller({
    catalogue,
    session: stores.session,
    progress: stores.progress,
    settings: stores.settings,
    makeStory: (json) => new Story(json) as unknown as InkStory,
    captionFor: (id) => soundTable[id]?.caption ?? id,
    sound: { sfx: (id) => cues.sfx(id), ambience: (id) => cues.ambience(id) },
    tell,
  });
  const presenter = new Presenter({ session: stores.session, presenter: stores.presenter, play: controller });
  presenter.follow();
  let lookahead: Lookahead | null = null;
  let starting = false;

  const title = (id: string) => catalogue.find((c) => c.id === id)?.title ?? id;
  const record = (): SessionRecord | null => {
    const session = stores.session.getState().session;
    if (!session || session.screen.kind !== 'ending') return null;
    const st = stores.presenter.getState();
    return buildSessionRecord({
      scenarioId: session.scenarioId,
      title: title(session.scenarioId),
      startedAt: session.startedAt,
      ending: session.screen.ending,
      decisions: session.decisions,
      votes: st.votes,
      earlier: st.earlier,
      evidence: controller.evidence(),
    });
  };
  /** A fresh run: no votes, no history; the trainer's display choices (text size, card, view) stay. */
  const reset = (phase: ReturnType<typeof initialPresenterState>['phase']) => {
    const { textScale, discuss, viewOpen } = stores.presenter.getState();
    stores.presenter.setState({ ...initialPresenterState(), phase, textScale, discuss, viewOpen });
  };
  const ui: RoomUi = {
    catalogue,
    controller,
    presenter,
    stores,
    command: (cmd) => command(cmd),
    choose: (id) => reset({ name: 'before', id }),
    start: async (id) => {
      if (starting) return; // a second press while the story loads
      starting = true;
      try {
        controller.clear();
        reset({ name: 'before', id });
        if (!(await controller.start(id))) return;
        const json = controller.current?.json;
        lookahead = json ? new Lookahead(() => new Story(json) as unknown as InkStory) : null;
        stores.presenter.setState({ phase: { name: 'room' } });
      } finally {
        starting = false;
      }
    },
    toStart: () => {
      controller.clear();
      lookahead = null;
      reset({ name: 'start' });
    },
    record,
    title,
    saveRecord: () => {
      const r = record();
      if (!r) return;
      const blob = new Blob([recordText(r, humanise)], { type: 'text/plain;charset=utf-8' });
      const a = h('a', {
        href: URL.createObjectURL(blob),
        download: `session-record-${r.scenarioId}-${r.startedAt.slice(0, 10)}.txt`,
      });
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    },
  };

  // The presenter view: a second window on the trainer's screen, kept in step over a BroadcastChannel.
  const view = linkPresenterView({
    stores,
    title,
    record,
    ahead: (inkState) => lookahead?.from(inkState) ?? null,
    command: (cmd) => command(cmd),
    tell,
  });

  const fullscreen = (on: boolean) => {
    if (on === !!document.fullscreenElement) return;
    const done = on ? html.requestFullscreen?.() : document.exitFullscreen?.();
    void done?.catch(() =>
      tell('Full screen is not available here: use the browser’s own full-screen key (F11).'),
    );
  };

  const command = (cmd: Command) => {
    if (cmd.type === 'fullscreen') return fullscreen(!document.fullscreenElement);
    if (cmd.type === 'present') return fullscreen(true);
    if (cmd.type === 'view') return view.open();
    if (cmd.type === 'mute') return stores.settings.setState((s) => ({ muted: !s.muted }));
    if (cmd.type === 'type-counts') return document.getElementById('pm-count-1')?.focus();
    if (presenter.dispatch(cmd)) return;
    const st = stores.presenter.getState();
    if (st.phase.name === 'start' && cmd.type === 'hand' && cmd.delta > 0) {
      const c = catalogue[cmd.option];
      if (c) ui.choose(c.id);
    } else if (st.phase.name === 'before') {
      if (cmd.type === 'next') void ui.start(st.phase.id);
      else if (cmd.type === 'back' || cmd.type === 'escape') ui.toStart();
    } else if (st.phase.name === 'room' && (cmd.type === 'next' || cmd.type === 'back')) {
      // The debrief is longer than a screen: Next and Back page through it.
      const body = document.getElementById('pm-body');
      body?.scrollBy({ top: (cmd.type === 'next' ? 1 : -1) * body.clientHeight * 0.8 });
    }
  };

  // The page: notices, the screen, the controls for a mouse, the overlays.
  const noticeBox = h('div', { class: 'pm-notices', role: 'status', 'aria-live': 'polite' });
  const main = h('main', { id: 'app', class: 'pm-app' });
  root.append(noticeBox, main);
  mountAnnouncer(root);
  const control = (label: string, cmd: Command, keys: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'pm-control',
        'aria-keyshortcuts': keys,
        onclick: (e: Event) => {
          command(cmd);
          // After a click, the keys (Space above all) belong to the presentation again, not to this button.
          if ((e as MouseEvent).detail > 0) (document.activeElement as HTMLElement | null)?.blur();
        },
      },
      label,
    );
  const controls = h(
    'nav',
    { class: 'pm-controls', 'aria-label': 'Presenter controls' },
    control('Back', { type: 'back' }, 'PageUp'),
    control('Next', { type: 'next' }, 'PageDown'),
    control('Reveal', { type: 'reveal' }, 'R'),
    control('Blank', { type: 'blank' }, 'B'),
    control('Full screen', { type: 'fullscreen' }, 'F'),
    control('Presenter view', { type: 'view' }, 'P'),
    control('Keys', { type: 'help' }, '?'),
  );

  let lastKey = '';
  let lastAnnounced = '';
  const render = (force = false) => {
    const st = stores.presenter.getState();
    const session = stores.session.getState().session;
    html.style.setProperty('--pm-scale', String(st.textScale / 100));
    const inRoom = st.phase.name === 'room' && session;
    const key = JSON.stringify([
      st,
      inRoom ? [session.screen, session.transcript.length, session.decisions.length] : null,
      messages.length,
    ]);
    if (!force && key === lastKey) return;
    lastKey = key;
    const active = document.activeElement?.id;
    let screen: HTMLElement;
    if (inRoom) screen = roomScreen(ui, session, st);
    else if (st.phase.name === 'before') screen = beforeScreen(ui, st.phase.id);
    else screen = startScreen(ui);
    main.replaceChildren(
      screen,
      inRoom ? controls : '',
      st.help ? helpOverlay() : '',
      st.blank ? blankOverlay() : '',
    );
    noticeBox.replaceChildren(
      ...messages.map((m, i) =>
        h(
          'p',
          { class: 'pm-notice' },
          m,
          ' ',
          button(
            'OK',
            () => {
              messages.splice(i, 1);
              render(true);
            },
            { class: 'pm-button' },
          ),
        ),
      ),
    );
    const name = inRoom ? 'presenter-room' : `presenter-${st.phase.name}`;
    const changed = document.body.dataset.view !== name || document.body.dataset.screen !== st.screenKey;
    document.body.dataset.view = name;
    document.body.dataset.screen = inRoom ? st.screenKey : '';
    const keep = active ? document.getElementById(active) : null;
    const target = keep ?? (changed || st.help ? main.querySelector<HTMLElement>('[data-autofocus]') : null);
    target?.focus({ preventScroll: true });
    if (inRoom && st.screenKey !== lastAnnounced) {
      lastAnnounced = st.screenKey;
      const s = session.screen;
      if (s.kind === 'line')
        announce(speakerName(s.speaker) ? `${speakerName(s.speaker)}: ${s.text}` : s.text);
      else if (s.kind === 'choices')
        announce(`What should we do? ${s.options.length} options. Count the hands.`);
      else if (s.kind === 'ending') announce('The end. Here is the group debrief.');
    }
  };

  stores.session.subscribe(() => {
    render();
    view.changed();
  });
  stores.presenter.subscribe(() => {
    render();
    view.changed();
  });
  stores.settings.subscribe(() => render());

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    // Typing a count: the box handles its own keys (Enter and Escape commit it).
    if (target?.closest('input, textarea, select')) return;
    const cmd = commandForKey(e);
    if (!cmd) return;
    // On a focused button or link, Enter and Space press it; handling them here as well would do two things.
    if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a')) return;
    e.preventDefault();
    if (e.repeat) return; // a held key is one press: a held clicker must not race through the story
    command(cmd);
  });
  let idle: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('pointermove', () => {
    html.dataset.pointer = 'active';
    clearTimeout(idle);
    idle = setTimeout(() => delete html.dataset.pointer, 2500);
  });
  window.addEventListener('beforeunload', (e) => {
    // The session lives only in this page: leaving it mid-scenario loses the room's votes.
    const s = stores.session.getState().session;
    if (stores.presenter.getState().phase.name === 'room' && s && s.screen.kind !== 'ending')
      e.preventDefault();
  });
  window.addEventListener('pagehide', () => view.closed());

  const wanted = new URLSearchParams(location.search).get('scenario');
  if (wanted && catalogue.some((c) => c.id === wanted)) ui.choose(wanted);
  render(true);
  view.ready();

  requestAnimationFrame(() => {
    setTimeout(() => {
      const stage = document.getElementById('stage');
      if (stage) void startStage(stage, stores.session, stores.settings);
      void startSound(stores.settings, tell).then((s) => {
        if (!s) return;
        cues.sfx = (id) => s.sfx(id);
        cues.ambience = (id) => s.ambience(id);
        const current = stores.session.getState().session;
        if (current) s.ambience(current.stage.ambience);
      });
    }, 0);
  });
}
