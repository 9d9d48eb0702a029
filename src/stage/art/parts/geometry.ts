// Where the parts of every person sit on the 400 x 560 canvas. One set of landmarks keeps every character,
// every mood and every part in register with each other.

export const W = 400;
export const H = 560;
export const CX = 200;

export const HEAD_TOP = 112;
export const CHIN = 286;
export const EYE_Y = 203;
export const EYE_L = 173; // viewer's left eye
export const EYE_R = 227;
export const BROW_Y = 179;
export const MOUTH_Y = 258;
export const EAR_Y = 210;
export const EAR_L = 128;
export const EAR_R = 272;

/** The head tilts about the top of the neck, so the neck never shows a gap. */
export const NECK_PIVOT = { x: 200, y: 292 } as const;

/** The head is drawn a little larger than life-size against the body: faces carry the story. */
export const HEAD_SCALE = 1.08;

export const HEAD_PATH =
  'M200 112 C244 112 272 142 272 192 C272 230 262 252 245 268 C231 280 216 286 200 286 ' +
  'C184 286 169 280 155 268 C138 252 128 230 128 192 C128 142 156 112 200 112 Z';

/** The torso outline with the neckline between (168,332) and (232,332) supplied by the clothing. */
export function torsoPath(neckline: string): string {
  return (
    'M44 640 L46 452 C48 400 74 370 118 355 C140 347 156 340 168 332 ' +
    neckline +
    ' C244 340 260 347 282 355 C326 370 352 400 354 452 L356 640 Z'
  );
}

/** Upper arms at the sides: a slightly darker panel each side gives the body shape without outlines. */
export const ARM_L =
  'M118 355 C74 370 48 400 46 452 L44 640 L98 640 C94 540 92 446 101 398 C105 378 110 364 118 355 Z';
export const ARM_R =
  'M282 355 C326 370 352 400 354 452 L356 640 L302 640 C306 540 308 446 299 398 C295 378 290 364 282 355 Z';
export const ARM_SEAM_L = 'M101 398 C92 446 94 540 98 640';
export const ARM_SEAM_R = 'M299 398 C308 446 306 540 302 640';

/** Bare forearms below a short sleeve (tunic, polo): care staff work bare below the elbows. */
export const FOREARM_L = 'M47 470 L44 640 L98 640 C95 570 93 520 95 470 Z';
export const FOREARM_R = 'M353 470 L356 640 L302 640 C305 570 307 520 305 470 Z';
export const SLEEVE_HEM_Y = 470;
