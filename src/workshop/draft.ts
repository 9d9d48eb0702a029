// A trainer's scenario as the workshop keeps it (a draft: its ink, its new people and new glossary words) and the
// one-file form it is shared in. A file may come from anyone, so reading one trusts nothing: every field is
// checked for its type, its length and its allowed values, anything not known is refused, and the result is a
// fresh object built only from checked values. Nothing in a file is ever an address the game would fetch: a
// person's look is words from fixed lists, and all text is shown as text. Pure: no DOM, no storage.
import { OUTCOME_IDS } from '../scoring/outcomes';
import type { GlossaryEntry } from '../story/glossary';
import { builtInCast, builtInGlossary, locations, moods, sounds } from '../story/registries';
import type { CastEntry } from '../story/registries';
import type { Registries } from '../story/tags';
import { validateLook } from '../stage/art/look';

export interface WorkshopDraft {
  id: string;
  title: string;
  ink: string;
  /** New people only: ids never clash with the built-in cast. */
  cast: Record<string, CastEntry>;
  /** New glossary entries only. */
  glossary: GlossaryEntry[];
  /** ISO time of the last change. */
  updatedAt: string;
}

export const SCENARIO_FILE_FORMAT = 'care-conversations-scenario';
export const SCENARIO_FILE_VERSION = 1;

export const LIMITS = {
  fileBytes: 400 * 1024,
  inkBytes: 200 * 1024,
  people: 20,
  glossary: 200,
  title: 120,
  name: 60,
  short: 30,
  role: 120,
  about: 600,
  term: 60,
  meaning: 400,
  plain: 300,
  aliases: 10,
} as const;

/** A draft or cast id: lower case letters, digits and hyphens, starting with a letter (as tags need). */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
/** Words the tags give their own meaning to, so no person may be called by them. */
const RESERVED_IDS = new Set(['you', 'all', 'none']);

const bytes = (text: string) => new TextEncoder().encode(text).length;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;

/** The draft as a scenario file: JSON text, with its format and version first. */
export function draftToFile(d: WorkshopDraft): string {
  const file = {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    id: d.id,
    title: d.title,
    updatedAt: d.updatedAt,
    ink: d.ink,
    cast: d.cast,
    glossary: d.glossary,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

class FileProblem extends Error {}
const refuse = (message: string): never => {
  throw new FileProblem(message);
};

/** A scenario file read as untrusted input: the draft it holds, or one plain-English reason it cannot be used. */
export function draftFromFile(text: string): WorkshopDraft | { error: string } {
  try {
    return readFile(text);
  } catch (e) {
    if (e instanceof FileProblem) return { error: e.message };
    throw e;
  }
}

const NOT_A_SCENARIO =
  'This is not a scenario file. A scenario file is made by "Export" in the workshop and ends in .json.';

function readFile(text: unknown): WorkshopDraft {
  if (typeof text !== 'string') refuse(NOT_A_SCENARIO);
  const raw = text as string;
  // Measured before parsing, so a huge file costs nothing more than its length.
  if (raw.length > LIMITS.fileBytes || bytes(raw) > LIMITS.fileBytes)
    refuse(`This file is too big for a scenario file (the most is ${kb(LIMITS.fileBytes)}).`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    refuse(NOT_A_SCENARIO);
  }
  const file = record(parsed, NOT_A_SCENARIO);
  if (file.format !== SCENARIO_FILE_FORMAT) refuse(NOT_A_SCENARIO);
  if (file.version !== SCENARIO_FILE_VERSION) {
    refuse(
      typeof file.version === 'number' && file.version > SCENARIO_FILE_VERSION
        ? 'This scenario file was made by a newer version of the game. Update the game, then try again.'
        : 'This scenario file is in a version this game does not know.',
    );
  }
  onlyKeys(file, ['format', 'version', 'id', 'title', 'updatedAt', 'ink', 'cast', 'glossary'], 'The file');
  const ink = text_(file.ink, "The scenario's ink", { max: Infinity, multiline: true });
  if (bytes(ink) > LIMITS.inkBytes)
    refuse(`The scenario's ink is too long (the most is ${kb(LIMITS.inkBytes)}).`);
  const updatedAt = text_(file.updatedAt, 'The date it was last changed', { max: 40 });
  if (Number.isNaN(Date.parse(updatedAt))) refuse('The date it was last changed is not a date.');
  return {
    id: id_(file.id, "The scenario's id"),
    title: text_(file.title, 'The title', { max: LIMITS.title, min: 1 }),
    ink,
    cast: readCast(file.cast),
    glossary: readGlossary(file.glossary),
    updatedAt,
  };
}

function record(v: unknown, message: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) refuse(message);
  return v as Record<string, unknown>;
}

function onlyKeys(o: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(o))
    if (!allowed.includes(key)) refuse(`${what} has a field this game does not know: "${shorten(key)}".`);
}

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

// Control characters other than tab and line breaks have no place in a scenario's text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

