// LMS mode: the game launched by a learning management system (SCORM 1.2, SCORM 2004 or cmi5). No profiles and no
// service worker: the LMS keeps the learner's progress and resume state, so this page's own stores are in memory
// (reading settings alone stay on the device, as they are about the screen, not the learner). The same
// createGame as every other mode; app/lms-link.ts reports the play, app/lms-connect.ts finds the LMS.
import { createOwnScenariosStore } from '../state/own-scenarios';
import { decodeResume, saveFromResume } from '../lms/resume';
import type { LmsTracker } from '../lms/tracker';
import { browserStorage } from '../state/persist';
import { GUEST, scopedStorage, type ProfilesApi } from '../state/profiles';
import { createProgressStore } from '../state/progress';
import { createReflectionsStore } from '../state/reflections';
import { createSessionStore, type Screen } from '../state/session';
import { createSettingsStore } from '../state/settings';
import { openingStage } from '../story/staging';
import type { CatalogueEntry } from '../story/scenario';
import { mountAnnouncer } from '../ui/announcer';
import type { UiContext } from '../ui/context';
import { button, h } from '../ui/dom';
import { mountNotices } from '../ui/host/notices';
import { applyReadingSettings } from '../ui/reading-settings';
import { deviceSpeech } from '../ui/read-aloud';
import { createScreenState } from '../ui/screen-state';
import { mountShell } from '../ui/shell';
import { createGame, type Game } from './boot';
import { connectLms } from './lms-connect';
import { linkLms } from './lms-link';
import type { LmsLaunch } from './mode';
import { createRecords } from './records';

const NOT_SENT =
  'Your learning system is not taking your records just now. The game keeps trying: carry on playing, nothing you chose is lost.';
const SENT_AGAIN = 'Your records have now reached your learning system.';

export async function bootLms(
  root: HTMLElement,
  launch: LmsLaunch,
  scenarios: CatalogueEntry[],
): Promise<void> {
  root.replaceChildren(h('main', { id: 'app' }, h('p', {}, 'Connecting to your learning system…')));
  const tracker = await connectLms(launch.kind, window);
  if (tracker) return playInLms(root, launch, scenarios, tracker);
  const main = h(
    'main',
    { id: 'app', class: 'lms-missing' },
    h('h1', {}, 'Your learning system could not be found'),
    h(
      'p',
      {},
      'This game was opened as a course in a learning system (LMS), but the LMS did not answer. Your choices cannot be recorded there.',
    ),
    h('p', {}, 'Close this window and open the course again from your LMS, or play now without saving.'),
    button('Play without saving', () => playInLms(root, launch, scenarios, null), { class: 'primary' }),
  );
  root.replaceChildren(main);
  main.querySelector('button')?.focus();
}

function playInLms(
  root: HTMLElement,
  launch: LmsLaunch,
  scenarios: CatalogueEntry[],
  tracker: LmsTracker | null,
) {
  root.replaceChildren();
  const noticeBox = h('div', { id: 'notices', role: 'status', 'aria-live': 'polite' });
  const main = h('main', { id: 'app' });
  root.append(noticeBox, main);
  mountAnnouncer(root);
  const notices = mountNotices(noticeBox);
  const { ui, game } = lmsContext(scenarios, notices.tell);
  applyReadingSettings(game.stores.settings);
  const host = mountShell(main, ui);
  game.startMedia(document.getElementById('stage'), () => host.view().name === 'play');
  const wanted = launch.scenario && scenarios.some((s) => s.id === launch.scenario) ? launch.scenario : null;
  void begin(game, ui, tracker, wanted).then(() => {
    if (!tracker) return;
    linkLms(game, tracker);
    tracker.onDelivery((d) => notices.tell(d === 'waiting' ? NOT_SENT : SENT_AGAIN));
    // Closing the window, or the LMS taking the frame away: send what is left and end the session once.
    addEventListener('pagehide', () => tracker.terminate());
  });
}

/** Resumes where the LMS says the learner left off, or starts the package's scenario, or shows the list. */
async function begin(game: Game, ui: UiContext, tracker: LmsTracker | null, wanted: string | null) {
  const kept = decodeResume(tracker?.resumeData());
  if (kept && (!wanted || kept.scenarioId === wanted) && (await resumeFrom(game, kept)))
    return ui.go({ name: 'play' });
  if (wanted && (await game.controller.start(wanted))) return ui.go({ name: 'play' });
  ui.go({ name: 'picker' });
}

async function resumeFrom(game: Game, kept: NonNullable<ReturnType<typeof decodeResume>>): Promise<boolean> {
  const entry = game.catalogue.find((c) => c.id === kept.scenarioId);
  if (!entry) return false;
  try {
    const { default: scenario } = await entry.load();
    const save = saveFromResume(game.makeStory(scenario.json), kept);
    if (!save) return false;
    // Only the kind matters: the Controller's replay rebuilds the screen from the story.
    const screen: Screen =
      kept.at === 'line'
        ? { kind: 'line', text: '', speaker: null, pause: false }
        : kept.at === 'choices'
          ? { kind: 'choices', options: [] }
          : { kind: 'ending', ending: null };
    game.stores.session.setState({
      session: {
        scenarioId: kept.scenarioId,
        save,
        transcript: [],
        decisions: [],
        stage: openingStage(scenario.meta.location),
        screen,
        startedAt: new Date().toISOString(),
      },
    });
    return await game.controller.resume();
  } catch {
    return false;
  }
}

/** The interface's context over in-memory stores: no profiles, nothing of the learner's kept on this device. */
function lmsContext(scenarios: CatalogueEntry[], tell: (m: string) => void) {
  const notify = (n: { message: string }) => tell(n.message);
  const device = browserStorage();
  const stores = {
    settings: createSettingsStore(device ? scopedStorage(device, 'lms') : null, notify),
    progress: createProgressStore(null, notify),
    session: createSessionStore(null, notify),
    reflections: createReflectionsStore(null, notify),
  };
  let records: ReturnType<typeof createRecords> | null = null;
  const game = createGame({ catalogue: scenarios, stores, tell, finished: (s) => records?.keep(s) });
  const profiles: ProfilesApi = {
    list: () => [],
    active: () => GUEST,
    choose: () => undefined,
    add: () => 'Profiles are not used in a course from your learning system.',
    remove: () => undefined,
  };
  records = createRecords({
    catalogue: game.catalogue,
    current: () => game.controller.current,
    progress: stores.progress,
    reflections: stores.reflections,
    profile: () => GUEST,
  });
  const screen = createScreenState({ name: 'title' });
  const ui: UiContext = {
    controller: game.controller,
    catalogue: game.catalogue,
    session: stores.session,
    progress: stores.progress,
    settings: stores.settings,
    records,
    screen,
    // An LMS assigns the scenarios; a trainer's own ones stay in self-study on their device.
    ownScenarios: createOwnScenariosStore(null, () => undefined),
    inLms: true,
    speech: deviceSpeech(),
    profiles,
    go: (view) => screen.setState({ view }),
    tell,
  };
  return { ui, game };
}
