// Parses ink tags into typed directives, per the tag contract (docs/authoring.md).
// Pure: no inkjs, no DOM. Unknown keys are problems, never silently ignored: a typo must not lose a score.

export type TagPlace = 'global' | 'line' | 'choice';
export type Rating = 'best' | 'ok' | 'poor' | 'none';

export interface TagProblem {
  tag: string;
  message: string;
}

/** The ids a story may name. Any set left out is not checked. */
export interface Registries {
  cast?: ReadonlySet<string>;
  moods?: ReadonlySet<string>;
  locations?: ReadonlySet<string>;
  sounds?: ReadonlyMap<string, string>; // id -> kind (sfx | ambience | ui)
  outcomes?: ReadonlySet<string>;
}

export interface StoryMeta {
  title: string | null;
  summary: string | null;
  minutes: number | null;
  outcomes: string[];
  location: string | null;
  cast: string[];
  contentNote: string | null;
}

export interface MoodChange {
  who: string; // cast id, or 'you'
  mood: string;
}

export interface LineDirectives {
  speaker: string | null;
  moods: MoodChange[];
  enter: string[];
  exit: string[]; // 'all' clears the stage
  offstage: boolean;
  location: string | null;
  sfx: string[];
  ambience: string | null; // 'none' stops it
  pause: boolean;
  notes: string[];
  ending: string | null;
  /** Role-play in pairs: who the partner plays at the next decision, and how (see PartnerDirection). */
  partner: PartnerDirection | null;
}

/** A role card for the trainee who plays the other person at a decision point: who they are, what they feel and
 *  want, and how they react when spoken to well or badly. Written on a line before the decision. */
export interface PartnerDirection {
  who: string;
  feels: string;
  wants: string;
  well: string;
  badly: string;
}

const PARTNER_PARTS = ['partner-feels', 'partner-wants', 'partner-well', 'partner-badly'] as const;

export interface Score {
  outcome: string;
  value: number;
}

export interface Trust {
  who: string;
  delta: number;
}

export interface ChoiceMeta {
  rating: Rating | null;
  scores: Score[];
  critical: boolean;
  feedback: string | null;
  trust: Trust[];
  record: string | null;
}

const KEYS: Record<TagPlace, ReadonlySet<string>> = {
  global: new Set(['title', 'summary', 'minutes', 'outcomes', 'location', 'cast', 'content-note']),
  line: new Set([
    'speaker',
    'mood',
    'enter',
    'exit',
    'offstage',
    'location',
    'sfx',
    'ambience',
    'pause',
    'partner',
    ...PARTNER_PARTS,
    'note',
    'ending',
  ]),
  choice: new Set(['score', 'rating', 'critical', 'feedback', 'trust', 'record']),
};

const PLACE_NAMES: Record<TagPlace, string> = {
  global: 'global tag (top of the file)',
  line: 'line tag',
  choice: 'choice tag (inside the [ ])',
};

const FLAGS = new Set(['offstage', 'pause', 'critical']);
const ID = /^[a-z0-9][a-z0-9_-]*$/;
// A plain 0 is a score of zero too (the tag contract accepts 0, +0 and -0).
const SIGNED = /^([+-]\d+|0)$/;

export interface RawTag {
  key: string;
  value: string;
}

/** `key: value` or a bare `key`. The value keeps any later colons ("feedback: Why: because"). */
export function splitTag(tag: string): RawTag {
  const at = tag.indexOf(':');
  if (at < 0) return { key: tag.trim(), value: '' };
  return { key: tag.slice(0, at).trim(), value: tag.slice(at + 1).trim() };
}

function words(value: string): string[] {
  return value.split(/\s+/).filter((w) => w.length > 0);
}

class Reader {
  readonly problems: TagProblem[] = [];
  constructor(
    private readonly place: TagPlace,
    private readonly reg: Registries,
  ) {}

  problem(tag: string, message: string): void {
    this.problems.push({ tag, message });
  }

  /** Checks key and flag shape; returns null when the tag cannot be used. */
  read(tag: string): RawTag | null {
    const raw = splitTag(tag);
    if (!KEYS[this.place].has(raw.key)) {
      const elsewhere = (Object.keys(KEYS) as TagPlace[]).find((p) => KEYS[p].has(raw.key));
      this.problem(
        tag,
        elsewhere
          ? `"${raw.key}" is a ${PLACE_NAMES[elsewhere]}, not a ${PLACE_NAMES[this.place]}`
          : `unknown tag key "${raw.key}"`,
      );
      return null;
    }
    if (FLAGS.has(raw.key) && raw.value !== '') {
      this.problem(tag, `"${raw.key}" is a flag and takes no value`);
      return null;
    }
    if (!FLAGS.has(raw.key) && raw.value === '') {
      this.problem(tag, `"${raw.key}" needs a value`);
      return null;
    }
    return raw;
  }

