// Beards, moustaches and stubble. A beard leaves the lips clear so every mood's mouth still reads.

import type { FacialHair } from '../look';
import { shade } from '../palette';
import { group, line, mirrored, shape } from '../svg';
import type { Paint } from './paint';

const MOUSTACHE =
  'M178 253 C183 244 193 242 200 246 C207 242 217 244 222 253 C214 251 207 250 200 251 C193 250 186 251 178 253 Z';

function beard(colour: string): string {
  const outer =
    'M130 196 C130 250 150 296 200 304 C250 296 270 250 270 196 L262 196 C262 226 254 242 240 248 ' +
    'C228 242 214 240 200 242 C186 240 172 242 160 248 C146 242 138 226 138 196 Z';
  const mouthGap = 'M182 259 C182 252 218 252 218 259 C218 268 182 268 182 259 Z';
  const texture = ['M160 268 Q164 280 172 288', 'M150 248 Q152 262 158 272'];
  return group([
    shape(`${outer} ${mouthGap}`, colour, { 'fill-rule': 'evenodd' }),
    group(texture.map((d) => line(d, shade(colour, 0.2), 2, { opacity: 0.5 }))),
    mirrored(texture.map((d) => line(d, shade(colour, 0.2), 2, { opacity: 0.5 }))),
    shape(MOUSTACHE, colour),
  ]);
}

export function facialHairSvg(kind: FacialHair, p: Paint): string {
  switch (kind) {
    case 'none':
      return '';
    case 'stubble':
      return group(
        [
          shape(
            'M136 214 C140 262 166 292 200 294 C234 292 260 262 264 214 C258 240 248 256 236 262 ' +
              'C226 252 214 248 200 248 C186 248 174 252 164 262 C152 256 142 240 136 214 Z',
            p.beard,
          ),
          shape('M182 248 Q200 242 218 248 L216 252 Q200 248 184 252 Z', p.beard),
        ],
        { opacity: 0.26 },
      );
    case 'moustache':
      return shape(MOUSTACHE, p.beard);
    case 'beard':
    case 'grey-beard':
      return beard(p.beard);
  }
}
