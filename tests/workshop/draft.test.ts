// The scenario file is untrusted input: these feed it hostile and broken files and expect a plain refusal, never a
// crash, a polluted prototype or a field that slipped through unchecked.
import { describe, expect, it } from 'vitest';
import { builtInCast, builtInGlossary } from '../../src/story/registries';
import {
  LIMITS,
  SCENARIO_FILE_FORMAT,
  draftFromFile,
  draftToFile,
  registriesWith,
  type WorkshopDraft,
} from '../../src/workshop/draft';

const draft = (over: Partial<WorkshopDraft> = {}): WorkshopDraft => ({
  id: 'night-shift',
  title: 'Night shift',
  ink: '# title: Night shift\nHello.\n-> END\n',
  cast: {
    'nurse-amy': {
      name: 'Amy Clarke',
      short: 'Amy',
      age: 34,
      role: 'night nurse',
      about: 'Works nights on the unit.',
      look: { skin: 'brown', hair: 'bun', glasses: true, extras: ['lanyard'] },
    },
  },
  glossary: [{ term: 'handover-x', meaning: 'Passing on care.', plain: 'telling the next shift' }],
  updatedAt: '2026-12-02T10:00:00.000Z',
  ...over,
});

/** A file's JSON with one part changed, for the hostile cases. */
const fileWith = (change: (f: Record<string, unknown>) => void): string => {
  const f = JSON.parse(draftToFile(draft())) as Record<string, unknown>;
  change(f);
  return JSON.stringify(f);
};
type Fields = Record<string, unknown>;
const castOf = (f: Fields) => f.cast as Record<string, Fields>;
const wordsOf = (f: Fields) => f.glossary as Fields[];
const amyIn = (f: Fields) => castOf(f)['nurse-amy'] as Fields;
const errorOf = (text: string) => {
  const r = draftFromFile(text);
  if (!('error' in r)) throw new Error('expected the file to be refused');
  return r.error;
};

