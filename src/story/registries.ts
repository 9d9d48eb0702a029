// The registries beside the stories (cast, moods, locations, sounds, glossary), typed once. The browser imports the
// JSON through this module only; the checker and the Vite plugin read the same files from disk with these types.
import castJson from '../../stories/cast.json';
import glossaryJson from '../../stories/glossary.json';
import locationsJson from '../../stories/locations.json';
import moodsJson from '../../stories/moods.json';
import soundsJson from '../../stories/sounds.json';
import type { GlossaryEntry } from './glossary';

export interface CastEntry {
  name: string;
  short?: string;
  age: number;
  role: string;
  about: string;
  look: Record<string, unknown>;
}

export interface SoundEntry {
  kind: string;
  caption: string;
}

export interface LocationEntry {
  name: string;
  about: string;
}

/** Everything the stories may name, as the files hold it. */
export interface StoryData {
  cast: Record<string, CastEntry>;
  moods: Record<string, string>;
  locations: Record<string, LocationEntry>;
  sounds: Record<string, SoundEntry>;
  glossary: GlossaryEntry[];
}

export const cast = castJson as Record<string, CastEntry>;
export const moods = moodsJson as Record<string, string>;
export const locations = locationsJson as Record<string, LocationEntry>;
export const sounds = soundsJson as Record<string, SoundEntry>;
export const glossary = glossaryJson as GlossaryEntry[];

/** The words a caption shows for a sound (its id, if the registry does not know it). */
export function captionFor(soundId: string): string {
  return sounds[soundId]?.caption ?? soundId;
}
