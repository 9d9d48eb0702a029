// The project's art: every person in every mood and every room must be a well-formed, self-contained SVG.

import { describe, expect, it } from 'vitest';
import moods from '../../stories/moods.json';
import locations from '../../stories/locations.json';
import {
  backdropSvg,
  characterSvg,
  defaultLook,
  locationIds,
  moodIds,
  toLook,
  validateLook,
} from '../../src/stage/art/index';
import type { Look } from '../../src/stage/art/index';
import {
  clothingOptions,
  hairOptions,
  headwearOptions,
  facialHairOptions,
  skinOptions,
} from '../../src/stage/art/look';
import { expressions } from '../../src/stage/art/parts/expressions';

/**
 * A tiny well-formedness check: every tag is closed in order, attributes are quoted, there is one root.
 * Enough to catch a broken template string without pulling in an XML parser.
 */
function wellFormed(svg: string): string | null {
  const stack: string[] = [];
  let i = 0;
  let roots = 0;
  while (i < svg.length) {
    const lt = svg.indexOf('<', i);
    if (lt === -1) {
      if (svg.slice(i).trim() !== '') return 'text after the root element';
      break;
    }
    const text = svg.slice(i, lt);
    if (stack.length === 0 && text.trim() !== '') return 'text outside the root element';
    if (text.includes('>')) return `stray ">" in text near ${lt}`;
    const gt = svg.indexOf('>', lt);
    if (gt === -1) return 'unterminated tag';
    const body = svg.slice(lt + 1, gt);
    if (body.startsWith('/')) {
      const name = body.slice(1).trim();
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}>`;
    } else {
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const name = inner.split(/\s/, 1)[0] ?? '';
      if (!/^[a-zA-Z][\w:-]*$/.test(name)) return `bad tag name "${name}"`;
      const attrs = inner.slice(name.length).trim();
      let rest = attrs;
      while (rest !== '') {
        const m = /^([a-zA-Z][\w:-]*)="([^"<]*)"\s*/.exec(rest);
        if (m === null) return `bad attributes in <${name}>: ${rest.slice(0, 40)}`;
        rest = rest.slice(m[0].length);
      }
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length > 0) return `unclosed <${stack.join('> <')}>`;
  if (roots !== 1) return `expected one root element, found ${roots}`;
  return null;
}

/** Anything that would reach outside the SVG: links, images, fonts, CSS urls. The namespace is not a fetch. */
function externalReferences(svg: string): string[] {
  const body = svg.replace(' xmlns="http://www.w3.org/2000/svg"', '');
  return ['http', 'url(', 'href', '<image', '@import', '<script', '<foreignObject'].filter((s) =>
    body.includes(s),
  );
}

const looks: Record<string, { age: number; look: Look }> = {
  default: { age: 40, look: { ...defaultLook, extras: [] } },
  punjabiElder: {
    age: 82,
    look: {
      skin: 'tan',
      hair: 'bun',
      hairColour: 'grey',
      facialHair: 'none',
      glasses: false,
      headwear: 'dupatta',
      clothing: 'kameez',
      colour: 'maroon',
      extras: ['hearing-aid', 'earrings'],
    },
  },
  welshElder: {
    age: 79,
    look: {
      skin: 'fair',
      hair: 'receding',
      hairColour: 'white',
      facialHair: 'none',
      glasses: true,
      headwear: 'none',
      clothing: 'cardigan',
      colour: 'green',
      extras: ['walking-stick'],
    },
  },
  careWorker: {
    age: 34,
    look: {
      skin: 'deep',
      hair: 'braids',
      hairColour: 'black',
      facialHair: 'none',
      glasses: false,
      headwear: 'none',
      clothing: 'tunic',
      colour: 'navy',
      extras: ['lanyard'],
    },
  },
  hijab: {
    age: 27,
    look: {
      skin: 'light',
      hair: 'long',
      hairColour: 'black',
      facialHair: 'none',
      glasses: false,
      headwear: 'hijab',
      clothing: 'tunic',
      colour: 'teal',
      extras: ['lanyard', 'necklace'],
    },
  },
  turban: {
    age: 45,
    look: {
      skin: 'brown',
      hair: 'short',
      hairColour: 'black',
      facialHair: 'beard',
      glasses: true,
      headwear: 'turban',
      clothing: 'suit',
      colour: 'blue',
      extras: [],
    },
  },
  youngMan: {
    age: 19,
    look: {
      skin: 'porcelain',
      hair: 'cropped',
      hairColour: 'auburn',
      facialHair: 'stubble',
      glasses: false,
      headwear: 'cap',
      clothing: 'hoodie',
      colour: 'grey',
      extras: ['wrinkles'],
    },
  },
};

describe('characters', () => {
  it('draws exactly the moods in stories/moods.json', () => {
    expect([...moodIds].sort()).toEqual(Object.keys(moods).sort());
    expect(Object.keys(expressions).sort()).toEqual(Object.keys(moods).sort());
  });

  for (const [name, person] of Object.entries(looks)) {
    it(`${name}: every mood is a well-formed, self-contained SVG`, () => {
      for (const mood of moodIds) {
        const svg = characterSvg(person, mood);
        expect(wellFormed(svg), `${name} ${mood}`).toBeNull();
        expect(externalReferences(svg), `${name} ${mood}`).toEqual([]);
        expect(svg).not.toMatch(/NaN|undefined|Infinity/);
        expect(svg.startsWith('<svg ')).toBe(true);
        expect(svg).toContain('viewBox="0 0 400 560"');
        expect(svg).toContain('role="img"');
        expect(svg).toContain('<title>Character portrait</title>');
      }
    });

    it(`${name}: every mood looks different`, () => {
      const drawn = new Set(moodIds.map((m) => characterSvg(person, m)));
      expect(drawn.size).toBe(moodIds.length);
    });
  }

  it('is deterministic', () => {
    for (const mood of moodIds) {
      expect(characterSvg(looks.punjabiElder!, mood)).toBe(characterSvg(looks.punjabiElder!, mood));
    }
  });

  it('throws for a mood it does not know', () => {
    expect(() => characterSvg(looks.default!, 'ecstatic')).toThrow(/Unknown mood "ecstatic"/);
    expect(() => characterSvg(looks.default!, 'toString')).toThrow(/Unknown mood/);
  });

  it('draws every hair style, headwear, facial hair, clothing kind and skin tone', () => {
    const seen = new Set<string>();
    for (const hair of hairOptions)
      for (const headwear of headwearOptions) {
        const svg = characterSvg({ age: 50, look: { ...defaultLook, hair, headwear } }, 'neutral');
        expect(wellFormed(svg), `${hair} ${headwear}`).toBeNull();
        seen.add(svg);
      }
    for (const clothing of clothingOptions)
      for (const facialHair of facialHairOptions)
        for (const skin of skinOptions) {
          const svg = characterSvg(
            { age: 30, look: { ...defaultLook, clothing, facialHair, skin } },
            'angry',
          );
          expect(wellFormed(svg), `${clothing} ${facialHair} ${skin}`).toBeNull();
        }
    expect(seen.size).toBeGreaterThan(hairOptions.length * 2);
  });

  it('gives every kind of clothing its own drawing', () => {
    const drawn = new Set(
      clothingOptions.map((clothing) =>
        characterSvg({ age: 30, look: { ...defaultLook, clothing } }, 'neutral'),
      ),
    );
    expect(drawn.size).toBe(clothingOptions.length);
  });

  it('adds lines with age: none under 40, some from 40, more from 70', () => {
    const at = (age: number, extras: Look['extras'] = []) =>
      characterSvg({ age, look: { ...defaultLook, extras } }, 'neutral');
    expect(at(25)).toBe(at(39));
    expect(at(45)).not.toBe(at(39));
    expect(at(75)).not.toBe(at(45));
    expect(at(75).length).toBeGreaterThan(at(45).length);
    expect(at(25, ['wrinkles'])).toBe(at(45));
  });

  it('draws each extra', () => {
    const plain = characterSvg({ age: 60, look: { ...defaultLook } }, 'neutral');
    for (const extra of [
      'hearing-aid',
      'lanyard',
      'walking-stick',
      'earrings',
      'necklace',
      'wrinkles',
    ] as const) {
      expect(characterSvg({ age: 60, look: { ...defaultLook, extras: [extra] } }, 'neutral'), extra).not.toBe(
        plain,
      );
    }
  });

  it('rejects a look with problems instead of guessing', () => {
    expect(() =>
      characterSvg({ age: 40, look: { ...defaultLook, skin: 'green' as Look['skin'] } }, 'neutral'),
    ).toThrow(/skin/);
  });
});

describe('validateLook', () => {
  it('accepts the default look and every complete, valid look used here', () => {
    expect(validateLook(defaultLook)).toEqual([]);
    for (const { look } of Object.values(looks)) expect(validateLook(look)).toEqual([]);
  });

  it('accepts a partial look: missing keys take the default', () => {
    expect(validateLook({ skin: 'deep', hair: 'afro' })).toEqual([]);
    expect(toLook({ skin: 'deep' })).toEqual({ ...defaultLook, skin: 'deep' });
  });

  it('explains each problem in plain English', () => {
    expect(validateLook(null)).toHaveLength(1);
    expect(validateLook(['skin'])).toHaveLength(1);
    const problems = validateLook({
      skin: 'olive',
      hair: 'mohawk',
      hairColor: 'grey',
      glasses: 'yes',
      headwear: 'hat',
      clothing: 7,
      colour: 'navvy',
      extras: ['hearing-aid', 'monocle', 'hearing-aid'],
    });
    expect(problems).toHaveLength(9);
    expect(problems.join('\n')).toMatch(/"skin" cannot be "olive"; choose one of "porcelain"/);
    expect(problems.join('\n')).toMatch(/unknown key "hairColor" \(did you mean "hairColour"\?\)/);
    expect(problems.join('\n')).toMatch(/"glasses" must be true or false/);
    expect(problems.join('\n')).toMatch(/"colour" cannot be "navvy" \(did you mean "navy"\?\)/);
    expect(problems.join('\n')).toMatch(/"extras" cannot include "monocle"/);
    expect(problems.join('\n')).toMatch(/lists "hearing-aid" twice/);
    expect(validateLook({ extras: 'lanyard' })).toEqual([expect.stringMatching(/must be a list/)]);
  });
});

describe('backdrops', () => {
  it('covers exactly the locations in stories/locations.json', () => {
    expect([...locationIds].sort()).toEqual(Object.keys(locations).sort());
  });

  for (const id of Object.keys(locations)) {
    it(`${id}: a well-formed, self-contained 1920 x 1080 SVG`, () => {
      const svg = backdropSvg(id);
      expect(wellFormed(svg)).toBeNull();
      expect(externalReferences(svg)).toEqual([]);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(svg).toContain('viewBox="0 0 1920 1080"');
      expect(svg).toContain('role="img"');
      expect(backdropSvg(id)).toBe(svg);
    });
  }

  it('draws each room differently', () => {
    expect(new Set(locationIds.map((id) => backdropSvg(id))).size).toBe(locationIds.length);
  });

  it('throws for a location it does not know', () => {
    expect(() => backdropSvg('garden')).toThrow(/Unknown location "garden"/);
    expect(() => backdropSvg('constructor')).toThrow(/Unknown location/);
  });
});

describe('the tag-balance check itself', () => {
  it('catches broken documents', () => {
    expect(wellFormed('<svg><g></svg>')).not.toBeNull();
    expect(wellFormed('<svg a=b></svg>')).not.toBeNull();
    expect(wellFormed('<svg></svg><svg></svg>')).not.toBeNull();
    expect(wellFormed('<svg><path d="M0 0"/></svg>')).toBeNull();
  });
});
