// The body and what the person wears. Every kind of clothing has its own neckline and at least one detail
// that names it at a glance: the tunic's piping and name badge, the cardigan's buttons, the hoodie's strings.

import type { Clothing } from '../look';
import { group, line, shape } from '../svg';
import { details } from './clothing-details';
import {
  ARM_L,
  ARM_R,
  ARM_SEAM_L,
  ARM_SEAM_R,
  FOREARM_L,
  FOREARM_R,
  SLEEVE_HEM_Y,
  torsoPath,
} from './geometry';
import type { Paint } from './paint';

/** Necklines run from (168,332) to (232,332), the points where the neck meets the shoulders. */
const necklines: Readonly<Record<Clothing, string>> = {
  tunic: 'L200 386 L232 332',
  cardigan: 'L200 440 L232 332',
  shirt: 'L200 372 L232 332',
  jumper: 'C178 354 222 354 232 332',
  hoodie: 'C178 350 222 350 232 332',
  blouse: 'C176 364 224 364 232 332',
  suit: 'L200 470 L232 332',
  kameez: 'C176 358 224 358 232 332',
  dress: 'C170 380 230 380 232 332',
  polo: 'L200 364 L232 332',
};

export function shortSleeved(kind: Clothing): boolean {
  return kind === 'tunic' || kind === 'polo';
}

/** With the arms folded the forearms are drawn across the body instead, so the bare forearms at the sides go. */
export function clothingSvg(kind: Clothing, p: Paint, armsDown: boolean): string {
  const short = shortSleeved(kind);
  const sleeveEnd =
    short && armsDown
      ? [
          shape(FOREARM_L, p.skin),
          shape(FOREARM_R, p.skin),
          line(`M47 ${SLEEVE_HEM_Y} L95 ${SLEEVE_HEM_Y}`, kind === 'tunic' ? p.trim : p.clothShade, 5),
          line(`M305 ${SLEEVE_HEM_Y} L353 ${SLEEVE_HEM_Y}`, kind === 'tunic' ? p.trim : p.clothShade, 5),
        ]
      : [];
  return group([
    shape(torsoPath(necklines[kind]), p.cloth),
    shape(ARM_L, p.clothShade, { opacity: 0.55 }),
    shape(ARM_R, p.clothShade, { opacity: 0.55 }),
    line(ARM_SEAM_L, p.clothDeep, 2, { opacity: 0.35 }),
    line(ARM_SEAM_R, p.clothDeep, 2, { opacity: 0.35 }),
    ...sleeveEnd,
    details(kind, p),
  ]);
}
