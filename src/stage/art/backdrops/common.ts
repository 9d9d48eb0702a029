// Shared pieces of every room: the shell (wall, floor, skirting), windows with a view, soft light, frames,
// doors, and the calm wash over the lower third where dialogue sits. Rooms are drawn front-on, as a stage
// set is seen: furniture to the sides, the middle left open for the people.

import { fmt, group, line, rect, shape, tag } from '../svg';

export const BW = 1920;
export const BH = 1080;
export const FLOOR_Y = 700; // where the back wall meets the floor

export interface Shell {
  wall: string;
  floor: string;
  skirting: string;
  cornice?: string;
}

export function roomShell(c: Shell): string {
  return group([
    rect(0, 0, BW, FLOOR_Y, c.wall),
    rect(0, 0, BW, 34, c.cornice ?? c.skirting, { opacity: 0.55 }),
    rect(0, FLOOR_Y, BW, BH - FLOOR_Y, c.floor),
    // The floor gets lighter towards the back wall: a cheap, calm sense of depth.
    rect(0, FLOOR_Y, BW, 60, '#FFFFFF', { opacity: 0.08 }),
    rect(0, FLOOR_Y - 22, BW, 22, c.skirting),
  ]);
}

/**
 * Dialogue sits over the lower third, so it is kept plain: graded bands of the floor colour flatten anything
 * that reaches into it, with no hard edge for the eye to catch.
 */
export function calmLowerThird(floor: string): string {
  const bands = [0.18, 0.32, 0.46, 0.58];
  const top = 720;
  const step = (BH - top) / bands.length;
  return group(bands.map((o, i) => rect(0, top + i * step, BW, step + 1, floor, { opacity: o })));
}

/** Daylight falling from a window onto the floor: one pale, low-opacity shape. */
export function daylight(x: number, w: number, reach: number): string {
  return shape(
    `M${x} ${FLOOR_Y} L${x + w} ${FLOOR_Y} L${x + w + reach} ${BH} L${x + reach * 0.6} ${BH} Z`,
    '#FFF8E8',
    { opacity: 0.16 },
  );
}

/** A warm pool of lamp light on the wall. Stacked ellipses fake a soft edge without gradients. */
export function glow(cx: number, cy: number, r: number, colour = '#FFF3D6'): string {
  return group(
    [0.6, 0.85, 1].map((k) =>
      tag('ellipse', { cx, cy, rx: r * k * 1.3, ry: r * k, fill: colour, opacity: 0.12 }),
    ),
  );
}

export function pictureFrame(
  x: number,
  y: number,
  w: number,
  h: number,
  art: 'hills' | 'flowers' | 'people' | 'sea',
  frame = '#8C7A66',
): string {
  const ix = x + 12;
  const iy = y + 12;
  const iw = w - 24;
  const ih = h - 24;
  let inner: string;
  switch (art) {
    case 'hills':
      inner = group([
        rect(ix, iy, iw, ih, '#E4EBE6'),
        shape(
          `M${ix} ${iy + ih * 0.7} Q${ix + iw * 0.35} ${iy + ih * 0.35} ${ix + iw * 0.6} ${iy + ih * 0.6} T${ix + iw} ${iy + ih * 0.5} L${ix + iw} ${iy + ih} L${ix} ${iy + ih} Z`,
          '#A9BFA0',
        ),
      ]);
      break;
    case 'sea':
      inner = group([
        rect(ix, iy, iw, ih, '#E3ECF0'),
        rect(ix, iy + ih * 0.55, iw, ih * 0.45, '#9FB9C6'),
        tag('circle', { cx: ix + iw * 0.7, cy: iy + ih * 0.3, r: ih * 0.12, fill: '#F2D9A8' }),
      ]);
      break;
    case 'flowers':
      inner = group([
        rect(ix, iy, iw, ih, '#F0E8E0'),
        rect(ix + iw * 0.42, iy + ih * 0.55, iw * 0.16, ih * 0.35, '#A7B7C4'),
        ...[0.35, 0.5, 0.65].map((f, i) =>
          tag('circle', {
            cx: ix + iw * f,
            cy: iy + ih * (0.38 + (i % 2) * 0.08),
            r: iw * 0.1,
            fill: ['#D8A0A0', '#E3C27E', '#C9A3C4'][i] ?? '#D8A0A0',
          }),
        ),
      ]);
      break;
    case 'people':
      // A family photograph: two soft figures, no faces, so no one real is ever implied.
      inner = group([
        rect(ix, iy, iw, ih, '#E9E1D6'),
        tag('circle', { cx: ix + iw * 0.36, cy: iy + ih * 0.38, r: iw * 0.12, fill: '#B89A84' }),
        tag('circle', { cx: ix + iw * 0.64, cy: iy + ih * 0.42, r: iw * 0.11, fill: '#8F735F' }),
        shape(
          `M${ix + iw * 0.14} ${iy + ih} Q${ix + iw * 0.36} ${iy + ih * 0.5} ${ix + iw * 0.52} ${iy + ih} Z`,
          '#8EA3B5',
        ),
        shape(
          `M${ix + iw * 0.46} ${iy + ih} Q${ix + iw * 0.64} ${iy + ih * 0.55} ${ix + iw * 0.86} ${iy + ih} Z`,
          '#C29A8E',
        ),
      ]);
      break;
  }
  return group([rect(x + 5, y + 7, w, h, '#000000', { opacity: 0.07 }), rect(x, y, w, h, frame), inner]);
}

