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
import { closeTranscriptFrom } from './screens/play-transcript';
import { deleteProfileScreen, profilesScreen } from './screens/profiles';
import { settingsScreen } from './screens/settings';
import { titleScreen } from './screens/title';
import { announce } from './announcer';
import { closeTermHelp } from './terms';

type LearnerRoute<V> = Route<UiContext, V> & {
  /** Where Escape goes from here (nowhere, without it). */
  back?: (view: V) => View;
};
type LearnerRoutes = { [K in View['name']]: LearnerRoute<Extract<View, { name: K }>> };

const named = (name: string) => () => `${name} – Care Conversations`;
const toTitle = (): View => ({ name: 'title' });
/** A page's tab title, and its name said on arrival: focus lands on its first control, which alone does not say
 *  where you are. */
const page = (name: string) => ({ title: named(name), arrive: () => announce(name) });
/** These pages are long: arriving from another page starts at the top as well; a rebuild keeps the learner's place. */
const longPage = (name: string) => ({
  title: named(name),
  arrive: () => {
    announce(name);
    globalThis.scrollTo?.(0, 0);
  },
});
const savedGame = (ui: UiContext) => ui.session.getState().session?.scenarioId;
const kept = (ui: UiContext) => ui.records.reflections.getState().records;

export function learnerRoutes(): LearnerRoutes {
  return {
    title: { render: titleScreen, deps: (ui) => [savedGame(ui)], title: () => 'Care Conversations' },
    picker: {
      render: pickerScreen,
      deps: (ui) => [ui.progress.getState(), kept(ui), savedGame(ui), ui.ownScenarios.getState()],
      back: toTitle,
      ...page('Choose a scenario'),
    },
    before: {
      render: (ui, v) => beforeScreen(ui, v.id),
      // Another scenario's saved game (which starting this one replaces), not the saved game itself: starting this
      // scenario saves it, and the screen built again for that, just before play replaced it, was 20-40 ms at 4x.
      deps: (ui, v) => [savedGame(ui) === v.id ? null : (savedGame(ui) ?? null)],
      back: toTitle,
      ...page('Before you start'),
    },
    play: { ...playRoute(), back: () => ({ name: 'pause' }) },
    pause: {
      render: pauseScreen,
      back: () => ({ name: 'play' }),
      ...page('Paused'),
    },
    stepout: { render: stepOutScreen, back: () => ({ name: 'play' }), ...page('Take a moment') },
    settings: {
      render: (ui, v) => settingsScreen(ui, v.back),
      deps: (ui) => [ui.settings.getState()],
      back: (v) => v.back,
      ...page('Settings'),
    },
    about: { render: aboutScreen, back: toTitle, ...page('About') },
    profiles: {
      render: profilesScreen,
      back: toTitle,
      ...page('Who is playing?'),
    },
    'delete-profile': {
      render: (ui, v) => deleteProfileScreen(ui, v.id),
      back: toTitle,
      ...page('Delete a profile'),
    },
    debrief: {
      render: debriefScreen,
      deps: (ui) => [ui.session.getState().session],
      ...longPage('Debrief'),
      back: () => ({ name: 'play' }),
    },
    record: {
      render: recordScreen,
      deps: (ui) => [ui.session.getState().session],
      ...longPage('Your practice record'),
      back: () => ({ name: 'debrief' }),
    },
    progress: {
      render: progressScreen,
      deps: (ui) => [ui.progress.getState(), kept(ui)],
      ...longPage('Your progress'),
      back: toTitle,
    },
    'saved-record': {
      render: (ui, v) => savedRecordScreen(ui, v.key),
      deps: (ui) => [kept(ui)],
      ...longPage('A kept record'),
      back: () => ({ name: 'progress' }),
    },
    'roleplay-pack': {
      render: (ui, v) => packScreen(ui, v.id),
      deps: (ui) => [ui.screen.getState().pack],
      ...longPage('Role-play cards'),
      back: (v) => ({ name: 'before', id: v.id }),
    },
    'imported-record': {
      render: importedRecordScreen,
      deps: (ui) => [ui.screen.getState().imported],
      ...longPage('A record from a file'),
      back: () => ({ name: 'progress' }),
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
    sources: [ui.session, ui.settings, ui.progress, ui.records.reflections, ui.screen, ui.ownScenarios],
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
      // Escape on a glossary word closes its explanation, as Escape closes any small pop-up; it used to pause.
      if (closeTermHelp(e.target)) {
        e.preventDefault();
        return true;
      }
      // Escape inside the open conversation closes it and goes back to its toggle, as it closes any pop-up.
      if (view.name === 'play' && closeTranscriptFrom(e.target, ui)) {
        e.preventDefault();
        return true;
      }
      const back = (routes[view.name] as LearnerRoute<View>).back?.(view);
      if (back) ui.go(back);
      e.preventDefault();
      return true;
    },
  });
}
