// The workshop's preview: a trainer's checked scenario played on the real stage with self-study's own screens, from
// the start or from a chosen knot, through to the debrief. Its own stores, kept in memory only: a preview never
// touches the learner's saved game, progress or records. Leaving it (or going to the title) returns to the editor.
import { createOwnScenariosStore } from '../state/own-scenarios';
import type { Profile } from '../state/profiles';
import { createProgressStore } from '../state/progress';
import { createReflectionsStore } from '../state/reflections';
import { createSessionStore } from '../state/session';
import type { SettingsStore } from '../state/settings';
import type { InkStory } from '../story/ink';
import type { CatalogueEntry, CompiledScenario } from '../story/scenario';
import type { UiContext, View } from '../ui/context';
import type { Host } from '../ui/host/host';
import type { Notices } from '../ui/host/notices';
import { deviceSpeech } from '../ui/read-aloud';
import { createScreenState } from '../ui/screen-state';
import { mountShell } from '../ui/shell';
import { PREVIEW_ID, previewCard } from '../workshop/preview-scenario';
import { createGame } from './boot';
import { createRecords } from './records';

export interface PreviewDeps {
  /** Where the game's screens go while a preview plays. */
  main: HTMLElement;
  settings: SettingsStore;
  profile(): Profile;
  notices: Pick<Notices, 'tell'>;
  /** The preview is over: show the editor again. */
  back(): void;
}

export interface Preview {
  play(scenario: CompiledScenario, from: string | null): Promise<boolean>;
  /** Ends the preview (the "Back to the editor" button). */
  stop(): void;
}

/** Screens outside a single scenario: in a preview, going to any of them means going back to the editor. */
const OUTSIDE: ReadonlySet<View['name']> = new Set(['title', 'picker', 'profiles', 'about']);

const EMPTY: CompiledScenario = {
  id: PREVIEW_ID,
  hash: '',
  meta: {
    title: 'Preview',
    summary: null,
    minutes: null,
    outcomes: [],
    location: null,
    cast: [],
    contentNote: null,
  },
  ranges: {},
  endings: [],
  json: '',
};

/** A preview's game: in-memory stores, one catalogue entry that is whichever scenario is being previewed, and a
 *  story that starts at the chosen knot. */
function previewGame(d: PreviewDeps) {
  const notify = (n: { message: string }) => d.notices.tell(n.message);
  const stores = {
    session: createSessionStore(null, notify),
    progress: createProgressStore(null, notify),
    settings: d.settings,
  };
  const now: { scenario: CompiledScenario | null; from: string | null } = { scenario: null, from: null };
  const entry: CatalogueEntry = {
    ...previewCard(EMPTY),
    load: () =>
      now.scenario
        ? Promise.resolve({ default: now.scenario })
        : Promise.reject(new Error('nothing to preview')),
  };
  const game = createGame({
    catalogue: [entry],
    stores,
    tell: d.notices.tell,
    adaptStory: (story: InkStory) => {
      if (now.from) (story as unknown as { ChoosePathString(path: string): void }).ChoosePathString(now.from);
      return story;
    },
  });
  const records = createRecords({
    catalogue: game.catalogue,
    current: () => game.controller.current,
    progress: stores.progress,
    reflections: createReflectionsStore(null, notify),
    profile: d.profile,
  });
  return { game, stores, records, now };
}

export function createPreview(d: PreviewDeps): Preview {
  const { game, stores, records, now } = previewGame(d);
  const screen = createScreenState({ name: 'play' });
  let host: Host<View> | null = null;
  let mediaStarted = false;
  const stop = () => {
    game.controller.leave();
    host?.destroy();
    host = null;
    d.main.replaceChildren();
    stores.session.setState({ session: null });
    d.back();
  };
  const ui: UiContext = {
    controller: game.controller,
    catalogue: game.catalogue,
    ...stores,
    records,
    screen,
    // A preview lists no own scenarios: the one on the stage is the draft being written.
    ownScenarios: createOwnScenariosStore(null, () => undefined),
    speech: deviceSpeech(),
    profiles: {
      list: () => [d.profile()],
      active: d.profile,
      choose: () => undefined,
      add: () => null,
      remove: () => undefined,
    },
    go: (view) => (OUTSIDE.has(view.name) ? stop() : screen.setState({ view })),
    tell: d.notices.tell,
  };
  return {
    async play(next, start) {
      now.scenario = next;
      now.from = start;
      // The card the play bar and the debrief show: this scenario's own title and outcomes.
      Object.assign(game.catalogue[0]!, { ...previewCard(next), load: game.catalogue[0]!.load });
      if (!(await game.controller.start(PREVIEW_ID))) return false;
      screen.setState({ view: { name: 'play' }, transcriptOpen: false, menuOpen: false });
      host ??= mountShell(d.main, ui);
      if (!mediaStarted) {
        mediaStarted = true;
        game.startMedia(document.getElementById('stage'), () => host?.view().name === 'play');
      }
      return true;
    },
    stop,
  };
}
