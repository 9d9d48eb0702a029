// Entry point. The title screen is interactive as soon as this module runs: the stage (Phaser) and sound
// (Howler) load afterwards and join in when ready, so text never waits for the stage to boot.

import { Story } from 'inkjs';
import { scenarios } from 'virtual:scenarios';
import sounds from '../stories/sounds.json';
import './ui/styles.css';
import { Controller } from './app/controller';
import { browserStorage, type Notice } from './state/persist';
import { createProgressStore } from './state/progress';
import { createSessionStore } from './state/session';
import { createSettingsStore } from './state/settings';
import type { InkStory } from './story/ink';
import { mountShell } from './ui/shell';
import { startStage } from './app/stage-link';
import { startSound } from './app/sound-link';

const pending: string[] = [];
const notify = (n: Notice) => pending.push(n.message);
const storage = browserStorage();
if (!storage) pending.push('This browser is not letting the game save. You can play, but your progress will not be kept after you close it.');

let warnedFull = false;
const onSave = (result: string) => {
  if (result === 'full' && !warnedFull) {
    warnedFull = true;
    shell.tell('This device is out of storage space, so your latest progress could not be saved. You can keep playing.');
  }
};

const settings = createSettingsStore(storage, notify);
const progress = createProgressStore(storage, notify, onSave);
const session = createSessionStore(storage, notify, onSave);
const soundTable = sounds as Record<string, { kind: string; caption: string }>;

const cues = { sfx: (_id: string) => undefined as void, ambience: (_id: string | null) => undefined as void };
const controller = new Controller({
  catalogue: scenarios,
  session,
  progress,
  settings,
  makeStory: (json) => new Story(json) as unknown as InkStory,
  captionFor: (id) => soundTable[id]?.caption ?? id,
  sound: { sfx: (id) => cues.sfx(id), ambience: (id) => cues.ambience(id) },
  tell: (m) => shell.tell(m),
});

const root = document.getElementById('root')!;
root.replaceChildren();
const shell = mountShell(root, { controller, catalogue: scenarios, session, progress, settings });
for (const m of pending) shell.tell(m);

// After the first screen is up: the stage, then sound (which also waits for the first tap or key).
requestAnimationFrame(() => {
  setTimeout(() => {
    void startStage(document.getElementById('stage')!, session, settings);
    void startSound(settings, (id) => shell.tell(id)).then((s) => {
      if (!s) return;
      cues.sfx = (id) => s.sfx(id);
      cues.ambience = (id) => s.ambience(id);
      const current = session.getState().session;
      if (current && shell.view().name === 'play') s.ambience(current.stage.ambience);
    });
  }, 0);
});
