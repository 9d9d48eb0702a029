// Hair in two layers: the back layer sits behind the head (and behind the shoulders for long styles); the
// front layer sits over the forehead and frames the face. Styles are drawn as calm, whole shapes with a few
// inner strands for texture, never as scribbles.

import type { HairStyle } from '../look';
import { circle, group, line, mirrored, shape } from '../svg';
import type { Paint } from './paint';

/** Curls and coils as overlapping circles: a soft, recognisable silhouette without detail overload. */
function cloud(points: readonly (readonly [number, number, number])[], fill: string): string {
  return group(points.map(([x, y, r]) => circle(x, y, r, fill)));
}

const curlRing: readonly (readonly [number, number, number])[] = [
  [128, 236, 22],
  [120, 206, 25],
  [122, 172, 26],
  [136, 140, 27],
  [160, 114, 27],
  [200, 102, 28],
  [240, 114, 27],
  [264, 140, 27],
  [278, 172, 26],
  [280, 206, 25],
  [272, 236, 22],
];

const curlFringe: readonly (readonly [number, number, number])[] = [
  [140, 170, 17],
  [148, 142, 20],
  [172, 124, 22],
  [200, 118, 22],
  [228, 124, 22],
  [252, 142, 20],
  [260, 170, 17],
  [134, 196, 12],
  [266, 196, 12],
];

function afroTexture(p: Paint): string {
  const marks: string[] = [];
  // A fixed, even scatter of small arcs: texture that is the same every time the person is drawn.
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 7; col++) {
      const x = 108 + col * 31 + (row % 2) * 15;
      const y = 76 + row * 30;
      const inside = ((x - 200) / 104) ** 2 + ((y - 150) / 94) ** 2 < 0.8;
      const overFace = x > 136 && x < 264 && y > 130;
      if (inside && !overFace) marks.push(line(`M${x} ${y} q5 -5 10 0`, p.hairLight, 2.4, { opacity: 0.35 }));
    }
  }
  return group(marks);
}

/** crownCovered: a dupatta or cap sits over the crown, so a bun is tucked under it rather than drawn on top. */
export function hairBackSvg(style: HairStyle, p: Paint, crownCovered = false): string {
  switch (style) {
    case 'short':
      return shape('M124 204 C116 138 152 96 200 96 C248 96 284 138 276 204 Z', p.hairShade);
    case 'cropped':
      return shape('M128 196 C124 140 156 104 200 104 C244 104 276 140 272 196 Z', p.hairShade);
    case 'long':
      return shape(
        'M126 196 C112 124 156 92 200 92 C244 92 288 124 274 196 C282 262 292 336 300 404 ' +
          'C252 420 148 420 100 404 C108 336 118 262 126 196 Z',
        p.hairShade,
      );
    case 'bun':
      return group([
        shape('M126 200 C120 136 156 100 200 100 C244 100 280 136 274 200 Z', p.hairShade),
        crownCovered ? '' : circle(200, 102, 24, p.hairShade),
        crownCovered ? '' : line('M182 110 Q200 120 218 110', p.hair, 3, { opacity: 0.5 }),
      ]);
    case 'curly':
      return group([
        shape('M122 250 C104 150 140 96 200 96 C260 96 296 150 278 250 Z', p.hairShade),
        cloud(curlRing, p.hairShade),
      ]);
    case 'afro':
      return group([
        shape(
          'M104 160 C104 96 148 56 200 56 C252 56 296 96 296 160 C296 206 282 236 262 250 L138 250 C118 236 104 206 104 160 Z',
          p.hair,
        ),
        afroTexture(p),
      ]);
    case 'braids': {
      const strands = [126, 142, 258, 274].map((x) =>
        line(`M${x} 240 L${x + (x < 200 ? -4 : 4)} 392`, p.hairLight, 2, { opacity: 0.35 }),
      );
      return group([
        shape(
          'M126 196 C112 124 156 94 200 94 C244 94 288 124 274 196 C284 262 290 330 294 396 ' +
            'C250 410 150 410 106 396 C110 330 116 262 126 196 Z',
          p.hairShade,
        ),
        ...strands,
      ]);
    }
    case 'bob':
      return shape(
        'M124 198 C112 128 154 94 200 94 C246 94 288 128 276 198 C278 236 282 262 288 288 ' +
          'C256 298 144 298 112 288 C118 262 122 236 124 198 Z',
        p.hairShade,
      );
    case 'bald':
      return '';
    case 'receding':
      return shape('M130 206 C125 176 130 146 150 130 L250 130 C270 146 275 176 270 206 Z', p.hairShade);
  }
}

/** Vertical braids hanging in front of the shoulders: segments read as plaits at any size. */
function braid(x: number, top: number, bottom: number, p: Paint): string {
  const segs: string[] = [
    shape(
      `M${x - 7} ${top} L${x + 7} ${top} L${x + 6} ${bottom} Q${x} ${bottom + 7} ${x - 6} ${bottom} Z`,
      p.hair,
    ),
  ];
  for (let y = top + 10; y < bottom - 4; y += 11)
    segs.push(line(`M${x - 5} ${y} L${x} ${y + 5} L${x + 5} ${y}`, p.hairLight, 1.8, { opacity: 0.55 }));
  return group(segs);
}

