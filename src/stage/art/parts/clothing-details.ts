// The details that make each kind of clothing recognisable. All drawn over the torso from clothing.ts.

import type { Clothing } from '../look';
import { clothingColours, ink, lightness, mix, shade, tint } from '../palette';
import { circle, group, line, mirrored, rect, shape } from '../svg';
import type { Paint } from './paint';

/** The shirt or top seen under an open layer: pale blue under light clothes, cream under the rest. */
function innerColour(p: Paint): string {
  return lightness(p.cloth) > 0.6 ? '#D5E0EB' : '#ECE6DA';
}

/** The torso's left edge (y, x) from geometry.torsoPath, so a print stays inside the body. */
const EDGE: readonly (readonly [number, number])[] = [
  [332, 168],
  [355, 118],
  [372, 80],
  [400, 60],
  [452, 46],
  [640, 44],
];

function leftEdge(y: number): number {
  for (let i = 1; i < EDGE.length; i++) {
    const [y0, x0] = EDGE[i - 1] ?? [0, 0];
    const [y1, x1] = EDGE[i] ?? [0, 0];
    if (y <= y1) return y < y0 ? 400 : x0 + ((x1 - x0) * (y - y0)) / (y1 - y0);
  }
  return 44;
}

/** Small repeating marks placed on a fixed grid inside the torso: a print that never varies between draws. */
function print(mark: (x: number, y: number) => string, avoid: (x: number, y: number) => boolean): string {
  const out: string[] = [];
  for (let row = 0; row < 9; row++) {
    for (let col = 0; col < 11; col++) {
      const x = 40 + col * 32 + (row % 2) * 16;
      const y = 352 + row * 30;
      const margin = leftEdge(y) + 12;
      const inBody = x > margin && x < 400 - margin;
      if (inBody && !avoid(x, y)) out.push(mark(x, y));
    }
  }
  return group(out);
}

function tunic(p: Paint): string {
  const badge = clothingColours.teal;
  return group([
    line('M166 331 L200 388 L234 331', p.trim, 6),
    shape('M112 420 L164 420 L164 472 Q138 478 112 472 Z', p.clothShade, { opacity: 0.6 }),
    line('M112 420 L164 420', p.trim, 3),
    rect(124, 404, 5, 22, '#2B3A55', { rx: 2 }),
    rect(133, 408, 5, 18, '#B0413E', { rx: 2 }),
    rect(234, 404, 58, 22, ink.white, { rx: 4 }),
    rect(234, 404, 12, 22, badge, { rx: 3 }),
    line('M252 412 L284 412', '#A9B0B8', 3),
    line('M252 419 L274 419', '#C3C8CE', 3),
    line('M200 388 L200 640', p.clothDeep, 1.6, { opacity: 0.25 }),
  ]);
}

function cardigan(p: Paint): string {
  const inner = innerColour(p);
  const collar = 'M170 332 L180 370 L196 350 L186 334 Z';
  const collarLook = { stroke: shade(inner, 0.18), 'stroke-width': 1.5 };
  return group([
    shape('M168 332 L200 440 L232 332 C224 348 176 348 168 332 Z', inner),
    shape('M186 334 L200 362 L214 334 Z', p.skin),
    shape(collar, tint(inner, 0.3), collarLook),
    mirrored([shape(collar, tint(inner, 0.3), collarLook)]),
    line('M164 330 L200 444 L236 330', p.clothShade, 9),
    line('M200 444 L200 640', p.clothShade, 9),
    ...[462, 506, 550].map((y) => circle(200, y, 5.5, p.accentShade)),
    ...[462, 506, 550].map((y) => circle(198.5, y - 1.5, 1.6, tint(p.accentShade, 0.4))),
    line('M110 540 L160 540', p.clothShade, 3, { opacity: 0.7 }),
    line('M240 540 L290 540', p.clothShade, 3, { opacity: 0.7 }),
  ]);
}

function shirt(p: Paint): string {
  const collar = 'M166 330 L158 364 L192 356 L200 372 L186 332 Z';
  return group([
    shape(collar, p.clothLight),
    mirrored([shape(collar, p.clothLight)]),
    line('M200 372 L200 640', p.clothShade, 3),
    ...[394, 438, 482, 526].map((y) => circle(204, y, 3.6, tint(p.cloth, 0.55))),
    shape('M228 408 L270 408 L270 446 Q249 452 228 446 Z', p.clothShade, { opacity: 0.45 }),
    line('M228 408 L270 408', p.clothDeep, 2, { opacity: 0.4 }),
  ]);
}

function jumper(p: Paint): string {
  const cable = (x: number) => {
    const marks: string[] = [];
    for (let y = 380; y < 600; y += 26)
      marks.push(line(`M${x - 8} ${y} Q${x} ${y + 13} ${x + 8} ${y + 26}`, p.clothShade, 3));
    for (let y = 380; y < 600; y += 26)
      marks.push(
        line(`M${x + 8} ${y} Q${x} ${y + 13} ${x - 8} ${y + 26}`, p.clothShade, 3, { opacity: 0.6 }),
      );
    return group(marks);
  };
  return group([
    line('M166 331 C178 358 222 358 234 331', p.clothShade, 11),
    ...[176, 188, 200, 212, 224].map((x) =>
      line(`M${x} ${346 + (x === 200 ? 4 : 2)} L${x} ${352 + (x === 200 ? 4 : 2)}`, p.clothDeep, 1.5, {
        opacity: 0.5,
      }),
    ),
    cable(150),
    cable(250),
    line('M200 372 L200 640', p.clothShade, 2, { opacity: 0.3 }),
  ]);
}