  castId(tag: string, id: string, allowYou: boolean): boolean {
    if (allowYou && id === 'you') return true;
    if (!ID.test(id)) return this.fail(tag, `"${id}" is not a valid id (lower case, a-z 0-9 _ -)`);
    if (this.reg.cast && !this.reg.cast.has(id)) return this.fail(tag, `unknown speaker or cast id "${id}"`);
    return true;
  }

  mood(tag: string, mood: string): boolean {
    if (this.reg.moods && !this.reg.moods.has(mood)) return this.fail(tag, `unknown mood "${mood}"`);
    return true;
  }

  location(tag: string, id: string): boolean {
    if (this.reg.locations && !this.reg.locations.has(id)) return this.fail(tag, `unknown location "${id}"`);
    return true;
  }

  sound(tag: string, id: string, kind: string): boolean {
    if (!this.reg.sounds) return true;
    const actual = this.reg.sounds.get(id);
    if (actual === undefined) return this.fail(tag, `unknown sound "${id}"`);
    if (actual !== kind) return this.fail(tag, `sound "${id}" is ${actual}, not ${kind}`);
    return true;
  }

  outcome(tag: string, id: string): boolean {
    if (this.reg.outcomes && !this.reg.outcomes.has(id)) return this.fail(tag, `unknown outcome id "${id}"`);
    return true;
  }

  signed(tag: string, text: string, limit: number): number | null {
    if (!SIGNED.test(text)) {
      this.problem(tag, `"${text}" must be a signed whole number such as +1 or -2`);
      return null;
    }
    const n = Number(text);
    if (Math.abs(n) > limit) {
      this.problem(tag, `${text} is out of range (-${limit} to +${limit})`);
      return null;
    }
    return n;
  }

  private fail(tag: string, message: string): false {
    this.problem(tag, message);
    return false;
  }
}

export function parseStoryMeta(tags: readonly string[], reg: Registries = {}) {
  const r = new Reader('global', reg);
  const meta: StoryMeta = {
    title: null,
    summary: null,
    minutes: null,
    outcomes: [],
    location: null,
    cast: [],
    contentNote: null,
  };
  for (const tag of tags) {
    const raw = r.read(tag);
    if (!raw) continue;
    const { key, value } = raw;
    if (key === 'title') meta.title = value;
    else if (key === 'summary') meta.summary = value;
    else if (key === 'content-note') meta.contentNote = value;
    else if (key === 'minutes') {
      const n = Number(value);
      if (Number.isInteger(n) && n > 0 && n < 600) meta.minutes = n;
      else r.problem(tag, `minutes must be a whole number of minutes, not "${value}"`);
    } else if (key === 'outcomes') meta.outcomes = words(value).filter((id) => r.outcome(tag, id));
    else if (key === 'location') meta.location = r.location(tag, value) ? value : null;
    else if (key === 'cast') meta.cast = words(value).filter((id) => r.castId(tag, id, false));
  }
  return { meta, problems: r.problems };
}

export function emptyLineDirectives(): LineDirectives {
  return {
    speaker: null,
    moods: [],
    enter: [],
    exit: [],
    offstage: false,
    location: null,
    sfx: [],
    ambience: null,
    pause: false,
    notes: [],
    ending: null,
    partner: null,
  };
}

