// Names for the dialogue, from the cast registry, and the stage told in words.
import { cast, locations } from '../story/registries';
import type { StageState } from '../story/staging';

export { cast };

export function speakerName(id: string | null): string | null {
  if (!id) return null;
  if (id === 'you') return 'You';
  const c = cast[id];
  return c ? (c.short ?? c.name) : id;
}

const MOOD_WORDS: Record<string, string> = {
  neutral: 'calm',
  pleased: 'pleased',
  relieved: 'relieved',
  worried: 'worried',
  confused: 'confused',
  upset: 'upset',
  sad: 'sad',
  angry: 'angry',
  pain: 'in pain',
  defensive: 'defensive',
};

/**
 * The stage in words, from the same StageState the stage draws: "The lounge. Mrs Kaur looks worried. Jas looks
 * calm." Only who is drawn is described; a voice on the phone is mentioned only while it is speaking, as the stage
 * keeps no picture of it (saying "on the phone" for the rest of the scene was untrue).
 */
export function describeStage(stage: StageState): string {
  const room = stage.location ? (locations[stage.location]?.name ?? null) : null;
  const people = stage.people.flatMap((p) => {
    const name = speakerName(p.id) ?? p.id;
    if (p.offstage) return stage.speaking === p.id ? [`${name} is on the phone.`] : [];
    return [`${name} looks ${MOOD_WORDS[p.mood] ?? p.mood}.`];
  });
  return [room && `${room}.`, ...people].filter(Boolean).join(' ');
}
