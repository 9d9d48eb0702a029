// What every Controller test needs and nobody varies: the three stores on one storage, and ink's own Story.
import { Story } from 'inkjs';
import { createProgressStore } from '../../src/state/progress';
import { createSessionStore } from '../../src/state/session';
import { createSettingsStore } from '../../src/state/settings';
import type { InkStory } from '../../src/story/ink';
import type { MemoryStorage } from './memory-storage';

export function storesAndInk(storage: MemoryStorage) {
  return {
    session: createSessionStore(storage, () => undefined),
    progress: createProgressStore(storage, () => undefined),
    settings: createSettingsStore(storage, () => undefined),
    makeStory: (json: string) => new Story(json) as unknown as InkStory,
  };
}