function hoodie(p: Paint): string {
  const cord = tint(p.cloth, 0.75);
  return group([
    // The hood lies behind the neck: it shows as a soft collar rising either side and meeting in front.
    shape(
      'M138 344 C138 318 154 300 172 296 L177 299 L177 334 C182 346 190 351 200 352 C210 351 218 346 223 334 ' +
        'L223 299 L228 296 C246 300 262 318 262 344 C252 364 228 374 200 376 C172 374 148 364 138 344 Z',
      p.clothShade,
    ),
    line('M177 334 C182 346 190 351 200 352 C210 351 218 346 223 334', p.clothDeep, 2, { opacity: 0.4 }),
    line('M188 364 C186 392 188 420 184 446', cord, 4),
    line('M212 364 C214 392 212 420 216 446', cord, 4),
    rect(180, 444, 8, 14, shade(cord, 0.25), { rx: 3 }),
    rect(212, 444, 8, 14, shade(cord, 0.25), { rx: 3 }),
    shape('M118 508 L282 508 L306 640 L94 640 Z', p.clothShade, { opacity: 0.45 }),
    line('M118 508 L282 508', p.clothDeep, 2, { opacity: 0.45 }),
    line('M118 508 C126 540 120 570 108 600', p.clothDeep, 2.4, { opacity: 0.5 }),
    line('M282 508 C274 540 280 570 292 600', p.clothDeep, 2.4, { opacity: 0.5 }),
  ]);
}

function blouse(p: Paint): string {
  const dot = tint(p.cloth, 0.55);
  const collar = 'M168 332 C160 348 164 368 184 370 C194 370 199 364 200 358 C190 356 176 348 168 332 Z';
  return group([
    print(
      (x, y) => circle(x, y, 3.2, dot),
      (x, y) => y < 390 && Math.abs(x - 200) < 50,
    ),
    shape(collar, ink.white),
    mirrored([shape(collar, ink.white)]),
    circle(200, 378, 3.6, shade(p.cloth, 0.2)),
    circle(200, 410, 3.6, shade(p.cloth, 0.2)),
  ]);
}

function suit(p: Paint): string {
  const lapel = 'M168 332 L140 392 L152 396 L146 408 L200 472 L172 334 Z';
  const shirtCollar = 'M174 333 L184 372 L200 352 L190 330 Z';
  return group([
    shape('M168 332 L200 470 L232 332 C224 346 176 346 168 332 Z', ink.white),
    shape(shirtCollar, '#F1F1EE', { stroke: '#D4D6D8', 'stroke-width': 1.5 }),
    mirrored([shape(shirtCollar, '#F1F1EE', { stroke: '#D4D6D8', 'stroke-width': 1.5 })]),
    shape(lapel, p.clothShade),
    mirrored([shape(lapel, p.clothShade)]),
    circle(200, 502, 5, p.clothDeep),
    line('M112 470 L150 466', p.clothDeep, 2.4, { opacity: 0.5 }),
    shape('M250 430 L262 418 L272 428 L266 434 Z', p.accent),
    line('M244 436 L286 432', p.clothDeep, 2.4, { opacity: 0.5 }),
  ]);
}

function kameez(p: Paint): string {
  const trim = mix(ink.gold, p.accent, 0.3);
  const motif = (x: number, y: number) =>
    group([circle(x, y, 3, trim, { opacity: 0.5 }), circle(x, y - 7, 1.6, trim, { opacity: 0.5 })]);
  return group([
    print(motif, (x, y) => y < 420 && Math.abs(x - 200) < 56),
    line('M166 331 C176 362 224 362 234 331', trim, 6),
    line('M200 358 L200 412', trim, 5),
    ...[372, 388, 404].map((y) => circle(200, y, 2, shade(trim, 0.3))),
    line('M160 332 C170 374 230 374 240 332', trim, 2, { 'stroke-dasharray': '1 7' }),
  ]);
}

function dress(p: Paint): string {
  const petal = tint(p.cloth, 0.5);
  const centre = p.accent;
  const flower = (x: number, y: number) =>
    group([
      circle(x - 4, y, 3.2, petal),
      circle(x + 4, y, 3.2, petal),
      circle(x, y - 4, 3.2, petal),
      circle(x, y + 4, 3.2, petal),
      circle(x, y, 2, centre),
    ]);
  return group([
    print(flower, (x, y) => y < 400 && Math.abs(x - 200) < 48),
    line('M168 332 C170 382 230 382 232 332', p.clothShade, 4),
  ]);
}

function polo(p: Paint): string {
  const collar = 'M168 331 C164 344 166 356 172 366 L196 352 L186 330 Z';
  return group([
    shape(collar, p.clothLight),
    mirrored([shape(collar, p.clothLight)]),
    shape('M192 352 L208 352 L208 404 L192 404 Z', p.clothShade, { opacity: 0.7 }),
    circle(200, 370, 3, tint(p.cloth, 0.6)),
    circle(200, 390, 3, tint(p.cloth, 0.6)),
    rect(246, 398, 20, 14, p.accent, { rx: 4 }),
  ]);
}

export function details(kind: Clothing, p: Paint): string {
  switch (kind) {
    case 'tunic':
      return tunic(p);
    case 'cardigan':
      return cardigan(p);
    case 'shirt':
      return shirt(p);
    case 'jumper':
      return jumper(p);
    case 'hoodie':
      return hoodie(p);
    case 'blouse':
      return blouse(p);
    case 'suit':
      return suit(p);
    case 'kameez':
      return kameez(p);
    case 'dress':
      return dress(p);
    case 'polo':
      return polo(p);
  }
}
