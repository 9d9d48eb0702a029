// The public face of the project's art: people and rooms as SVG strings.

export { characterSvg } from './character';
export type { Person } from './character';
export { backdropSvg, locationIds } from './backdrop';
export { defaultLook, toLook, validateLook } from './look';
export type {
  Clothing,
  ClothingColour,
  Extra,
  FacialHair,
  HairColour,
  HairStyle,
  Headwear,
  Look,
  SkinTone,
} from './look';
export { moodIds } from './moods';
export { clothingColours, hairColours, skinTones } from './palette';
