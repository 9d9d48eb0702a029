// Test support: compile the shipped stories once per file and play them by plan or at random.

import { join } from 'node:path';
import { Story } from 'inkjs';
import { compileInkFile, type CompiledInk } from '../../tools/ink/compile';
import { loadStoryData, registriesFrom } from '../../tools/ink/registries';
import { StoryRunner, type Beat, type LineBeat, type Option } from '../../src/story/runner';
import type { InkStory } from '../../src/story/ink';

export const STORIES_DIR = join(import.meta.dirname, '..', '..', 'stories');
export const storyData = loadStoryData(STORIES_DIR);
export const registries = registriesFrom(storyData);

const cache = new Map<string, CompiledInk>();

export function compiled(file: string): CompiledInk {
  let c = cache.get(file);
  if (!c) {
    c = compileInkFile(file);
    if (c.errors.length) throw new Error(c.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
    cache.set(file, c);
  }
  return c;
}

/** A fresh runtime story, as the browser builds it from the compiled JSON. */
export function freshStory(file: string): InkStory {
  return new Story(compiled(file).json) as unknown as InkStory;
}

export interface Played {
  lines: LineBeat[];
  chosen: Option[];
  ending: string | null;
  problems: string[];
}

/** Plays to an ending, asking `pick` at every choice point. Throws on a runtime error. */
export function play(
  runner: StoryRunner,
  pick: (options: Option[], step: number) => Option,
  limit = 500,
): Played {
  const out: Played = { lines: [], chosen: [], ending: null, problems: [] };
  for (let guard = 0; guard < limit * 50; guard += 1) {
    const beat: Beat = runner.next();
    if (beat.kind === 'line') out.lines.push(beat);
    else if (beat.kind === 'choices') {
      if (out.chosen.length >= limit) throw new Error(`more than ${limit} choices: a loop?`);
      const option = pick(beat.options, out.chosen.length);
      out.chosen.push(option);
      const err = runner.choose(option.index);
      if (err) throw new Error(err.message);
    } else if (beat.kind === 'ending') {
      out.ending = beat.ending;
      return out;
    } else throw new Error(`runtime error: ${beat.error.message} near "${beat.error.near}"`);
  }
  throw new Error('the story did not end');
}
