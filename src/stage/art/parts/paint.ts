// Every colour one person needs, worked out once from their look and age, so each part reads the same values.

import {
  accentFor,
  clothingColours,
  hairColours,
  ink,
  lightness,
  mix,
  shade,
  skinTones,
  tint,
} from '../palette';
import type { Look } from '../look';

export interface Paint {
  skin: string;
  skinShade: string; // soft form shadow: under the chin, inside the ear
  skinLine: string; // creases and age lines
  blush: string;
  lip: string;
  mouthLine: string;
  hair: string;
  hairShade: string; // the back layer, so hair has depth without outlines
  hairLight: string;
  brow: string;
  beard: string;
  cloth: string;
  clothShade: string;
  clothDeep: string;
  clothLight: string;
  accent: string;
  accentShade: string;
  trim: string; // piping and buttons: whichever of white or navy stands out on the cloth
}

export type AgeBand = 'young' | 'middle' | 'older';

/** Wrinkles: none under 40, some from 40, more from 70; the "wrinkles" extra moves a person up one band. */
export function ageBand(age: number, look: Look): AgeBand {
  const bands: AgeBand[] = ['young', 'middle', 'older'];
  let i = age >= 70 ? 2 : age >= 40 ? 1 : 0;
  if (look.extras.includes('wrinkles')) i = Math.min(2, i + 1);
  return bands[i] ?? 'young';
}

function browColour(age: number, look: Look): string {
  const hair = hairColours[look.hairColour];
  if (look.hairColour === 'white') return '#B9B5AF';
  if (look.hairColour === 'grey' || age >= 70) return '#8F8B86';
  // Fair hair has darker brows than the hair itself; dark hair keeps its own colour.
  return lightness(hair) > 0.5 ? shade(hair, 0.35) : shade(hair, 0.1);
}

export function paintFor(look: Look, age: number): Paint {
  const skin = skinTones[look.skin];
  const hair = hairColours[look.hairColour];
  const cloth = clothingColours[look.colour];
  const accent = clothingColours[accentFor[look.colour]];
  const light = lightness(skin) > 0.55;
  return {
    skin,
    skinShade: shade(skin, light ? 0.14 : 0.2),
    skinLine: shade(skin, light ? 0.3 : 0.45),
    blush: mix(skin, '#E0716F', light ? 0.45 : 0.3),
    lip: light ? mix(skin, '#9E4A4A', 0.35) : mix(shade(skin, 0.25), '#8A3E40', 0.3),
    mouthLine: light ? shade(mix(skin, '#5B2A2B', 0.5), 0.15) : shade(skin, 0.62),
    hair,
    hairShade: lightness(hair) > 0.6 ? shade(hair, 0.16) : shade(hair, 0.28),
    hairLight: tint(hair, 0.18),
    brow: browColour(age, look),
    beard: look.facialHair === 'grey-beard' ? hairColours.grey : hair,
    cloth,
    clothShade: shade(cloth, 0.14),
    clothDeep: shade(cloth, 0.3),
    clothLight: tint(cloth, 0.22),
    accent,
    accentShade: shade(accent, 0.18),
    trim: lightness(cloth) > 0.65 ? clothingColours.navy : ink.white,
  };
}