describe('scenario file', () => {
  it('round-trips a draft exactly, with its format and version', () => {
    const text = draftToFile(draft());
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.format).toBe(SCENARIO_FILE_FORMAT);
    expect(parsed.version).toBe(1);
    expect(draftFromFile(text)).toEqual(draft());
  });

  it('says plainly when a file is not a scenario file', () => {
    for (const text of [
      '',
      'not json at all {',
      '[]',
      'null',
      '42',
      '{"format":"something-else","version":1}',
    ])
      expect(errorOf(text)).toMatch(/not a scenario file/);
  });

  it('names a newer or unknown version', () => {
    expect(errorOf(fileWith((f) => (f.version = 2)))).toMatch(/newer version of the game/);
    expect(errorOf(fileWith((f) => (f.version = '1')))).toMatch(/version this game does not know/);
  });

  it('refuses a huge file before reading it, and ink over its own limit', () => {
    const huge = `{"format":"${SCENARIO_FILE_FORMAT}","version":1,"pad":"${'x'.repeat(LIMITS.fileBytes)}"}`;
    expect(errorOf(huge)).toMatch(/too big.*400 KB/);
    const longInk = fileWith((f) => (f.ink = 'Hello.\n'.repeat(Math.ceil((LIMITS.inkBytes + 10) / 7))));
    expect(longInk.length).toBeLessThan(LIMITS.fileBytes);
    expect(errorOf(longInk)).toMatch(/ink is too long.*200 KB/);
    // Multi-byte letters count by their bytes, not their characters.
    expect(errorOf(fileWith((f) => (f.ink = 'é'.repeat(LIMITS.inkBytes / 2 + 10))))).toMatch(/too long/);
  });

  it('refuses too many people and too many glossary words', () => {
    const many = fileWith((f) => {
      const people: Record<string, unknown> = {};
      for (let i = 0; i <= LIMITS.people; i++) people[`p${i}`] = draft().cast['nurse-amy'];
      f.cast = people;
    });
    expect(errorOf(many)).toMatch(/21 new people; the most is 20/);
    const words = fileWith(
      (f) =>
        (f.glossary = Array.from({ length: 201 }, (_, i) => ({ term: `w${i}`, meaning: 'm', plain: 'p' }))),
    );
    expect(errorOf(words)).toMatch(/201 glossary words/);
  });

  it('checks every string as a string', () => {
    expect(errorOf(fileWith((f) => (f.title = { toString: 'x' })))).toMatch(/title must be text/);
    expect(errorOf(fileWith((f) => (f.ink = ['a'])))).toMatch(/ink must be text/);
    expect(errorOf(fileWith((f) => (amyIn(f).name = 7)))).toMatch(/name must be text/);
    expect(errorOf(fileWith((f) => ((wordsOf(f)[0] as Fields).plain = null)))).toMatch(
      /plain words must be text/,
    );
    expect(errorOf(fileWith((f) => (f.title = '   ')))).toMatch(/title is empty/);
    expect(errorOf(fileWith((f) => (f.title = 'a\u0000b')))).toMatch(/cannot be shown/);
    expect(errorOf(fileWith((f) => (f.updatedAt = 'yesterday')))).toMatch(/not a date/);
  });

  it('ignores prototype-pollution keys: refused as unknown fields or bad ids, and nothing is polluted', () => {
    const top = `{"format":"${SCENARIO_FILE_FORMAT}","version":1,"__proto__":{"polluted":true}}`;
    expect(errorOf(top)).toMatch(/field this game does not know: "__proto__"/);
    const inCast = fileWith((f) => (f.cast = JSON.parse('{"__proto__":{"name":"x"}}')));
    expect(errorOf(inCast)).toMatch(/id must be lower case/);
    const ctor = fileWith((f) => Object.assign(castOf(f), { constructor: draft().cast['nurse-amy'] }));
    expect(errorOf(ctor)).toMatch(/reserved word/);
    const inLook = fileWith((f) => (amyIn(f).look = JSON.parse('{"__proto__":{"skin":"x"},"skin":"brown"}')));
    expect(errorOf(inLook)).toMatch(/unknown key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('skin');
  });

  it('keeps HTML in a title as plain text, never as markup', () => {
    const title = '<img src=x onerror=alert(1)><b>Night</b>';
    const got = draftFromFile(draftToFile(draft({ title })));
    expect(got).toMatchObject({ title });
  });

  it('honours no address: a person pointing at a URL is refused', () => {
    const picture = fileWith((f) => (amyIn(f).image = 'https://example.com/amy.png'));
    expect(errorOf(picture)).toMatch(/field this game does not know: "image"/);
    const lookUrl = fileWith((f) => (amyIn(f).look = 'https://example.com/amy.svg'));
    expect(errorOf(lookUrl)).toMatch(/look must be an object/);
    const hairUrl = fileWith((f) => (amyIn(f).look = { hair: 'url(https://example.com/h)' }));
    expect(errorOf(hairUrl)).toMatch(/look "hair" cannot be/);
  });

  it('refuses ids that clash with the built-in cast or are malformed, and bad ages', () => {
    const existing = Object.keys(builtInCast)[0]!;
    const clash = fileWith((f) => (castOf(f)[existing] = draft().cast['nurse-amy'] as unknown as Fields));
    expect(errorOf(clash)).toMatch(/already in the game/);
    for (const id of ['Amy', '1amy', 'amy smith', 'you', 'a'.repeat(41)]) {
      const bad = fileWith((f) => (f.cast = { [id]: draft().cast['nurse-amy'] }));
      expect(errorOf(bad)).toMatch(/id must be|reserved/);
    }
    expect(errorOf(fileWith((f) => (f.id = '../../etc')))).toMatch(/scenario's id must be/);
    expect(errorOf(fileWith((f) => (amyIn(f).age = 4.5)))).toMatch(/whole number/);
  });

  it('refuses a glossary word the game already has', () => {
    const term = builtInGlossary[0]!.term;
    const dup = fileWith((f) => (f.glossary = [{ term: term.toUpperCase(), meaning: 'm', plain: 'p' }]));
    expect(errorOf(dup)).toMatch(/already in the game's glossary/);
  });

  it('builds the draft from checked values only (no shared objects with the parsed file)', () => {
    const got = draftFromFile(draftToFile(draft())) as WorkshopDraft;
    expect(Object.getPrototypeOf(got.cast)).toBe(Object.prototype);
    expect(got.cast['nurse-amy']!.look).toEqual({
      skin: 'brown',
      hair: 'bun',
      glasses: true,
      extras: ['lanyard'],
    });
  });
});

describe('registriesWith', () => {
  it("adds the draft's people to the built-in registries", () => {
    const r = registriesWith(draft());
    expect(r.cast!.has('nurse-amy')).toBe(true);
    for (const id of Object.keys(builtInCast)) expect(r.cast!.has(id)).toBe(true);
    expect(r.outcomes!.has('1.4a')).toBe(true);
    expect(r.moods!.has('worried')).toBe(true);
    expect(registriesWith(draft({ cast: {} })).cast!.has('nurse-amy')).toBe(false);
  });
});
