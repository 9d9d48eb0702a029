// Names for the dialogue, from the cast registry.
import { cast } from '../story/registries';

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

/** "Mrs Kaur looks worried. Jas looks calm." — the stage in words, for screen readers and captions. */
export function describeStage(people: { id: string; mood: string; offstage: boolean }[]): string {
  return people
    .map((p) => {
      const name = speakerName(p.id) ?? p.id;
      return p.offstage ? `${name} is on the phone.` : `${name} looks ${MOOD_WORDS[p.mood] ?? p.mood}.`;
    })
    .join(' ');
}
