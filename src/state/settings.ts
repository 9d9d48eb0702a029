// Learner settings: sound, text, motion, feedback and captions. Persisted; every field repaired on its own so one
// bad value never resets the rest.

import { createStore } from 'zustand/vanilla';
import { field, load, save, type Notice, type PersistSpec, type StorageLike } from './persist';

export interface Settings {
  volume: number; // 0-1
  muted: boolean;
  textSize: number; // percent, 100-200
  reducedMotion: 'system' | 'on' | 'off';
  instantFeedback: boolean;
  captions: boolean;
  theme: 'light' | 'contrast';
  font: 'legible' | 'dyslexic';
  readAloud: boolean;
  /** The device voice's name ('' = the device's default voice). */
  voice: string;
  rate: number; // 0.6-1.6
  /** "Your words first" when playing alone: type what you would say before the options appear. */
  wordsFirst: boolean;
  /** The same, when playing in pairs (on unless turned off: pairs practise the words). */
  wordsFirstPairs: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  volume: 0.7,
  muted: false,
  textSize: 100,
  reducedMotion: 'system',
  instantFeedback: true,
  captions: true,
  theme: 'light',
  font: 'legible',
  readAloud: false,
  voice: '',
  rate: 1,
  wordsFirst: false,
  wordsFirstPairs: true,
};

export const settingsSpec: PersistSpec<Settings> = {
  key: 'settings',
  version: 1,
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  repair: (data) => {
    const o = field.obj(data);
    if (!o) return null;
    const d = DEFAULT_SETTINGS;
    return {
      volume: field.num(o.volume, d.volume, 0, 1),
      muted: field.bool(o.muted, d.muted),
      textSize: Math.round(field.num(o.textSize, d.textSize, 100, 200)),
      reducedMotion: field.oneOf(o.reducedMotion, ['system', 'on', 'off'] as const, d.reducedMotion),
      instantFeedback: field.bool(o.instantFeedback, d.instantFeedback),
      captions: field.bool(o.captions, d.captions),
      theme: field.oneOf(o.theme, ['light', 'contrast'] as const, d.theme),
      font: field.oneOf(o.font, ['legible', 'dyslexic'] as const, d.font),
      readAloud: field.bool(o.readAloud, d.readAloud),
      voice: field.str(o.voice, d.voice, 200),
      rate: field.num(o.rate, d.rate, 0.6, 1.6),
      wordsFirst: field.bool(o.wordsFirst, d.wordsFirst),
      wordsFirstPairs: field.bool(o.wordsFirstPairs, d.wordsFirstPairs),
    };
  },
};

export function createSettingsStore(storage: StorageLike | null, notify: (n: Notice) => void) {
  const store = createStore<Settings>(() => load(storage, settingsSpec, notify));
  store.subscribe((s) => save(storage, settingsSpec, s));
  return store;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/** Reduced motion on when the learner asks, or when the device asks and the learner has not said otherwise. */
export function prefersReducedMotion(s: Settings, systemPrefers: boolean): boolean {
  return s.reducedMotion === 'on' || (s.reducedMotion === 'system' && systemPrefers);
}