export function parseLineTags(tags: readonly string[], reg: Registries = {}) {
  const r = new Reader('line', reg);
  const d = emptyLineDirectives();
  const moodWords: string[][] = [];
  const partner: Record<string, string> = {};
  let named: string | null = null; // the speaker as written, even if unknown, so one typo gives one error
  for (const tag of tags) {
    const raw = r.read(tag);
    if (!raw) continue;
    const { key, value } = raw;
    switch (key) {
      case 'speaker':
        named = value;
        if (r.castId(tag, value, true)) d.speaker = value;
        break;
      case 'mood':
        moodWords.push([tag, ...words(value)]);
        break;
      case 'enter':
        d.enter.push(...words(value).filter((id) => r.castId(tag, id, false)));
        break;
      case 'exit':
        d.exit.push(...words(value).filter((id) => id === 'all' || r.castId(tag, id, false)));
        break;
      case 'offstage':
        d.offstage = true;
        break;
      case 'pause':
        d.pause = true;
        break;
      case 'location':
        if (r.location(tag, value)) d.location = value;
        break;
      case 'sfx':
        if (r.sound(tag, value, 'sfx')) d.sfx.push(value);
        break;
      case 'ambience':
        if (value === 'none' || r.sound(tag, value, 'ambience')) d.ambience = value;
        break;
      case 'note':
        d.notes.push(value);
        break;
      case 'partner':
      case 'partner-feels':
      case 'partner-wants':
      case 'partner-well':
      case 'partner-badly':
        partner[key] = value;
        break;
      case 'ending':
        if (ID.test(value)) d.ending = value;
        else r.problem(tag, `ending id "${value}" must be lower case a-z 0-9 and -`);
        break;
    }
  }
  // Mood is read after the speaker so "mood: worried" can find whose mood it is, whatever the tag order.
  for (const [tag = '', ...parts] of moodWords) {
    if (parts.length === 1 && parts[0]) {
      if (!named)
        r.problem(tag, `"mood: ${parts[0]}" on a line with no speaker: write "mood: ID ${parts[0]}"`);
      else if (r.mood(tag, parts[0]) && d.speaker) d.moods.push({ who: d.speaker, mood: parts[0] });
    } else if (parts.length === 2 && parts[0] && parts[1]) {
      if (r.castId(tag, parts[0], true) && r.mood(tag, parts[1]))
        d.moods.push({ who: parts[0], mood: parts[1] });
    } else r.problem(tag, `mood takes "MOOD" or "ID MOOD"`);
  }
  if (d.offstage && !d.speaker) r.problem('offstage', '"offstage" needs a speaker on the same line');
  d.partner = partnerDirection(r, partner);
  return { directives: d, problems: r.problems };
}

/** The partner tags of one line as a whole role card: all five parts, or a problem naming what is missing. */
function partnerDirection(r: Reader, parts: Record<string, string>): PartnerDirection | null {
  const given = Object.keys(parts);
  if (given.length === 0) return null;
  const missing = ['partner', ...PARTNER_PARTS].filter((k) => !parts[k]);
  if (missing.length > 0) {
    r.problem(
      `${given[0]}`,
      `a partner direction needs all of partner, ${PARTNER_PARTS.join(', ')}; missing ${missing.join(', ')}`,
    );
    return null;
  }
  if (!r.castId('partner', parts.partner!, false)) return null;
  return {
    who: parts.partner!,
    feels: parts['partner-feels']!,
    wants: parts['partner-wants']!,
    well: parts['partner-well']!,
    badly: parts['partner-badly']!,
  };
}

export function parseChoiceTags(tags: readonly string[] | null, reg: Registries = {}) {
  const r = new Reader('choice', reg);
  const m: ChoiceMeta = {
    rating: null,
    scores: [],
    critical: false,
    feedback: null,
    trust: [],
    record: null,
  };
  for (const tag of tags ?? []) {
    const raw = r.read(tag);
    if (!raw) continue;
    const { key, value } = raw;
    if (key === 'critical') m.critical = true;
    else if (key === 'feedback') m.feedback = value;
    else if (key === 'rating') {
      if (value === 'best' || value === 'ok' || value === 'poor' || value === 'none') m.rating = value;
      else r.problem(tag, `rating must be best, ok, poor or none, not "${value}"`);
    } else if (key === 'record') {
      if (ID.test(value)) m.record = value;
      else r.problem(tag, `record document id "${value}" must be lower case a-z 0-9 and -`);
    } else if (key === 'score' || key === 'trust') {
      const parts = words(value);
      const [id, amount] = parts;
      if (parts.length !== 2 || !id || !amount) {
        r.problem(tag, `${key} takes "${key === 'score' ? 'OUTCOME' : 'ID'} ±N"`);
        continue;
      }
      const n = r.signed(tag, amount, 2);
      if (n === null) continue;
      if (key === 'score' && r.outcome(tag, id)) m.scores.push({ outcome: id, value: n });
      if (key === 'trust' && r.castId(tag, id, false)) m.trust.push({ who: id, delta: n });
    }
  }
  return { meta: m, problems: r.problems };
}

/** Contract rules that need the whole choice, not one tag. */
export function choiceContractProblems(meta: ChoiceMeta): string[] {
  const out: string[] = [];
  if (meta.rating === null) out.push('visible choice has no "rating"');
  if (meta.rating === 'none') {
    if (meta.scores.length > 0 || meta.critical) out.push('a "rating: none" navigation choice cannot score');
    return out;
  }
  if (!meta.feedback) out.push('visible choice has no "feedback"');
  if (meta.scores.length === 0) out.push('visible choice has no "score"');
  return out;
}
