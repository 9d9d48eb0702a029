// What the editor offers while a trainer writes a tag: the keys allowed where the tag sits (top of the file, a line,
// inside an option's brackets), then the ids each key takes, from the same registries the checker uses.
// Pure: the editor gives the line's text up to the cursor and where the line sits.

export type TagPlace = 'global' | 'line' | 'choice';

export interface Vocabulary {
  cast: readonly string[];
  moods: readonly string[];
  locations: readonly string[];
  sfx: readonly string[];
  ambience: readonly string[];
  outcomes: readonly string[];
}

export interface TagSuggestion {
  label: string;
  detail?: string;
  /** A key is completed with ": " after it, a flag without. */
  apply?: string;
}

export interface TagCompletion {
  /** Offset in the line where the word being completed starts. */
  from: number;
  options: TagSuggestion[];
}

const KEYS: Record<TagPlace, Record<string, string>> = {
  global: {
    title: 'the scenario card title',
    summary: 'one or two sentences for the card',
    minutes: 'typical play time',
    outcomes: 'outcomes evidenced (1.4a–1.4d)',
    location: 'opening backdrop',
    cast: 'people who appear',
    'content-note': 'a sensitive theme, shown first',
  },
  line: {
    speaker: 'who says the line',
    mood: "the speaker's expression",
    enter: 'who steps onto the stage',
    exit: 'who leaves the stage',
    offstage: 'heard, not seen (flag)',
    location: 'change of backdrop',
    sfx: 'a one-shot sound',
    ambience: 'looped room sound',
    pause: 'wait for the learner (flag)',
    note: "trainer's note for presenter mode",
    ending: 'names the ending',
    partner: 'who the partner plays next',
    'partner-feels': 'what that person feels',
    'partner-wants': 'what they want',
    'partner-well': 'how they react to good care',
    'partner-badly': 'how they react to poor care',
  },
  choice: {
    rating: 'best, ok, poor or none',
    score: 'evidence: OUTCOME ±N',
    feedback: 'why the option is strong or weak',
    critical: 'an unsafe option (flag)',
    trust: "a person's trust: ID ±N",
    record: 'adds the option to a document',
  },
};
const FLAGS = new Set(['offstage', 'pause', 'critical']);
const AMOUNTS = ['+2', '+1', '0', '-1', '-2'];

/** Where a line sits: inside an option's brackets, among the file's opening tags, or anywhere else. */
export function placeOf(lineBefore: string, atTop: boolean): TagPlace {
  const option = /^\s*([*+]\s*)+/.test(lineBefore);
  if (option && lineBefore.lastIndexOf('[') > lineBefore.lastIndexOf(']')) return 'choice';
  return atTop && /^\s*#/.test(lineBefore) ? 'global' : 'line';
}

export function tagCompletion(lineBefore: string, place: TagPlace, v: Vocabulary): TagCompletion | null {
  const hash = lineBefore.lastIndexOf('#');
  if (hash < 0) return null;
  const tag = lineBefore.slice(hash + 1);
  const colon = tag.indexOf(':');
  if (colon < 0) {
    const word = /[\w-]*$/.exec(tag)![0];
    const keys = KEYS[place];
    return {
      from: lineBefore.length - word.length,
      options: Object.entries(keys).map(([key, detail]) => ({
        label: key,
        detail,
        apply: FLAGS.has(key) ? key : `${key}: `,
      })),
    };
  }
  const key = tag.slice(0, colon).trim();
  const value = tag.slice(colon + 1);
  const done = value.trimStart().split(/\s+/).length - 1; // words already finished
  const word = /[\w.+-]*$/.exec(value)![0];
  const options = valuesFor(key, done, v);
  if (!options) return null;
  return { from: lineBefore.length - word.length, options: options.map((label) => ({ label })) };
}

function valuesFor(key: string, done: number, v: Vocabulary): readonly string[] | null {
  switch (key) {
    case 'speaker':
      return done === 0 ? ['you', ...v.cast] : null;
    case 'mood':
      return done === 0 ? [...v.moods, 'you', ...v.cast] : v.moods;
    case 'enter':
    case 'cast':
      return v.cast;
    case 'exit':
      return ['all', ...v.cast];
    case 'partner':
      return done === 0 ? v.cast : null;
    case 'location':
      return done === 0 ? v.locations : null;
    case 'sfx':
      return done === 0 ? v.sfx : null;
    case 'ambience':
      return done === 0 ? ['none', ...v.ambience] : null;
    case 'outcomes':
      return v.outcomes;
    case 'rating':
      return done === 0 ? ['best', 'ok', 'poor', 'none'] : null;
    case 'score':
      return done === 0 ? v.outcomes : done === 1 ? AMOUNTS : null;
    case 'trust':
      return done === 0 ? v.cast : done === 1 ? AMOUNTS : null;
    default:
      return null;
  }
}
