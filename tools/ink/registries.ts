// Loads the data files beside the stories (cast, moods, locations, sounds, glossary) for the checker and the
// Vite plugin. The browser imports the same JSON files directly.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTCOME_IDS } from '../../src/scoring/outcomes.ts';
import type { StoryData } from '../../src/story/registries.ts';
import type { Registries } from '../../src/story/tags.ts';

export type { CastEntry, StoryData } from '../../src/story/registries.ts';

function readJson<T>(dir: string, name: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw new Error(`${join(dir, name)}: ${(e as Error).message}`, { cause: e });
  }
}

export function loadStoryData(storiesDir: string): StoryData {
  return {
    cast: readJson(storiesDir, 'cast.json', {}),
    moods: readJson(storiesDir, 'moods.json', {}),
    locations: readJson(storiesDir, 'locations.json', {}),
    sounds: readJson(storiesDir, 'sounds.json', {}),
    glossary: readJson(storiesDir, 'glossary.json', []),
  };
}

export function registriesFrom(data: StoryData): Registries {
  return {
    cast: new Set(Object.keys(data.cast)),
    moods: new Set(Object.keys(data.moods)),
    locations: new Set(Object.keys(data.locations)),
    sounds: new Map(Object.entries(data.sounds).map(([id, s]) => [id, s.kind])),
    outcomes: OUTCOME_IDS,
  };
}
