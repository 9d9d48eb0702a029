// Named colours for people and rooms. Skin tones are real human tones, evenly spaced from lightest to deepest,
// so no tone is the "default" and none is exaggerated. Shading is derived from each base colour (never a grey
// wash), so a deep skin tone gets deep, warm shadows just as a light one gets light ones.

export const skinTones = {
  porcelain: '#F5E1D3',
  fair: '#EDCAB0',
  light: '#DDAF8A',
  tan: '#C08A61',
  brown: '#8E5B3C',
  deep: '#5C3A28',
} as const;

export const hairColours = {
  black: '#241C1A',
  'dark-brown': '#3E2B21',
  brown: '#6A4932',
  auburn: '#8C472B',
  blonde: '#D5B173',
  grey: '#A7A39E',
  white: '#E4E1DC',
} as const;

export const clothingColours = {
  navy: '#33425F',
  teal: '#2E7A78',
  maroon: '#7B3040',
  mustard: '#C99A35',
  grey: '#7E848B',
  green: '#557C4C',
  lilac: '#9D8DBA',
  blue: '#4C79AE',
  rose: '#C97C83',
  cream: '#EEE5D1',
  black: '#2B2B2F',
} as const;

export type SkinTone = keyof typeof skinTones;
export type HairColour = keyof typeof hairColours;
export type ClothingColour = keyof typeof clothingColours;

/** A second colour that sits well with each clothing colour: trims, a dupatta, a turban, an inner layer. */
export const accentFor: Readonly<Record<ClothingColour, ClothingColour>> = {
  navy: 'cream',
  teal: 'mustard',
  maroon: 'mustard',
  mustard: 'maroon',
  grey: 'rose',
  green: 'cream',
  lilac: 'cream',
  blue: 'cream',
  rose: 'maroon',
  cream: 'teal',
  black: 'mustard',
};

/** Colours shared by every face, so features read the same on every person. */
export const ink = {
  feature: '#2A1D18', // eyes, lashes
  eyeWhite: '#FBF8F3',
  mouth: '#5B2A2B',
  teeth: '#FBF7F0',
  tear: '#A9D3EC',
  frame: '#3A2F2B',
  gold: '#D9B45A',
  white: '#FBFAF7',
} as const;

function channels(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Blend two hex colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const ca = channels(a);
  const cb = channels(b);
  const out = ca.map((x, i) => Math.round(x + ((cb[i] ?? x) - x) * t));
  return `#${out.map((x) => x.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** Darken towards a warm near-black rather than grey, which keeps shadows alive on every skin tone. */
export function shade(hex: string, t: number): string {
  return mix(hex, '#1E120D', t);
}

export function tint(hex: string, t: number): string {
  return mix(hex, '#FFFFFF', t);
}

/** Relative lightness 0..1, used to pick a trim that contrasts with the cloth beneath it. */
export function lightness(hex: string): number {
  const [r, g, b] = channels(hex);
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
}
