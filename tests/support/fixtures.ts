// Fixture stories for the runner and checker tests, with their own small registries.
import { join } from 'node:path';
import { Story } from 'inkjs';
import { compileInkFile } from '../../tools/ink/compile';
import { loadStoryData, registriesFrom } from '../../tools/ink/registries';
import type { InkStory } from '../../src/story/ink';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'stories');
export const fixtureRegistries = registriesFrom(loadStoryData(FIXTURES));
export const fixture = (name: string) => join(FIXTURES, name);

export function fixtureCompiled(name: string) {
  const c = compileInkFile(fixture(name));
  if (c.errors.length) throw new Error(c.errors.map((e) => e.message).join('\n'));
  return c;
}

export function fixtureStory(name: string): InkStory {
  return new Story(fixtureCompiled(name).json) as unknown as InkStory;
}
