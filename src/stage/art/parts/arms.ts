// Folded arms for the defensive mood: the one pose that changes the body, because "arms folded" is what
// people read first when someone feels criticised. Forearms are drawn as thick round-ended strokes, which
// gives rounded elbows and wrists with no fiddly outlines.

import { circle, group, line, shape } from '../svg';
import type { Paint } from './paint';

export function foldedArmsSvg(p: Paint, shortSleeves: boolean): string {
  const back = shortSleeves ? p.skinShade : p.clothShade;
  const front = shortSleeves ? p.skin : p.cloth;
  const edge = shortSleeves ? p.skinLine : p.clothDeep;
  const cuffs = shortSleeves
    ? []
    : [line('M276 476 L286 474', p.clothShade, 44, { 'stroke-linecap': 'butt' })];
  return group([
    // The lower forearm, mostly hidden: right elbow to a hand resting on the left upper arm.
    line('M332 530 L112 494', edge, 46, { opacity: 0.5 }),
    line('M332 530 L112 494', back, 42),
    circle(100, 488, 20, p.skin),
    line('M92 478 L84 490', p.skinShade, 2),
    line('M100 474 L92 490', p.skinShade, 2),
    // The upper forearm crosses in front, its hand holding the right upper arm.
    line('M70 526 L290 476', edge, 50, { opacity: 0.45 }),
    line('M70 526 L290 476', front, 46),
    ...cuffs,
    shape('M290 452 C300 436 328 436 338 452 C346 468 340 492 320 496 C304 498 292 486 290 470 Z', p.skin),
    line('M306 450 C312 462 314 474 312 486', p.skinShade, 2),
    line('M318 446 C324 458 326 472 324 486', p.skinShade, 2),
  ]);
}
