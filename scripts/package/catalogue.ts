// The scenarios a package offers, from each story's global tags (title, summary, minutes, outcomes): the same
// reading of the tags as the game's own catalogue (tools/ink/vite-plugin.ts).
import { basename } from 'node:path';
import { compileInkFile } from '../../tools/ink/compile.ts';
import { loadStoryData, registriesFrom } from '../../tools/ink/registries.ts';
import { scenarioFiles } from '../../tools/ink/vite-plugin.ts';
import { parseStoryMeta } from '../../src/story/tags.ts';

export interface PackageScenario {
  id: string;
  title: string;
  description: string;
  minutes: number | null;
  outcomes: string[];
}

export function readCatalogue(storiesDir: string): PackageScenario[] {
  const registries = registriesFrom(loadStoryData(storiesDir));
  return scenarioFiles(storiesDir).map((file) => {
    const compiled = compileInkFile(file);
    if (compiled.errors.length) throw new Error(`${file}: ${compiled.errors[0]!.message}`);
    const { meta } = parseStoryMeta(compiled.story?.globalTags ?? [], registries);
    const id = basename(file, '.ink');
    return {
      id,
      title: meta.title ?? id,
      description: meta.summary ?? '',
      minutes: meta.minutes,
      outcomes: meta.outcomes,
    };
  });
}
