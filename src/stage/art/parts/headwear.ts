// Headwear in up to three layers: behind the head, over the head, and over the shoulders (so a hijab or a
// dupatta drapes onto the body while the head moves with the mood). Drawn with the same care as clothing:
// each is worn properly, never as a costume.

import type { ClothingColour, Headwear } from '../look';
import { clothingColours, ink, mix, shade } from '../palette';
import { circle, group, line, mirrored, shape } from '../svg';
import type { Paint } from './paint';

export interface HeadwearLayers {
  back: string; // behind the head and hair
  front: string; // over the face and hair
  drape: string; // over the clothing, moves with the body
  hidesHair: boolean;
  hidesEars: boolean;
}

const none: HeadwearLayers = { back: '', front: '', drape: '', hidesHair: false, hidesEars: false };

/** Hijabs and turbans in calm tones that sit with the clothes rather than matching them exactly. */
const hijabFor: Readonly<Record<ClothingColour, ClothingColour>> = {
  navy: 'lilac',
  teal: 'navy',
  maroon: 'cream',
  mustard: 'navy',
  grey: 'maroon',
  green: 'cream',
  lilac: 'navy',
  blue: 'navy',
  rose: 'cream',
  cream: 'maroon',
  black: 'grey',
};

const turbanFor: Readonly<Record<ClothingColour, ClothingColour>> = {
  navy: 'maroon',
  teal: 'navy',
  maroon: 'navy',
  mustard: 'navy',
  grey: 'navy',
  green: 'mustard',
  lilac: 'navy',
  blue: 'maroon',
  rose: 'maroon',
  cream: 'maroon',
  black: 'mustard',
};

/** A dupatta contrasts with the kameez, as it usually does, but never in a tone that could read as hair. */
const dupattaFor: Readonly<Record<ClothingColour, ClothingColour>> = {
  navy: 'rose',
  teal: 'cream',
  maroon: 'rose',
  mustard: 'maroon',
  grey: 'lilac',
  green: 'rose',
  lilac: 'navy',
  blue: 'cream',
  rose: 'maroon',
  cream: 'teal',
  black: 'rose',
};

function hijab(colour: ClothingColour): HeadwearLayers {
  const c = clothingColours[hijabFor[colour]];
  const fold = shade(c, 0.16);
  const outer =
    'M200 88 C266 88 296 140 294 206 C293 254 278 290 252 310 L148 310 C122 290 107 254 106 206 C104 140 134 88 200 88 Z';
  const face =
    'M200 120 C240 120 262 150 262 196 C262 236 252 262 238 276 C226 287 213 291 200 291 ' +
    'C187 291 174 287 162 276 C148 262 138 236 138 196 C138 150 160 120 200 120 Z';
  return {
    back: shape(outer, c),
    front: group([
      shape(`${outer} ${face}`, c, { 'fill-rule': 'evenodd' }),
      // A soft fold where the fabric turns around the face.
      line('M140 170 C136 210 142 250 160 280', fold, 3, { opacity: 0.6 }),
      line('M262 170 C266 210 258 250 240 280', fold, 3, { opacity: 0.6 }),
      line('M168 298 C184 306 216 306 232 298', fold, 3, { opacity: 0.5 }),
    ]),
    drape: group([
      shape(
        'M156 294 C148 316 136 334 116 350 C84 364 64 386 60 416 C92 446 150 462 200 464 ' +
          'C250 462 308 446 340 416 C336 386 316 364 284 350 C264 334 252 316 244 294 Z',
        c,
      ),
      line('M104 380 C132 420 172 440 214 444', fold, 3, { opacity: 0.5 }),
      line('M300 376 C284 410 258 430 232 438', fold, 3, { opacity: 0.4 }),
    ]),
    hidesHair: true,
    hidesEars: true,
  };
}

/** A Sikh dastar: layered folds rising from each side to a peak over the forehead. */
function turban(colour: ClothingColour): HeadwearLayers {
  const c = clothingColours[turbanFor[colour]];
  const fold = shade(c, 0.22);
  const layers = [
    'M128 184 C136 162 162 148 200 156',
    'M127 162 C138 138 166 124 204 128',
    'M132 138 C146 114 172 100 206 102',
  ];
  return {
    back: '',
    front: group([
      shape(
        'M124 190 C114 150 122 104 158 88 C178 80 222 80 242 88 C278 104 286 150 276 190 ' +
          'C264 174 242 162 220 158 L200 166 L180 158 C158 162 136 174 124 190 Z',
        c,
      ),
      group(layers.map((d) => line(d, fold, 3, { opacity: 0.75 }))),
      mirrored(layers.map((d) => line(d, fold, 3, { opacity: 0.75 }))),
      line('M180 158 L200 166 L220 158', fold, 3),
    ]),
    drape: '',
    hidesHair: true,
    hidesEars: false,
  };
}

