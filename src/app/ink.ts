// The ink runtime, loaded on demand: the title screen does not need it, so it arrives after the first screen is up
// and at the latest with the first scenario opened (a catalogue entry's load() waits for it).
import type { InkStory } from '../story/ink';
import { storyFromJson } from '../story/ink-json';
import { warmUpInk } from './ink-warm-up';
import { nextTask } from './next-task';

let Story: typeof import('inkjs').Story | null = null;
let loading: Promise<unknown> | null = null;

export function loadInk(): Promise<unknown> {
  return (loading ??= import('inkjs').then(
    async (m) => {
      Story = m.Story;
      await nextTask(); // the warm-up has tasks of its own, after the module's
      await warmUpInk(m.Story);
    },
    (e: unknown) => {
      loading = null; // offline before it was cached: the next try loads it again
      throw e;
    },
  ));
}

/** A story from compiled JSON. Only called once loadInk() has finished (every scenario load waits for it). The text
 *  is parsed here, not by inkjs, whose reader is several times slower in Chromium (src/story/ink-json.ts). */
export function makeStory(json: string): InkStory {
  if (!Story) throw new Error('The ink runtime has not loaded yet.');
  return storyFromJson(Story, json) as unknown as InkStory;
}
