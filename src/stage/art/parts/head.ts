// Head, ears and neck, and the lines age brings. The same head shape for everyone: people differ by colour,
// hair, clothes and age, never by exaggerated features.

import { group, line, mirrored, shape } from '../svg';
import { EAR_L, EAR_Y, HEAD_PATH } from './geometry';
import type { AgeBand, Paint } from './paint';

function ear(p: Paint): string {
  return group([
    shape(
      `M${EAR_L + 6} ${EAR_Y - 22} C${EAR_L - 10} ${EAR_Y - 26} ${EAR_L - 16} ${EAR_Y - 4} ${EAR_L - 10} ${EAR_Y + 10} ` +
        `C${EAR_L - 6} ${EAR_Y + 20} ${EAR_L} ${EAR_Y + 24} ${EAR_L + 8} ${EAR_Y + 20} Z`,
      p.skin,
    ),
    line(
      `M${EAR_L + 2} ${EAR_Y - 12} C${EAR_L - 8} ${EAR_Y - 12} ${EAR_L - 9} ${EAR_Y + 2} ${EAR_L - 4} ${EAR_Y + 10}`,
      p.skinShade,
      3,
    ),
  ]);
}

export function earsSvg(p: Paint): string {
  return group([ear(p), mirrored([ear(p)])]);
}

export function headSvg(p: Paint): string {
  return shape(HEAD_PATH, p.skin);
}

/** The neck and a patch of chest; clothing is drawn over it and its neckline shows what is left. */
export function neckSvg(p: Paint, band: AgeBand): string {
  const lines =
    band === 'older'
      ? [
          line('M182 318 Q200 323 218 318', p.skinLine, 2, { opacity: 0.45 }),
          line('M186 304 Q200 308 214 304', p.skinLine, 2, { opacity: 0.35 }),
        ]
      : [];
  return group([
    shape('M174 240 L174 300 C174 314 171 324 165 334 L235 334 C229 324 226 314 226 300 L226 240 Z', p.skin),
    shape('M166 332 L234 332 L262 470 L138 470 Z', p.skin),
    // The chin's shadow on the neck lets the head sit in front of it without an outline.
    shape('M174 270 C186 292 214 292 226 270 L226 290 C214 304 186 304 174 290 Z', p.skinShade, {
      opacity: 0.75,
    }),
    ...lines,
  ]);
}

/** Lines that come with age: none under 40, a few from 40, more from 70. */
export function ageLinesSvg(p: Paint, band: AgeBand): string {
  if (band === 'young') return '';
  const soft = { opacity: 0.55 };
  const side =
    band === 'middle'
      ? [
          line('M180 241 Q173 250 176 260', p.skinLine, 2.2, soft),
          line('M155 199 Q151 197 148 194', p.skinLine, 2, soft),
        ]
      : [
          line('M181 239 Q168 252 173 268', p.skinLine, 2.4, soft),
          line('M178 273 Q176 279 180 284', p.skinLine, 2, soft),
          line('M155 196 Q151 193 148 190', p.skinLine, 2, soft),
          line('M155 203 Q151 204 148 206', p.skinLine, 2, soft),
          line('M163 218 Q173 222 182 218', p.skinLine, 2, { opacity: 0.4 }),
        ];
  const forehead =
    band === 'middle'
      ? [line('M182 153 Q200 149 218 153', p.skinLine, 2, { opacity: 0.4 })]
      : [
          line('M180 154 Q200 149 220 154', p.skinLine, 2, soft),
          line('M185 144 Q200 140 215 144', p.skinLine, 2, { opacity: 0.45 }),
        ];
  return group([...side, mirrored(side), ...forehead]);
}
