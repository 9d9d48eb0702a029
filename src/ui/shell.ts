// The interface shell: one screen at a time in <main>, the live region, notices, keyboard shortcuts, and the
// learner's reading settings applied to the page. Screens are rebuilt when what they show changes.

import { prefersReducedMotion } from '../state/settings';
import { mountAnnouncer } from './announcer';
import { useFont } from './fonts';
import { button, h } from './dom';
import type { UiContext, View } from './context';
import { aboutScreen } from './screens/about';
import { pauseScreen, stepOutScreen } from './screens/pause';
import { beforeScreen, pickerScreen } from './screens/picker';
import { announcement, announceScreen, INPUT_GUARD_MS, playScreen } from './screens/play';
import { settingsScreen } from './screens/settings';
import { titleScreen } from './screens/title';
import { deleteProfileScreen, profilesScreen } from './screens/profiles';
import { backFrom, debriefView, isDebriefView } from './debrief';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Shell {
  go(view: View): void;
  tell(message: string, action?: NoticeAction): void;
  view(): View;
}

export function mountShell(
  root: HTMLElement,
  ctx: Omit<UiContext, 'go' | 'notices'>,
  first: View = { name: 'title' },
): Shell {
  let view: View = first;
  let lastKey = '';
  let shownAt = 0;
  let transcriptOpen = false;
  const messages: string[] = [];
  const actions = new Map<string, NoticeAction>();
  const main = h('main', { id: 'app' });
  const noticeBox = h('div', { id: 'notices', role: 'status', 'aria-live': 'polite' });
  root.append(noticeBox, main);
  mountAnnouncer(root);

  const ui: UiContext = { ...ctx, go: (v) => go(v), notices: () => messages };

  const systemReducedMotion = () =>
    globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const applySettings = () => {
    const s = ctx.settings.getState();
    const html = document.documentElement;
    html.style.setProperty('--text-scale', String(s.textSize / 100));
    html.dataset.theme = s.theme;
    html.dataset.motion = prefersReducedMotion(s, systemReducedMotion()) ? 'reduce' : 'full';
    useFont(s.font);
  };

  const renderNotices = () => {
    noticeBox.replaceChildren(
      ...messages.map((m, i) =>
        h(
          'p',
          { class: 'notice' },
          m,
          ' ',
          actions.has(m) &&
            button(actions.get(m)!.label, () => actions.get(m)!.run(), { class: 'small-button primary' }),
          button(
            'OK',
            () => {
              messages.splice(i, 1);
              renderNotices();
            },
            { class: 'small-button', 'aria-label': 'Dismiss this message' },
          ),
        ),
      ),
    );
  };

  const render = (force = false) => {
    const session = ctx.session.getState().session;
    if (view.name === 'play' && !session) view = { name: 'title' };
    const key =
      view.name === 'play' && session
        ? `play:${session.scenarioId}:${session.screen.kind}:${session.transcript.length}:${session.decisions.length}:${transcriptOpen}`
        : JSON.stringify(view);
    if (!force && key === lastKey) return;
    const newScreen = key !== lastKey;
    lastKey = key;
    const active = document.activeElement?.id;
    let screen: HTMLElement;
    switch (view.name) {
      case 'title':
        screen = titleScreen(ui);
        break;
      case 'picker':
        screen = pickerScreen(ui);
        break;
      case 'before':
        screen = beforeScreen(ui, view.id);
        break;
      case 'pause':
        screen = pauseScreen(ui);
        break;
      case 'stepout':
        screen = stepOutScreen(ui);
        break;
      case 'settings':
        screen = settingsScreen(ui, view.back);
        break;
      case 'debrief':
      case 'record':
      case 'progress':
      case 'saved-record':
      case 'imported-record':
        screen = debriefView(ui, view);
        break;
      case 'about':
        screen = aboutScreen(ui);
        break;
      case 'profiles':
        screen = profilesScreen(ui);
        break;
      case 'delete-profile':
        screen = deleteProfileScreen(ui, view.id);
        break;
      case 'play':
        if (newScreen) shownAt = performance.now();
        screen = playScreen(ui, session!, shownAt, transcriptOpen, () => {
          transcriptOpen = !transcriptOpen;
          render();
        });
        break;
    }
    main.replaceChildren(screen);
    document.body.dataset.view = view.name;
    const keep = !newScreen && active ? document.getElementById(active) : null;
    const target = keep ?? main.querySelector<HTMLElement>('[data-autofocus]');
    target?.focus({ preventScroll: true });
    if (newScreen && view.name === 'play' && session) {
      announceScreen(session);
      readAloud(session);
    }
  };

  // Read aloud: the screen's words, spoken by the device, with the line highlighted while it is read.
  const readAloud = (session: NonNullable<ReturnType<typeof ctx.session.getState>['session']>) => {
    const s = ctx.settings.getState();
    if (!s.readAloud || !ctx.speech) return;
    const text = announcement(session);
    if (!text) return;
    const target = main.querySelector<HTMLElement>('#line-text, #choices, .feedback, .summary');
    ctx.speech.speak(
      text,
      { voice: s.voice, rate: s.rate },
      () => target?.classList.add('speaking'),
      () => target?.classList.remove('speaking'),
    );
  };

  const go = (v: View) => {
    if (v.name !== 'play') ctx.speech?.stop();
    view = v;
    render();
  };

  ctx.session.subscribe(() => render());
  ctx.settings.subscribe(() => {
    applySettings();
    render(true);
  });
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').addEventListener?.('change', applySettings);

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    // A held key repeats; only its first press counts. Without this, a held Enter presses the focused button again
    // and again (Continue, line after line). Text boxes keep their repeats.
    if (
      e.repeat &&
      (e.key === 'Enter' || e.key === ' ') &&
      !(e.target as HTMLElement | null)?.closest('textarea, input, select')
    ) {
      e.preventDefault();
      return;
    }
    const session = ctx.session.getState().session;
    if (e.key === 'Escape') {
      if (view.name === 'play') go({ name: 'pause' });
      else if (view.name === 'pause' || view.name === 'stepout') go({ name: 'play' });
      else if (view.name === 'settings') go(view.back);
      else if (isDebriefView(view)) go(backFrom(view));
      else if (view.name !== 'title') go({ name: 'title' });
      e.preventDefault();
      return;
    }
    if (view.name !== 'play' || !session || e.repeat) return;
    if (performance.now() - shownAt < INPUT_GUARD_MS) return;
    const target = e.target as HTMLElement | null;
    const onControl = !!target?.closest('button, input, select, textarea, a');
    if (/^[1-9]$/.test(e.key) && session.screen.kind === 'choices') {
      e.preventDefault();
      ctx.controller.choose(Number(e.key) - 1);
    } else if ((e.key === 'Enter' || e.key === ' ') && !onControl) {
      // On a focused button, Enter and Space already press it; handling them here too would skip a line.
      e.preventDefault();
      ctx.controller.continue();
    }
  });

  applySettings();
  render(true);
  return {
    go,
    tell: (m, action) => {
      if (messages.includes(m)) return;
      if (action) actions.set(m, action);
      messages.push(m);
      renderNotices();
    },
    view: () => view,
  };
}
