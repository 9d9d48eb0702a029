// The `look` of a cast member (stories/cast.json), exactly as the table in docs/authoring.md describes it, and
// the checker's plain-English validation of it. Missing keys take the default, so a writer may give only what
// matters; anything given must be a known value, because a typo should be caught, not quietly drawn as default.

import { clothingColours, hairColours, skinTones } from './palette';
import type { ClothingColour, HairColour, SkinTone } from './palette';

export const skinOptions = Object.keys(skinTones) as SkinTone[];
export const hairOptions = [
  'short',
  'cropped',
  'long',
  'bun',
  'curly',
  'afro',
  'braids',
  'bob',
  'bald',
  'receding',
] as const;
export const hairColourOptions = Object.keys(hairColours) as HairColour[];
export const facialHairOptions = ['none', 'stubble', 'beard', 'moustache', 'grey-beard'] as const;
export const headwearOptions = ['none', 'hijab', 'turban', 'dupatta', 'cap'] as const;
export const clothingOptions = [
  'tunic',
  'cardigan',
  'shirt',
  'jumper',
  'hoodie',
  'blouse',
  'suit',
  'kameez',
  'dress',
  'polo',
] as const;
export const colourOptions = Object.keys(clothingColours) as ClothingColour[];
export const extraOptions = [
  'hearing-aid',
  'lanyard',
  'walking-stick',
  'earrings',
  'necklace',
  'wrinkles',
] as const;

export type HairStyle = (typeof hairOptions)[number];
export type FacialHair = (typeof facialHairOptions)[number];
export type Headwear = (typeof headwearOptions)[number];
export type Clothing = (typeof clothingOptions)[number];
export type Extra = (typeof extraOptions)[number];
export type { ClothingColour, HairColour, SkinTone };

export interface Look {
  skin: SkinTone;
  hair: HairStyle;
  hairColour: HairColour;
  facialHair: FacialHair;
  glasses: boolean;
  headwear: Headwear;
  clothing: Clothing;
  colour: ClothingColour;
  extras: Extra[];
}

export const defaultLook: Readonly<Look> = {
  skin: 'light',
  hair: 'short',
  hairColour: 'brown',
  facialHair: 'none',
  glasses: false,
  headwear: 'none',
  clothing: 'jumper',
  colour: 'teal',
  extras: [],
};

const choices: Readonly<Record<Exclude<keyof Look, 'glasses' | 'extras'>, readonly string[]>> = {
  skin: skinOptions,
  hair: hairOptions,
  hairColour: hairColourOptions,
  facialHair: facialHairOptions,
  headwear: headwearOptions,
  clothing: clothingOptions,
  colour: colourOptions,
};

const lookKeys = Object.keys(defaultLook);

function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** Suggest the nearest allowed word for a likely typo ("color" -> "colour"); null if nothing is close. */
function nearest(word: string, options: readonly string[]): string | null {
  let best: string | null = null;
  let bestCost = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const o of options) {
    const cost = editDistance(word.toLowerCase(), o.toLowerCase());
    if (cost < bestCost) {
      best = o;
      bestCost = cost;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, sub));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

function hint(word: string, options: readonly string[]): string {
  const near = nearest(word, options);
  return near === null ? '' : ` (did you mean "${near}"?)`;
}

/** Plain-English problems with a look; an empty list means the stage can draw it. */
export function validateLook(look: unknown): string[] {
  if (typeof look !== 'object' || look === null || Array.isArray(look)) {
    return ['look must be an object such as { "skin": "brown", "hair": "bun", ... }'];
  }
  const out: string[] = [];
  for (const [key, value] of Object.entries(look)) {
    if (!lookKeys.includes(key)) {
      out.push(`look has an unknown key "${key}"${hint(key, lookKeys)}; the keys are ${quoteList(lookKeys)}`);
      continue;
    }
    if (key === 'glasses') {
      if (typeof value !== 'boolean')
        out.push(`look "glasses" must be true or false, not ${JSON.stringify(value)}`);
      continue;
    }
    if (key === 'extras') {
      out.push(...extrasProblems(value));
      continue;
    }
    const allowed = choices[key as keyof typeof choices];
    if (typeof value !== 'string' || !allowed.includes(value)) {
      const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
      const near = typeof value === 'string' ? hint(value, allowed) : '';
      out.push(`look "${key}" cannot be ${shown}${near}; choose one of ${quoteList(allowed)}`);
    }
  }
  return out;
}

function extrasProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return [`look "extras" must be a list, for example ["hearing-aid", "necklace"]`];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of value as unknown[]) {
    if (typeof item !== 'string' || !(extraOptions as readonly string[]).includes(item)) {
      const shown = typeof item === 'string' ? `"${item}"` : JSON.stringify(item);
      const near = typeof item === 'string' ? hint(item, extraOptions) : '';
      out.push(`look "extras" cannot include ${shown}${near}; choose from ${quoteList(extraOptions)}`);
    } else if (seen.has(item)) {
      out.push(`look "extras" lists "${item}" twice`);
    }
    if (typeof item === 'string') seen.add(item);
  }
  return out;
}

/** A complete Look from a cast entry, defaults filling any missing key. Throws if the look has problems. */
export function toLook(value: unknown): Look {
  const problems = validateLook(value);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return { ...defaultLook, extras: [...defaultLook.extras], ...(value as Partial<Look>) };
}
