// Things people wear or carry: glasses, a hearing aid, earrings, a necklace, a lanyard, a walking stick.
// Each is drawn large enough to notice, because they matter to who the person is (a hearing aid changes how
// you speak to someone).

import { ink, shade, tint } from '../palette';
import { circle, group, line, mirrored, rect, shape } from '../svg';
import { EAR_L, EAR_Y, EYE_L, EYE_Y } from './geometry';
import type { Paint } from './paint';

export function glassesSvg(): string {
  const lens = (x: number) =>
    rect(x - 20, EYE_Y - 15, 40, 29, '#FFFFFF', {
      rx: 10,
      'fill-opacity': 0.06,
      stroke: ink.frame,
      'stroke-width': 3.2,
    });
  return group([
    lens(EYE_L),
    lens(400 - EYE_L),
    line('M193 201 Q200 195 207 201', ink.frame, 3),
    line(`M${EYE_L - 20} ${EYE_Y - 6} L${EAR_L + 4} ${EYE_Y - 8}`, ink.frame, 3),
    line(`M${420 - EYE_L} ${EYE_Y - 6} L${396 - EAR_L} ${EYE_Y - 8}`, ink.frame, 3),
  ]);
}

/** A behind-the-ear hearing aid: the case over the top of the ear and the tube into it, on both ears. */
export function hearingAidSvg(): string {
  const one = [
    shape(
      `M${EAR_L - 4} ${EAR_Y - 26} C${EAR_L - 16} ${EAR_Y - 24} ${EAR_L - 20} ${EAR_Y - 6} ${EAR_L - 16} ${EAR_Y + 8} ` +
        `C${EAR_L - 14} ${EAR_Y + 12} ${EAR_L - 9} ${EAR_Y + 11} ${EAR_L - 10} ${EAR_Y + 5} ` +
        `C${EAR_L - 12} ${EAR_Y - 6} ${EAR_L - 10} ${EAR_Y - 16} ${EAR_L - 2} ${EAR_Y - 20} Z`,
      '#9AA6B4',
      { stroke: '#5F6B79', 'stroke-width': 1.6 },
    ),
    line(
      `M${EAR_L - 3} ${EAR_Y - 23} C${EAR_L + 6} ${EAR_Y - 26} ${EAR_L + 8} ${EAR_Y - 12} ${EAR_L + 2} ${EAR_Y - 2}`,
      '#E9EEF2',
      2.4,
    ),
  ];
  return group([...one, mirrored(one)]);
}

export function earringsSvg(): string {
  const one = [circle(EAR_L - 2, EAR_Y + 25, 4.5, ink.gold), circle(EAR_L - 3, EAR_Y + 24, 1.4, '#F5E3AE')];
  return group([...one, mirrored(one)]);
}

export function necklaceSvg(): string {
  return group([
    line('M170 342 C178 378 222 378 230 342', ink.gold, 2.2),
    shape('M200 372 L206 380 L200 388 L194 380 Z', ink.gold),
  ]);
}

/** A work lanyard and card. The card carries no writing: nothing on it could be read as a real name. */
export function lanyardSvg(p: Paint): string {
  const strap = '#2D6E8E';
  return group([
    line('M178 334 C170 380 178 430 194 462', strap, 7),
    line('M222 334 C230 380 222 430 206 462', strap, 7),
    rect(196, 456, 8, 10, '#9AA3AB', { rx: 2 }),
    rect(178, 464, 44, 58, ink.white, { rx: 5, stroke: shade(p.cloth, 0.2), 'stroke-width': 1.5 }),
    rect(178, 464, 44, 12, strap, { rx: 5 }),
    rect(185, 482, 14, 16, '#C9CED3', { rx: 2 }),
    line('M204 486 L215 486', '#B5BBC1', 3),
    line('M204 494 L213 494', '#B5BBC1', 3),
    line('M186 508 L214 508', '#B5BBC1', 3),
  ]);
}

/** The crook of a walking stick rising from the bottom edge: the person holds it below the frame. */
export function walkingStickSvg(): string {
  const wood = '#8A5B3B';
  return group([
    line('M326 640 L326 506 C326 478 360 472 370 494 C374 504 372 514 366 520', wood, 14),
    line('M322 630 L322 512', tint(wood, 0.3), 3, { opacity: 0.5 }),
    rect(317, 548, 18, 8, shade(wood, 0.25), { rx: 3 }),
  ]);
}