export function hairFrontSvg(style: HairStyle, p: Paint): string {
  switch (style) {
    case 'short':
      return group([
        shape(
          'M126 200 C120 136 154 98 200 98 C248 98 282 134 274 200 L266 202 C266 176 260 158 248 146 ' +
            'C226 150 190 146 168 132 C156 148 140 168 134 202 Z',
          p.hair,
        ),
        line('M170 134 C190 124 220 122 244 130', p.hairShade, 2.4, { opacity: 0.6 }),
        line('M160 118 C176 108 196 104 214 106', p.hairShade, 2.2, { opacity: 0.45 }),
        line('M146 150 C150 140 156 132 164 126', p.hairShade, 2.2, { opacity: 0.45 }),
      ]);
    case 'cropped':
      return shape(
        'M130 196 C126 142 158 106 200 106 C242 106 274 142 270 196 L265 190 C263 168 258 154 250 146 ' +
          'C232 140 168 140 150 146 C142 154 137 168 135 190 Z',
        p.hair,
      );
    case 'long':
      return group([
        shape(
          'M200 100 C150 100 122 134 122 200 C120 256 116 316 108 388 C122 396 140 394 150 384 ' +
            'C146 320 142 256 146 206 C150 164 168 136 196 122 C206 146 236 162 256 170 ' +
            'C258 250 256 320 252 384 C262 394 280 396 292 388 C284 316 280 256 278 200 C278 134 250 100 200 100 Z',
          p.hair,
        ),
        line('M194 108 C170 124 156 150 150 196', p.hairLight, 2.4, { opacity: 0.5 }),
      ]);
    case 'bun':
      return group([
        shape(
          'M128 198 C124 138 158 106 200 106 C242 106 276 138 272 198 L266 190 C262 162 246 140 218 134 ' +
            'L200 132 L182 134 C154 140 138 162 134 190 Z',
          p.hair,
        ),
        line('M200 108 L200 132', p.hairShade, 2.4),
        line('M186 116 C168 124 150 144 142 172', p.hairShade, 2, { opacity: 0.5 }),
        line('M214 116 C232 124 250 144 258 172', p.hairShade, 2, { opacity: 0.5 }),
      ]);
    case 'curly':
      return cloud(curlFringe, p.hair);
    case 'afro':
      return shape(
        'M128 200 C124 132 160 100 200 100 C240 100 276 132 272 200 L266 196 C264 170 256 152 244 146 ' +
          'C226 140 174 140 156 146 C144 152 136 170 134 196 Z',
        p.hair,
      );
    case 'braids': {
      const left = [braid(122, 196, 368, p), braid(138, 206, 388, p)];
      return group([
        shape(
          'M128 202 C122 136 158 102 200 102 C242 102 278 136 272 202 L266 196 C264 170 256 152 244 146 ' +
            'C226 140 174 140 156 146 C144 152 136 170 134 196 Z',
          p.hair,
        ),
        line('M172 106 C166 120 160 132 156 146', p.hairLight, 2, { opacity: 0.45 }),
        line('M200 102 L200 140', p.hairLight, 2, { opacity: 0.45 }),
        line('M228 106 C234 120 240 132 244 146', p.hairLight, 2, { opacity: 0.45 }),
        ...left,
        mirrored(left),
      ]);
    }
    case 'bob':
      return group([
        shape(
          'M200 98 C148 98 118 132 118 198 C118 238 116 264 112 290 C126 296 142 294 152 288 ' +
            'C146 262 142 232 142 200 C142 184 144 174 148 166 C176 170 222 160 254 150 ' +
            'C258 166 258 184 258 200 C258 232 254 262 248 288 C258 294 274 296 288 290 ' +
            'C284 264 282 238 282 198 C282 132 252 98 200 98 Z',
          p.hair,
        ),
        line('M160 150 C190 146 226 136 246 124', p.hairShade, 2.4, { opacity: 0.55 }),
      ]);
    case 'bald':
      return shape(
        'M214 124 C228 124 242 130 248 138 C238 136 226 134 214 134 C208 132 208 126 214 124 Z',
        '#FFFFFF',
        { opacity: 0.18 },
      );
    case 'receding': {
      const side = shape(
        'M130 200 C127 182 129 166 136 154 C141 158 142 168 141 178 C140 186 138 194 136 202 Z',
        p.hair,
      );
      return group([side, mirrored([side]), line('M176 122 Q200 116 224 122', p.hair, 3, { opacity: 0.5 })]);
    }
  }
}

/** Styles whose front layer falls over the ears. */
export function hairCoversEars(style: HairStyle): boolean {
  return style === 'long' || style === 'bob' || style === 'curly' || style === 'braids';
}
