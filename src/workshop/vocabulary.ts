// The ids a trainer's scenario may name, for the editor's completion: the built-in registries plus the draft's own
// new people. The same lists the checker validates against (registriesWith).
import { OUTCOMES } from '../scoring/outcomes';
import { cast, locations, moods, sounds } from '../story/registries';
import type { WorkshopDraft } from './draft';
import type { Vocabulary } from './tag-completion';

const soundsOf = (kind: string) =>
  Object.entries(sounds)
    .filter(([, s]) => s.kind === kind)
    .map(([id]) => id);

export function vocabularyFor(draft: Pick<WorkshopDraft, 'cast'>): Vocabulary {
  return {
    cast: [...Object.keys(cast), ...Object.keys(draft.cast)],
    moods: Object.keys(moods),
    locations: Object.keys(locations),
    sfx: soundsOf('sfx'),
    ambience: soundsOf('ambience'),
    outcomes: OUTCOMES.map((o) => o.id),
  };
}
