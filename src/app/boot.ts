// The composition root: the one place that builds a game from its parts. Self-study and presenter mode (and, next,
// an LMS launch and the scenario workshop) each bring their own stores and interface, and get the same Controller,
// stage and sound from here, started the same way.
import { captionFor } from '../story/registries';
import type { CatalogueEntry } from '../story/scenario';
import type { ProgressStore } from '../state/progress';
import type { Session, SessionStore } from '../state/session';
import type { SettingsStore } from '../state/settings';
import { Controller, type SoundCues } from './controller';
import type { InkStory } from '../story/ink';
import { loadInk, makeStory } from './ink';
import type { Loading } from './loading';
import { nextTask } from './next-task';
import { startSound } from './sound-link';
import { startStage, whenSettled } from './stage-link';
import type { StageView } from '../stage/stage';

export interface GameStores {
  session: SessionStore;
  progress: ProgressStore;
  settings: SettingsStore;
}

export interface GameOptions {
  catalogue: CatalogueEntry[];
  stores: GameStores;
  /** A message for whoever is playing (shown as a notice). */
  tell(message: string): void;
  /** Keeps a saved game an edited story can no longer follow (self-study only: presenter mode saves nothing). */
  setAside?(session: Session): void;
  /** A play reached its ending (self-study keeps its practice record). */
  finished?(session: Session): void;
  /** The loading bar's steps (self-study shows one). */
  loading?: Loading;
  /** Changes each story as it is made, before it is played (the workshop's preview starts it at a chosen knot). */
  adaptStory?(story: InkStory): InkStory;
}

export interface Game {
  controller: Controller;
  catalogue: CatalogueEntry[];
  stores: GameStores;
  makeStory(json: string): ReturnType<typeof makeStory>;
  /** After the first screen is up: the ink runtime, the stage in `stageEl`, then sound on the first tap or key.
   *  `playing` says whether a scenario is on screen, so its room tone starts with the sound. */
  startMedia(stageEl: HTMLElement | null, playing: () => boolean): void;
  /**
   * Resolves once the stage has drawn the session's current state (at most `maxMs`; at once with no stage), so a
   * screen can wait for the room to be drawn before it shows its first line.
   */
  stageDrawn(maxMs: number): Promise<void>;
}

/** A catalogue entry whose load also waits for the ink runtime (the scenario cannot start without it). */
export function withInkRuntime(entry: CatalogueEntry): CatalogueEntry {
  return { ...entry, load: () => Promise.all([entry.load(), loadInk()]).then(([loaded]) => loaded) };
}

export function createGame(o: GameOptions): Game {
  // Sound starts late (after a tap); until then its cues go nowhere, and captions carry them.
  let cues: SoundCues = { sfx: () => undefined, ambience: () => undefined };
  const catalogue = o.catalogue.map(withInkRuntime);
  const adapt = o.adaptStory;
  const controller = new Controller({
    catalogue,
    ...o.stores,
    makeStory: adapt ? (json) => adapt(makeStory(json)) : makeStory,
    captionFor,
    sound: { sfx: (id) => cues.sfx(id), ambience: (id) => cues.ambience(id) },
    tell: o.tell,
    setAside: o.setAside,
    finished: o.finished,
  });
  let stage: Promise<StageView | null> | null = null;
  const stageDrawn = async (maxMs: number) => {
    const view = await stage;
    if (view) await whenSettled(view, maxMs);
  };
  const startMedia = (stageEl: HTMLElement | null, playing: () => boolean) => {
    // After the first paint, so the first screen never waits for any of this; each start in a task of its own
    // (asking for a module's code adds a link to the page for each file it needs: together one task of 50-140 ms
    // at 4x CPU throttling, just after the title became usable).
    requestAnimationFrame(() =>
      setTimeout(async () => {
        loadInk().catch(() => undefined); // tried again when a scenario starts
        await nextTask();
        if (stageEl) stage = startStage(stageEl, o.stores.session, o.stores.settings, o.loading);
        await nextTask();
        const board = await startSound(o.stores.settings, o.tell);
        if (!board) return;
        cues = board;
        const current = o.stores.session.getState().session;
        if (current && playing()) board.ambience(current.stage.ambience);
      }, 0),
    );
  };
  return { controller, catalogue, stores: o.stores, makeStory, startMedia, stageDrawn };
}
