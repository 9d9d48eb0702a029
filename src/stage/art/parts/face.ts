// The features every face shares: eyes, brows, nose, mouth and the marks a mood adds (a tear, frown lines).
// Shapes are drawn for the viewer's left and mirrored, so both sides always match.

import { ink } from '../palette';
import { circle, group, line, mirrored, shape } from '../svg';
import type { Brow, Expression, Eye, Mark, Mouth } from './expressions';
import { EYE_L, EYE_Y, MOUTH_Y } from './geometry';
import type { Paint } from './paint';

const HALF = 14; // half the width of an eye

/** One eye drawn at the viewer's left position; the right eye is the same drawing mirrored. */
function eye(e: Eye, p: Paint, marks: readonly Mark[], lookSign: number): string {
  const ex = EYE_L;
  const ey = EYE_Y;
  const inX = ex + HALF;
  const outX = ex - HALF;
  const iy = ey + (e.innerY ?? 0);
  const oy = ey + (e.outerY ?? 0);
  if (e.closed === 'relaxed') {
    return line(`M${outX} ${oy + 1} Q${ex} ${ey + 8} ${inX} ${iy + 1}`, ink.feature, 3.2);
  }
  if (e.closed === 'squeezed') {
    // A closed, screwed-up eye: the lids pressed into a shallow chevron pointing at the nose.
    return line(
      `M${outX - 1} ${ey - 6} Q${ex + 2} ${ey - 1} ${inX} ${ey + 1} Q${ex + 2} ${ey + 3} ${outX} ${ey + 7}`,
      ink.feature,
      3.2,
    );
  }
  const upper = `M${inX} ${iy} Q${ex} ${ey + e.upper} ${outX} ${oy}`;
  const lower = `Q${ex} ${ey + e.lower} ${inX} ${iy}`;
  // The iris keeps still as the lids move; mirroring flips x, so the gaze direction is flipped back here.
  const ix = ex + (e.lookX ?? 0) * lookSign;
  const iyc = ey + 1 + (e.lookY ?? 0);
  const wet = marks.includes('wet-eyes');
  const parts = [
    shape(`${upper} ${lower} Z`, ink.eyeWhite),
    circle(ix, iyc, 8, '#3A2A22'),
    circle(ix, iyc, 4.6, ink.feature),
    circle(ix + 2.6, iyc - 2.8, wet ? 2.8 : 2, ink.white),
    wet ? circle(ix - 2.6, iyc + 2.6, 1.3, ink.white) : '',
    // The lids are skin-coloured covers above and below the eye: they hide the iris as the eye narrows.
    shape(`${upper} L${outX - 2} ${ey - 24} L${inX + 2} ${ey - 24} Z`, p.skin),
    shape(`M${outX} ${oy} ${lower} L${inX + 2} ${ey + 22} L${outX - 2} ${ey + 22} Z`, p.skin),
    line(upper, ink.feature, 3.4),
    line(`M${outX + 2} ${oy + 1} ${lower}`, wet ? ink.tear : p.skinLine, wet ? 2.2 : 1.4, {
      opacity: wet ? 0.9 : 0.45,
    }),
  ];
  return group(parts);
}

/** A brow as a tapered shape: heavier at the inner end, as real brows are. */
function brow(b: Brow, p: Paint): string {
  const xi = EYE_L + 15 - (b.pull ?? 0);
  const xo = EYE_L - 18;
  const cx = (xi + xo) / 2;
  const cy = (b.inner + b.outer) / 2 - b.arch * 2;
  const d =
    `M${xi} ${b.inner - 3.4} Q${cx} ${cy - 3} ${xo} ${b.outer - 1.2} ` +
    `Q${xo - 2.5} ${b.outer} ${xo} ${b.outer + 1.2} Q${cx} ${cy + 2.6} ${xi} ${b.inner + 3} ` +
    `Q${xi + 2} ${b.inner} ${xi} ${b.inner - 3.4} Z`;
  return shape(d, p.brow);
}

