// Entry point. The title screen is interactive as soon as this module runs: the stage (Phaser) and sound
// (Howler) load afterwards and join in when ready, so text never waits for the stage to boot.

import { scenarios } from 'virtual:scenarios';
import sounds from '../stories/sounds.json';
import './ui/styles.css';
import { Controller } from './app/controller';
import { backupKey, browserStorage, load, type Notice } from './state/persist';
import { createProgressStore, progressSpec } from './state/progress';
import { createSessionStore } from './state/session';
import { writeBehind } from './state/write-behind';
import { createSettingsStore } from './state/settings';
import { mergeProgress, sameProgress } from './state/tabs';
import {
  GUEST,
  profilePrefix,
  activeProfile,
  addProfile,
  deleteProfile,
  loadProfiles,
  scopedStorage,
  setActiveProfile,
} from './state/profiles';
import type { ProfilesApi } from './ui/context';
import type { InkStory } from './story/ink';
import { mountShell } from './ui/shell';
import { deviceSpeech } from './ui/read-aloud';
import { startStage } from './app/stage-link';
import { startSound } from './app/sound-link';
import { createLoading } from './app/loading';
import { mountLoadingBar } from './ui/loading-bar';

// Presenter mode (a trainer with a room) and its presenter view run their own shell with in-memory stores. They
// take over here, before anything below reads or writes the learner's storage; the learner's game never starts.
const presenterMode = new URLSearchParams(location.search).get('mode');
if (presenterMode === 'presenter' || presenterMode === 'presenter-view') {
  const { bootPresenter } = await import('./ui/presenter/boot');
  bootPresenter(presenterMode, scenarios);
  await new Promise<never>(() => undefined);
}

const pending: string[] = [];
const notify = (n: Notice) => pending.push(n.message);
const storage = browserStorage();
if (!storage)
  pending.push(
    'This browser is not letting the game save. You can play, but your progress will not be kept after you close it.',
  );

let warnedFull = false;
const onSave = (result: string) => {
  if (result === 'full' && !warnedFull) {
    warnedFull = true;
    shell.tell(
      'This device is out of storage space, so your latest progress could not be saved. You can keep playing.',
    );
  }
};

// Profiles: each learner's data under its own prefix. The choice is kept for this tab only, so the next person
// to pick up a shared tablet chooses again.
const tab = (() => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
})();
let profileList = loadProfiles(storage, notify);
const chosen = activeProfile(tab);
const active = profileList.find((p) => p.id === chosen) ?? GUEST;
const mustChoose = !chosen && profileList.length > 0;
const own = storage ? scopedStorage(storage, active.id) : null;

const settings = createSettingsStore(own, notify);
const progress = createProgressStore(own, notify, onSave);
const session = createSessionStore(own, notify, onSave, writeBehind().later);
const profiles: ProfilesApi = {
  list: () => profileList,
  active: () => active,
  choose: (id) => {
    setActiveProfile(tab, id);
    location.reload();
  },
  add: (name) => {
    const result = addProfile(
      storage,
      profileList,
      name,
      () => `p${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`,
    );
    if (typeof result === 'string') return result;
    profileList = result;
    profiles.choose(result[result.length - 1]!.id);
    return null;
  },
  remove: (id) => {
    if (!storage) return;
    profileList = deleteProfile(storage as Storage, profileList, id);
    if (id === active.id) profiles.choose(GUEST.id);
  },
};
const soundTable = sounds as Record<string, { kind: string; caption: string }>;

// The ink runtime is not needed for the title screen, so it loads after the first screen is up (below) and at the
// latest with the first scenario the learner opens: the catalogue's load() waits for both.
let Story: typeof import('inkjs').Story | null = null;
let inkLoading: Promise<unknown> | null = null;
const loadInk = () =>
  (inkLoading ??= import('inkjs').then(
    (m) => {
      Story = m.Story;
    },
    (e: unknown) => {
      inkLoading = null; // offline before it was cached: the next try loads it again
      throw e;
    },
  ));
const catalogue = scenarios.map((entry) => ({
  ...entry,
  load: () => Promise.all([entry.load(), loadInk()]).then(([loaded]) => loaded),
}));

const cues = { sfx: (_id: string) => undefined as void, ambience: (_id: string | null) => undefined as void };
const controller = new Controller({
  catalogue,
  session,
  progress,
  settings,
  makeStory: (json) => new Story!(json) as unknown as InkStory,
  captionFor: (id) => soundTable[id]?.caption ?? id,
  sound: { sfx: (id) => cues.sfx(id), ambience: (id) => cues.ambience(id) },
  tell: (m) => shell.tell(m),
  // A saved game an edited story could not follow to the end: kept under a backup key, like any data set aside.
  setAside: (s) => {
    try {
      own?.setItem(backupKey('session'), JSON.stringify({ version: 1, data: { session: s } }));
    } catch {
      // Storage full or gone: the game already says progress cannot be kept.
    }
  },
});

// Another tab on the same profile: merge its progress into ours, and say so if it changed the saved game.
window.addEventListener('storage', (e) => {
  if (!own || !e.key || !e.newValue) return;
  const key = (name: string) => `${profilePrefix(active.id)}${name}`;
  if (e.key === key('progress')) {
    const theirs = load(own, progressSpec, () => undefined);
    const merged = mergeProgress(progress.getState(), theirs);
    if (!sameProgress(merged, progress.getState())) progress.setState(merged, true);
  } else if (e.key === key('session')) {
    shell.tell(
      'This game is also open in another tab or window. To keep your place safe, carry on in one of them only.',
    );
  }
});

const root = document.getElementById('root')!;
root.replaceChildren();
const shell = mountShell(
  root,
  { controller, catalogue: scenarios, session, progress, settings, speech: deviceSpeech(), profiles },
  mustChoose ? { name: 'profiles' } : { name: 'title' },
);
for (const m of pending) shell.tell(m);
const loading = createLoading();
mountLoadingBar(root, loading);

// After the first screen is up: the stage, then sound (which also waits for the first tap or key), then the
// service worker that keeps the game working offline and offers updates.
requestAnimationFrame(() => {
  setTimeout(() => {
    loadInk().catch(() => undefined); // tried again when a scenario starts
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        onNeedRefresh: () =>
          shell.tell('A new version of the game is ready. Your progress is saved and will be kept.', {
            label: 'Update now',
            run: () => void update(true),
          }),
      });
    });
    void startStage(document.getElementById('stage')!, session, settings, loading);
    void startSound(settings, (id) => shell.tell(id)).then((s) => {
      if (!s) return;
      cues.sfx = (id) => s.sfx(id);
      cues.ambience = (id) => s.ambience(id);
      const current = session.getState().session;
      if (current && shell.view().name === 'play') s.ambience(current.stage.ambience);
    });
  }, 0);
});
