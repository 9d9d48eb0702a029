// Builds one person in one mood as an SVG string: a waist-up portrait on a transparent 400 x 560 canvas.
// Layers, back to front: hair and headwear behind the head; the body, clothes and anything over the
// shoulders; then the head, face, hair and headwear in front. Head and body move separately, so a mood can
// tilt the head or drop the shoulders while every part stays attached.

import type { Look } from './look';
import { toLook } from './look';
import { foldedArmsSvg } from './parts/arms';
import { clothingSvg, shortSleeved } from './parts/clothing';
import {
  earringsSvg,
  glassesSvg,
  hearingAidSvg,
  lanyardSvg,
  necklaceSvg,
  walkingStickSvg,
} from './parts/extras';
import { expressionFor } from './parts/expressions';
import type { Posture } from './parts/expressions';
import { eyesSvg, faceSvg } from './parts/face';
import { facialHairSvg } from './parts/facial-hair';
import { H, HEAD_SCALE, NECK_PIVOT, W } from './parts/geometry';
import { hairBackSvg, hairFrontSvg } from './parts/hair';
import { ageLinesSvg, earsSvg, headSvg, neckSvg } from './parts/head';
import { headwearLayers } from './parts/headwear';
import { moodIds } from './moods';
import { ageBand, paintFor } from './parts/paint';
import { fmt, group, tag } from './svg';

export interface Person {
  age: number;
  look: Look;
}

function headTransform(q: Posture): string {
  const { x, y } = NECK_PIVOT;
  const scale = `translate(${x} ${y}) scale(${HEAD_SCALE}) translate(${-x} ${-y})`;
  return `translate(${fmt(q.headX)} ${fmt(q.headY)}) rotate(${fmt(q.tilt)} ${x} ${y}) ${scale}`;
}

function bodyTransform(q: Posture): string {
  return `translate(0 ${fmt(q.bodyY)}) rotate(${fmt(q.bodyTilt)} 200 640)`;
}

/** One person, one mood. Throws for a mood the expression set does not know. */
export function characterSvg(person: { age: number; look: Look }, mood: string): string {
  if (!moodIds.includes(mood)) throw new Error(`Unknown mood "${mood}"; the moods are ${moodIds.join(', ')}`);
  const x = expressionFor(mood);
  const look = toLook(person.look);
  const age = Number.isFinite(person.age) ? person.age : 40;
  const p = paintFor(look, age);
  const band = ageBand(age, look);
  const has = (e: Look['extras'][number]) => look.extras.includes(e);
  const wear = headwearLayers(look.headwear, p, age, look.colour);
  const armsDown = x.arms === 'down';
  const face = faceSvg(x, p);
  const q = x.posture;

  const behind = group(
    [wear.hidesHair ? '' : hairBackSvg(look.hair, p, look.headwear !== 'none'), wear.back],
    { transform: headTransform(q) },
  );

  const body = group(
    [
      neckSvg(p, band),
      clothingSvg(look.clothing, p, armsDown),
      has('necklace') ? necklaceSvg() : '',
      wear.drape,
      has('lanyard') ? lanyardSvg(p) : '',
      armsDown ? '' : foldedArmsSvg(p, shortSleeved(look.clothing)),
    ],
    { transform: bodyTransform(q) },
  );

  // Features move a little sideways as if the head turns; the beard and glasses move with them. Age lines come
  // after the eyes because the eyelids are skin-coloured covers that would hide them.
  const features = group(
    [
      face.cheeks,
      facialHairSvg(look.facialHair, p),
      eyesSvg(x, p),
      ageLinesSvg(p, band),
      face.marks,
      face.brows,
      face.nose,
      face.mouth,
      look.glasses ? glassesSvg() : '',
    ],
    { transform: `translate(${fmt(q.faceX)} 0)` },
  );

  const head = group(
    [
      wear.hidesEars ? '' : earsSvg(p),
      headSvg(p),
      features,
      wear.hidesHair ? '' : hairFrontSvg(look.hair, p),
      has('earrings') ? earringsSvg() : '',
      has('hearing-aid') ? hearingAidSvg() : '',
      wear.front,
    ],
    { transform: headTransform(q) },
  );

  const front = has('walking-stick') ? group([walkingStickSvg()], { transform: bodyTransform(q) }) : '';

  return tag(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img' },
    [tag('title', {}, 'Character portrait'), behind, body, head, front],
  );
}
