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

/** The people and glossary words the game comes with (a trainer's own scenario may not reuse their ids). */
export const builtInCast: Readonly<Record<string, CastEntry>> = castJson as Record<string, CastEntry>;
export const builtInGlossary: readonly GlossaryEntry[] = glossaryJson as GlossaryEntry[];

/** Everyone the stage and the screens can name: the built-in cast, then the people of the trainer's own scenarios
 *  (added by registerCast when one is listed or opened). A lookup table, so a new person is drawn like any other. */
export const cast: Record<string, CastEntry> = { ...builtInCast };
export const moods = moodsJson as Record<string, string>;
export const locations = locationsJson as Record<string, LocationEntry>;
export const sounds = soundsJson as Record<string, SoundEntry>;
/** The built-in glossary, then the words of the trainer's own scenarios (registerGlossary). */
export const glossary: GlossaryEntry[] = [...builtInGlossary];

/** Adds the people of a trainer's own scenario. A built-in person is never replaced; an own person is, so the
 *  scenario being opened always draws its own version of an id. */
export function registerCast(people: Readonly<Record<string, CastEntry>>): void {
  for (const [id, person] of Object.entries(people))
    if (!Object.hasOwn(builtInCast, id) && !(id in Object.prototype)) cast[id] = person;
}

/** Adds an own scenario's glossary words that the glossary does not have yet (by term, in any case). */
export function registerGlossary(entries: readonly GlossaryEntry[]): void {
  const known = new Set(glossary.map((g) => g.term.toLowerCase()));
  for (const entry of entries) {
    if (known.has(entry.term.toLowerCase())) continue;
    known.add(entry.term.toLowerCase());
    glossary.push(entry);
  }
}

/** The words a caption shows for a sound (its id, if the registry does not know it). */
export function captionFor(soundId: string): string {
  return sounds[soundId]?.caption ?? soundId;
}