function nose(p: Paint): string {
  return group([
    shape('M204 210 Q210 226 211 236 Q206 238 202 234 Q205 222 204 210 Z', p.skinShade, { opacity: 0.55 }),
    line('M191 236 Q194 241 200 241 Q206 241 209 236', p.skinLine, 2.4, { opacity: 0.85 }),
  ]);
}

function lowerLip(p: Paint, y: number): string {
  return shape(`M190 ${y + 2} Q200 ${y + 10} 210 ${y + 2} Q200 ${y + 5} 190 ${y + 2} Z`, p.lip, {
    opacity: 0.8,
  });
}

function mouth(m: Mouth, p: Paint): string {
  const y = MOUTH_Y;
  const c = p.mouthLine;
  switch (m) {
    case 'rest':
      return group([lowerLip(p, y), line(`M186 ${y - 1} Q200 ${y + 4} 214 ${y - 1}`, c, 3)]);
    case 'smile':
      return group([
        shape(
          `M178 ${y - 5} Q200 ${y - 1} 222 ${y - 5} Q219 ${y + 13} 200 ${y + 14} Q181 ${y + 13} 178 ${y - 5} Z`,
          ink.mouth,
        ),
        shape(`M188 ${y + 10} Q200 ${y + 6} 212 ${y + 10} Q200 ${y + 15} 188 ${y + 10} Z`, '#B8615E'),
        shape(
          `M181.5 ${y - 3.5} Q200 ${y} 218.5 ${y - 3.5} L217.5 ${y + 1.5} Q200 ${y + 4.5} 182.5 ${y + 1.5} Z`,
          ink.teeth,
        ),
        line(
          `M178 ${y - 5} Q200 ${y - 1} 222 ${y - 5} Q219 ${y + 13} 200 ${y + 14} Q181 ${y + 13} 178 ${y - 5} Z`,
          c,
          2.2,
        ),
        line(`M174 ${y - 8} Q177 ${y - 5} 178 ${y - 2}`, p.skinLine, 2),
        line(`M226 ${y - 8} Q223 ${y - 5} 222 ${y - 2}`, p.skinLine, 2),
      ]);
    case 'soft-smile':
      return group([
        lowerLip(p, y + 2),
        line(`M183 ${y - 3} Q200 ${y + 10} 217 ${y - 3}`, c, 3),
        line(`M180 ${y - 5} Q182 ${y - 3} 183 ${y - 1}`, p.skinLine, 2),
        line(`M220 ${y - 5} Q218 ${y - 3} 217 ${y - 1}`, p.skinLine, 2),
      ]);
    case 'wobble':
      return group([
        lowerLip(p, y + 3),
        line(`M185 ${y + 4} Q189 ${y} 194 ${y + 1} Q200 ${y + 3} 206 ${y} Q211 ${y - 1} 215 ${y + 4}`, c, 3),
      ]);
    case 'lopsided':
      return group([lowerLip(p, y + 1), line(`M187 ${y + 3} Q199 ${y + 3} 214 ${y - 4}`, c, 3)]);
    case 'cry':
      return group([
        shape(
          `M182 ${y + 11} Q184 ${y - 4} 200 ${y - 5} Q216 ${y - 4} 218 ${y + 11} Q200 ${y + 6} 182 ${y + 11} Z`,
          ink.mouth,
        ),
        shape(`M188 ${y - 3} Q200 ${y - 6} 212 ${y - 3} L211 ${y} Q200 ${y - 2} 189 ${y} Z`, ink.teeth),
        line(
          `M182 ${y + 11} Q184 ${y - 4} 200 ${y - 5} Q216 ${y - 4} 218 ${y + 11} Q200 ${y + 6} 182 ${y + 11} Z`,
          c,
          2.2,
        ),
      ]);
    case 'down':
      return group([lowerLip(p, y + 4), line(`M185 ${y + 7} Q200 ${y - 3} 215 ${y + 7}`, c, 3)]);
    case 'tight':
      return group([
        line(`M182 ${y + 6} Q184 ${y + 1} 192 ${y + 1} L208 ${y + 1} Q216 ${y + 1} 218 ${y + 6}`, c, 3.4),
        line(`M194 ${y + 13} Q200 ${y + 11} 206 ${y + 13}`, p.skinLine, 2, { opacity: 0.6 }),
      ]);
    case 'grimace': {
      const outline = `M179 ${y - 5} Q200 ${y - 8} 221 ${y - 5} Q225 ${y + 3} 220 ${y + 9} Q200 ${y + 6} 180 ${y + 9} Q175 ${y + 3} 179 ${y - 5} Z`;
      return group([
        shape(outline, ink.teeth),
        line(`M179 ${y + 1.5} Q200 ${y - 0.5} 222 ${y + 1.5}`, c, 1.6, { opacity: 0.7 }),
        line(outline, c, 2.4),
      ]);
    }
    case 'pressed':
      return group([
        line(`M187 ${y + 1} Q200 ${y + 1} 213 ${y - 1}`, c, 3.4),
        line(`M193 ${y + 13} Q200 ${y + 10} 207 ${y + 13}`, p.skinLine, 2, { opacity: 0.55 }),
      ]);
  }
}