/** A dupatta worn loosely over the back of the head: the hairline and ears stay visible, as it is often worn. */
function dupatta(colour: ClothingColour): HeadwearLayers {
  const c = mix(clothingColours[dupattaFor[colour]], '#F2EBDD', 0.15);
  const fold = shade(c, 0.18);
  const panel = 'M96 350 C124 338 148 336 162 340 C158 420 152 520 150 640 L64 640 C70 520 80 420 96 350 Z';
  return {
    back: shape(
      'M200 84 C258 84 292 126 292 190 C292 250 284 310 276 360 L124 360 C116 310 108 250 108 190 C108 126 142 84 200 84 Z',
      fold,
    ),
    front: group([
      shape(
        'M110 196 C108 126 148 86 200 86 C252 86 292 126 290 196 L272 186 C268 138 240 112 200 112 ' +
          'C160 112 132 138 128 186 Z',
        c,
      ),
      line('M128 186 C132 138 160 112 200 112 C240 112 268 138 272 186', ink.gold, 3),
      line('M119 186 C120 132 152 100 200 100 C248 100 280 132 281 186', ink.gold, 3.5, {
        'stroke-dasharray': '0 11',
      }),
    ]),
    drape: group([
      shape(panel, c),
      mirrored([shape(panel, c)]),
      line('M162 340 C158 420 152 520 150 640', ink.gold, 3),
      line('M238 340 C242 420 248 520 250 640', ink.gold, 3),
      // A row of woven dots beside the border: it reads as cloth, never as hair.
      line('M150 346 C146 420 140 520 138 640', ink.gold, 3.5, { 'stroke-dasharray': '0 11' }),
      line('M250 346 C254 420 260 520 262 640', ink.gold, 3.5, { 'stroke-dasharray': '0 11' }),
      line('M100 380 C110 460 112 540 110 640', fold, 3, { opacity: 0.5 }),
      line('M300 380 C290 460 288 540 290 640', fold, 3, { opacity: 0.5 }),
    ]),
    hidesHair: false,
    hidesEars: false,
  };
}

/** A flat cap for older people and a peaked cap for younger ones: what the word usually means at each age. */
function cap(p: Paint, age: number): HeadwearLayers {
  if (age >= 50) {
    const tweed = '#7B6D5E';
    return {
      ...none,
      front: group([
        // Low and wide, flat on top, the peak pulled forward over the brow.
        shape('M114 172 C110 142 120 114 150 102 C180 93 230 93 258 102 C288 114 296 142 290 170 Z', tweed),
        line('M124 150 C160 132 244 130 282 148', shade(tweed, 0.22), 2.4, { opacity: 0.6 }),
        shape('M112 170 C150 158 252 156 292 168 L290 182 C252 172 152 174 114 186 Z', shade(tweed, 0.18)),
        circle(202, 158, 4.5, shade(tweed, 0.3)),
      ]),
    };
  }
  const c = p.accent;
  return {
    ...none,
    front: group([
      shape('M126 176 C120 120 158 90 200 90 C242 90 280 120 274 176 Z', c),
      shape(
        'M122 176 C160 164 240 164 278 176 C290 180 288 190 276 190 C240 182 160 182 124 190 C112 190 110 180 122 176 Z',
        shade(c, 0.2),
      ),
      line('M200 92 L200 172', shade(c, 0.2), 2, { opacity: 0.6 }),
      circle(200, 92, 4, shade(c, 0.2)),
    ]),
  };
}

export function headwearLayers(
  kind: Headwear,
  p: Paint,
  age: number,
  colour: ClothingColour,
): HeadwearLayers {
  switch (kind) {
    case 'none':
      return none;
    case 'hijab':
      return hijab(colour);
    case 'turban':
      return turban(colour);
    case 'dupatta':
      return dupatta(colour);
    case 'cap':
      return cap(p, age);
  }
}