function text_(v: unknown, what: string, o: { max: number; min?: number; multiline?: boolean }): string {
  if (typeof v !== 'string') refuse(`${what} must be text.`);
  const s = v as string;
  if (s.length > o.max) refuse(`${what} is too long (the most is ${o.max} characters).`);
  if (s.trim().length < (o.min ?? 0)) refuse(`${what} is empty.`);
  if (CONTROL.test(s) || (!o.multiline && /[\r\n]/.test(s)))
    refuse(
      `${what} has characters that cannot be shown (control characters${o.multiline ? '' : ' or line breaks'}).`,
    );
  return s;
}

function id_(v: unknown, what: string): string {
  if (typeof v !== 'string' || !ID_PATTERN.test(v))
    refuse(`${what} must be lower case letters, digits and hyphens, starting with a letter (at most 40).`);
  return v as string;
}

function readCast(v: unknown): Record<string, CastEntry> {
  const given = record(v, 'The new people must be a list by id.');
  const ids = Object.keys(given);
  if (ids.length > LIMITS.people)
    refuse(`The file has ${ids.length} new people; the most is ${LIMITS.people}.`);
  const out: Record<string, CastEntry> = {};
  for (const id of ids) {
    const what = `The person "${shorten(id)}"`;
    id_(id, `${what}'s id`);
    // An id like "constructor" would be found on every plain object; "you" and "all" mean something in tags.
    if (RESERVED_IDS.has(id) || id in Object.prototype)
      refuse(`${what} cannot use that id: it is a reserved word.`);
    if (Object.hasOwn(builtInCast, id))
      refuse(`${what} has the id of someone already in the game. Give the new person an id of their own.`);
    out[id] = readPerson(given[id], what);
  }
  return out;
}

function readPerson(v: unknown, what: string): CastEntry {
  const p = record(v, `${what} must be a set of fields (name, age, role, about, look).`);
  onlyKeys(p, ['name', 'short', 'age', 'role', 'about', 'look'], what);
  const age = p.age;
  if (typeof age !== 'number' || !Number.isInteger(age) || age < 16 || age > 110)
    refuse(`${what}'s age must be a whole number from 16 to 110.`);
  const lookProblems = validateLook(p.look);
  if (lookProblems.length > 0) refuse(`${what}'s look: ${lookProblems[0]}.`);
  const person: CastEntry = {
    name: text_(p.name, `${what}'s name`, { max: LIMITS.name, min: 1 }),
    age: age as number,
    role: text_(p.role, `${what}'s role`, { max: LIMITS.role }),
    about: text_(p.about, `${what}'s description`, { max: LIMITS.about }),
    look: copyLook(p.look as Record<string, unknown>),
  };
  if (p.short !== undefined)
    person.short = text_(p.short, `${what}'s short name`, { max: LIMITS.short, min: 1 });
  return person;
}

/** A fresh look holding only checked values (validateLook has already refused anything else). */
function copyLook(look: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(look)) out[k] = Array.isArray(v) ? [...(v as string[])] : v;
  return out;
}

function readGlossary(v: unknown): GlossaryEntry[] {
  if (!Array.isArray(v)) refuse('The new glossary words must be a list.');
  const list = v as unknown[];
  if (list.length > LIMITS.glossary)
    refuse(`The file has ${list.length} glossary words; the most is ${LIMITS.glossary}.`);
  const known = new Set(builtInGlossary.map((g) => g.term.toLowerCase()));
  return list.map((item, i) => {
    const what = `Glossary word ${i + 1}`;
    const g = record(item, `${what} must be a set of fields (term, meaning, plain).`);
    onlyKeys(g, ['term', 'meaning', 'plain', 'aliases'], what);
    const entry: GlossaryEntry = {
      term: text_(g.term, `${what}'s term`, { max: LIMITS.term, min: 1 }),
      meaning: text_(g.meaning, `${what}'s meaning`, { max: LIMITS.meaning, min: 1 }),
      plain: text_(g.plain, `${what}'s plain words`, { max: LIMITS.plain, min: 1 }),
    };
    if (known.has(entry.term.toLowerCase()))
      refuse(`${what}, "${entry.term}", is already in the game's glossary or twice in this file.`);
    known.add(entry.term.toLowerCase());
    if (g.aliases !== undefined) {
      if (!Array.isArray(g.aliases) || g.aliases.length > LIMITS.aliases)
        refuse(`${what}'s other forms must be a list of at most ${LIMITS.aliases}.`);
      entry.aliases = (g.aliases as unknown[]).map((a) =>
        text_(a, `An other form of ${what}`, { max: LIMITS.term, min: 1 }),
      );
    }
    return entry;
  });
}

/** What a draft's ink may name: the game's registries, with the draft's new people added. */
export function registriesWith(d: WorkshopDraft): Registries {
  return {
    cast: new Set([...Object.keys(builtInCast), ...Object.keys(d.cast)]),
    moods: new Set(Object.keys(moods)),
    locations: new Set(Object.keys(locations)),
    sounds: new Map(Object.entries(sounds).map(([id, s]) => [id, s.kind])),
    outcomes: OUTCOME_IDS,
  };
}