function marks(list: readonly Mark[], p: Paint): string {
  const out: string[] = [];
  if (list.includes('frown-lines')) {
    out.push(line('M195 184 Q193.5 190 195.5 196', p.skinLine, 2.2, { opacity: 0.8 }));
    out.push(line('M205 184 Q206.5 190 204.5 196', p.skinLine, 2.2, { opacity: 0.8 }));
  }
  if (list.includes('worry-lines')) {
    out.push(line('M188 158 Q200 153 212 158', p.skinLine, 2, { opacity: 0.6 }));
    out.push(line('M192 150 Q200 147 208 150', p.skinLine, 2, { opacity: 0.5 }));
  }
  if (list.includes('squint-lines')) {
    const fan = ['M156 196 L148 192', 'M155 203 L146 203', 'M157 210 L149 214'];
    out.push(group(fan.map((d) => line(d, p.skinLine, 2.2, { opacity: 0.8 }))));
    out.push(mirrored(fan.map((d) => line(d, p.skinLine, 2.2, { opacity: 0.8 }))));
  }
  if (list.includes('tear')) {
    out.push(line('M234 214 Q233 222 234 228', ink.tear, 3, { opacity: 0.6 }));
    out.push(
      shape(
        'M234 222 C231 230 229 235 231 239 C233 243 238 243 239.5 239 C241 235 238 229 234 222 Z',
        ink.tear,
      ),
    );
    out.push(circle(233.5, 237, 1.4, ink.white));
  }
  return group(out);
}

/** Warmth in the cheeks; stronger when the mood brings colour to the face. */
function cheeks(p: Paint, flushed: boolean): string {
  const o = flushed ? 0.42 : 0.2;
  return group([
    shape('M150 232 a16 10 0 1 0 32 0 a16 10 0 1 0 -32 0 Z', p.blush, { opacity: o }),
    shape('M218 232 a16 10 0 1 0 32 0 a16 10 0 1 0 -32 0 Z', p.blush, { opacity: o }),
  ]);
}

export function eyesSvg(x: Expression, p: Paint): string {
  return group([eye(x.eyes.l, p, x.marks, 1), mirrored([eye(x.eyes.r, p, x.marks, -1)])]);
}

export function faceSvg(
  x: Expression,
  p: Paint,
): { cheeks: string; brows: string; nose: string; mouth: string; marks: string } {
  return {
    cheeks: cheeks(p, x.marks.includes('flush')),
    brows: group([brow(x.brows.l, p), mirrored([brow(x.brows.r, p)])]),
    nose: nose(p),
    mouth: mouth(x.mouth, p),
    marks: marks(x.marks, p),
  };
}