export function clock(cx: number, cy: number, r: number): string {
  const ticks = Array.from({ length: 12 }, (_, i) => {
    const a = (i * Math.PI) / 6;
    return line(
      `M${fmt(cx + Math.sin(a) * r * 0.78)} ${fmt(cy - Math.cos(a) * r * 0.78)} L${fmt(cx + Math.sin(a) * r * 0.88)} ${fmt(cy - Math.cos(a) * r * 0.88)}`,
      '#6E6258',
      3,
    );
  });
  return group([
    tag('circle', { cx: cx + 4, cy: cy + 6, r, fill: '#000000', opacity: 0.07 }),
    tag('circle', { cx, cy, r, fill: '#7C6A58' }),
    tag('circle', { cx, cy, r: r * 0.9, fill: '#FAF7F0' }),
    ...ticks,
    line(`M${cx} ${cy} L${fmt(cx + r * 0.35)} ${fmt(cy + r * 0.2)}`, '#3E3530', 5),
    line(`M${cx} ${cy} L${fmt(cx - r * 0.1)} ${fmt(cy - r * 0.62)}`, '#3E3530', 4),
  ]);
}

export interface DoorOpts {
  plate?: boolean;
  glass?: boolean;
  handleLeft?: boolean;
}

export function door(x: number, y: number, w: number, h: number, colour: string, o: DoorOpts = {}): string {
  const hx = o.handleLeft ? x + 30 : x + w - 40;
  return group([
    rect(x - 18, y - 18, w + 36, h + 18, '#EFEAE1'),
    rect(x, y, w, h, colour),
    rect(x + w * 0.14, y + h * 0.08, w * 0.72, h * 0.36, '#000000', { opacity: 0.05, rx: 4 }),
    rect(x + w * 0.14, y + h * 0.52, w * 0.72, h * 0.4, '#000000', { opacity: 0.05, rx: 4 }),
    o.glass ? rect(x + w * 0.3, y + h * 0.1, w * 0.4, h * 0.26, '#D9E4E8', { rx: 4 }) : '',
    o.plate
      ? rect(x + w * 0.25, y + h * 0.3, w * 0.5, 44, '#F7F3EA', {
          rx: 6,
          stroke: '#B8AA97',
          'stroke-width': 3,
        })
      : '',
    o.plate
      ? line(`M${x + w * 0.33} ${y + h * 0.3 + 22} L${x + w * 0.67} ${y + h * 0.3 + 22}`, '#B8AA97', 5)
      : '',
    rect(hx, y + h * 0.52, 12, 40, '#B7A98F', { rx: 5 }),
  ]);
}

export function plant(x: number, baseY: number, k = 1): string {
  const leaf = (dx: number, dy: number, rot: number, c: string) =>
    tag('ellipse', {
      cx: x + dx * k,
      cy: baseY - 90 * k + dy * k,
      rx: 18 * k,
      ry: 48 * k,
      fill: c,
      transform: `rotate(${rot} ${fmt(x + dx * k)} ${fmt(baseY - 90 * k + dy * k)})`,
    });
  return group([
    leaf(-30, -10, -35, '#7E9D7A'),
    leaf(30, -10, 35, '#7E9D7A'),
    leaf(-10, -40, -10, '#91AE89'),
    leaf(14, -36, 14, '#88A682'),
    shape(
      `M${x - 40 * k} ${baseY - 70 * k} L${x + 40 * k} ${baseY - 70 * k} L${x + 30 * k} ${baseY} L${x - 30 * k} ${baseY} Z`,
      '#C18F6E',
    ),
  ]);
}

export function backdropRoot(name: string, children: readonly string[]): string {
  return tag(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${BW} ${BH}`, width: BW, height: BH, role: 'img' },
    [tag('title', {}, name), ...children],
  );
}
