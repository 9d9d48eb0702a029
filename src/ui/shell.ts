// Self-study's interface: the route table and key map handed to the screen host. Each route names its screen, the
// state it shows (so it is rebuilt on exactly that), where Escape goes back to, and the tab title.
import type { UiContext, View } from './context';
import { debriefScreen } from './debrief/debrief-screen';
import { progressScreen } from './debrief/progress-screen';
import { importedRecordScreen, recordScreen, savedRecordScreen } from './debrief/record-screen';
import { mountHost, type Host, type Route } from './host/host';
import { packScreen } from './roleplay/pack';
import { aboutScreen } from './screens/about';
import { pauseScreen, stepOutScreen } from './screens/pause';
import { beforeScreen, pickerScreen } from './screens/picker';
import { playRoute } from './screens/play-route';
import { deleteProfileScreen, profilesScreen } from './screens/profiles';
import { settingsScreen } from './screens/settings';
import { titleScreen } from './screens/title';

type LearnerRoute<V> = Route<UiContext, V> & {
  /** Where Escape goes from here (nowhere, without it). */
  back?: (view: V) => View;
};
type LearnerRoutes = { [K in View['name']]: LearnerRoute<Extract<View, { name: K }>> };

const named = (name: string) => () => `${name} – Care Conversations`;
const toTitle = (): View => ({ name: 'title' });
/** These pages are long: arriving from another page starts at the top; a rebuild keeps the learner's place. */
const toTop = () => globalThis.scrollTo?.(0, 0);
const savedGame = (ui: UiContext) => ui.session.getState().session?.scenarioId;
const kept = (ui: UiContext) => ui.records.reflections.getState().records;

export function learnerRoutes(): LearnerRoutes {
  return {
    title: { render: titleScreen, deps: (ui) => [savedGame(ui)], title: () => 'Care Conversations' },
    picker: {
      render: pickerScreen,
      deps: (ui) => [ui.progress.getState(), kept(ui), savedGame(ui)],
      back: toTitle,
      title: named('Choose a scenario'),
    },
    before: {
      render: (ui, v) => beforeScreen(ui, v.id),
      deps: (ui) => [savedGame(ui)],
      back: toTitle,
      title: named('Before you start'),
    },
    play: { ...playRoute(), back: () => ({ name: 'pause' }) },
    pause: { render: pauseScreen, back: () => ({ name: 'play' }), title: named('Paused') },
    stepout: { render: stepOutScreen, back: () => ({ name: 'play' }), title: named('Take a moment') },
    settings: {
      render: (ui, v) => settingsScreen(ui, v.back),
      deps: (ui) => [ui.settings.getState()],
      back: (v) => v.back,
      title: named('Settings'),
    },
    about: { render: aboutScreen, back: toTitle, title: named('About') },
    profiles: { render: profilesScreen, back: toTitle, title: named('Who is playing?') },
    'delete-profile': {
      render: (ui, v) => deleteProfileScreen(ui, v.id),
      back: toTitle,
      title: named('Delete a profile'),
    },
    debrief: {
      render: debriefScreen,
      deps: (ui) => [ui.session.getState().session],
      arrive: toTop,
      back: () => ({ name: 'play' }),
      title: named('Debrief'),
    },
    record: {
      render: recordScreen,
      deps: (ui) => [ui.session.getState().session],
      arrive: toTop,
      back: () => ({ name: 'debrief' }),
      title: named('Your practice record'),
    },
    progress: {
      render: progressScreen,
      deps: (ui) => [ui.progress.getState(), kept(ui)],
      arrive: toTop,
      back: toTitle,
      title: named('Your progress'),
    },
    'saved-record': {
      render: (ui, v) => savedRecordScreen(ui, v.key),
      deps: (ui) => [kept(ui)],
      arrive: toTop,
      back: () => ({ name: 'progress' }),
      title: named('A kept record'),
    },
    'roleplay-pack': {
      render: (ui, v) => packScreen(ui, v.id),
      deps: (ui) => [ui.screen.getState().pack],
      arrive: toTop,
      back: (v) => ({ name: 'before', id: v.id }),
      title: named('Role-play cards'),
    },
    'imported-record': {
      render: importedRecordScreen,
      deps: (ui) => [ui.screen.getState().imported],
      arrive: toTop,
      back: () => ({ name: 'progress' }),
      title: named('A record from a file'),
    },
  };
}

/** Where the learner is: the view they chose, except that play without a game in progress is the title. */
export function locate(ui: UiContext): View {
  const view = ui.screen.getState().view;
  return view.name === 'play' && !ui.session.getState().session ? { name: 'title' } : view;
}

export function mountShell(main: HTMLElement, ui: UiContext): Host<View> {
  const routes = learnerRoutes();
  return mountHost<UiContext, View>({
    main,
    ctx: ui,
    routes,
    locate,
    sources: [ui.session, ui.settings, ui.progress, ui.records.reflections, ui.screen],
    keys: (e, view) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return true;
      // A held key repeats; only its first press counts. Without this, a held Enter presses the focused button again
      // and again (Continue, line after line). Text boxes keep their repeats.
      const typing = !!(e.target as HTMLElement | null)?.closest('textarea, input, select');
      if (e.repeat && (e.key === 'Enter' || e.key === ' ') && !typing) {
        e.preventDefault();
        return true;
      }
      if (e.key !== 'Escape') return false;
      const back = (routes[view.name] as LearnerRoute<View>).back?.(view);
      if (back) ui.go(back);
      e.preventDefault();
      return true;
    },
  });
}
