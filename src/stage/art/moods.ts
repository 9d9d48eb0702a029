// The moods the stage draws, read from the registry the stories use, so the two lists cannot drift apart.

import { moods } from '../../story/registries';

export const moodIds: readonly string[] = Object.keys(moods);
