// Furniture shared by several rooms, drawn front-on with flat colour and one shade for form.

import { shade } from '../palette';
import { group, line, rect, shape, tag } from '../svg';

/** An armchair seen from the front. x is the left edge, floor is where its feet stand. */
export function armchair(x: number, floor: number, colour: string, w = 300): string {
  const d = shade(colour, 0.15);
  const h = 300;
  const top = floor - h;
  return group([
    rect(x + 36, top + 20, w - 72, 220, d, { rx: 44 }),
    rect(x + 56, top + 40, w - 112, 150, colour, { rx: 30, opacity: 0.35 }),
    rect(x + 44, top + 160, w - 88, 64, colour, { rx: 18 }),
    rect(x + 44, top + 214, w - 88, 64, d, { rx: 8 }),
    rect(x, top + 110, 70, 170, colour, { rx: 28 }),
    rect(x + w - 70, top + 110, 70, 170, colour, { rx: 28 }),
    rect(x + 18, floor - 22, 16, 22, '#6F5A48'),
    rect(x + w - 34, floor - 22, 16, 22, '#6F5A48'),
  ]);
}

/** A small side table or bedside cabinet. */
export function cabinet(x: number, floor: number, w: number, h: number, colour: string, drawers = 2): string {
  const d = shade(colour, 0.18);
  const fronts = Array.from({ length: drawers }, (_, i) => {
    const dy = floor - h + 26 + (i * (h - 40)) / drawers;
    const dh = (h - 40) / drawers - 10;
    return group([
      rect(x + 14, dy, w - 28, dh, d, { rx: 4, opacity: 0.5 }),
      rect(x + w / 2 - 18, dy + dh / 2 - 4, 36, 8, '#B9A98F', { rx: 4 }),
    ]);
  });
  return group([
    rect(x - 6, floor - h, w + 12, 18, d, { rx: 4 }),
    rect(x, floor - h + 14, w, h - 14, colour),
    ...fronts,
  ]);
}

export function lamp(cx: number, base: number, shadeColour = '#EFE3C8'): string {
  return group([
    rect(cx - 30, base - 16, 60, 16, '#9C8B78', { rx: 6 }),
    rect(cx - 6, base - 110, 12, 96, '#9C8B78'),
    shape(
      `M${cx - 56} ${base - 110} L${cx + 56} ${base - 110} L${cx + 38} ${base - 190} L${cx - 38} ${base - 190} Z`,
      shadeColour,
    ),
  ]);
}

/** A desk, side-on to the viewer, with legs at each end. */
export function desk(x: number, floor: number, w: number, colour: string): string {
  const d = shade(colour, 0.2);
  return group([
    rect(x, floor - 210, w, 22, colour, { rx: 4 }),
    rect(x + 20, floor - 188, 22, 188, d),
    rect(x + w - 42, floor - 188, 22, 188, d),
    rect(x + w - 260, floor - 188, 210, 130, shade(colour, 0.1)),
    ...[0, 1].map((i) => rect(x + w - 230, floor - 170 + i * 60, 150, 6, d, { rx: 3 })),
  ]);
}

export function monitor(cx: number, deskTop: number, w = 240): string {
  const h = w * 0.62;
  return group([
    rect(cx - 40, deskTop - 12, 80, 12, '#5C6168', { rx: 4 }),
    rect(cx - 10, deskTop - 50, 20, 40, '#5C6168'),
    rect(cx - w / 2, deskTop - 50 - h, w, h, '#3F444B', { rx: 8 }),
    rect(cx - w / 2 + 10, deskTop - 40 - h, w - 20, h - 20, '#B7C9D3', { rx: 4 }),
    rect(cx - w / 2 + 24, deskTop - 26 - h, w * 0.4, 10, '#E7EEF2', { rx: 3 }),
    rect(cx - w / 2 + 24, deskTop - 8 - h, w * 0.6, 10, '#E7EEF2', { rx: 3 }),
  ]);
}

export function deskPhone(x: number, deskTop: number): string {
  return group([
    shape(
      `M${x} ${deskTop} L${x + 10} ${deskTop - 44} L${x + 96} ${deskTop - 44} L${x + 106} ${deskTop} Z`,
      '#4A4F57',
    ),
    rect(x + 4, deskTop - 62, 98, 24, '#3C4047', { rx: 12 }),
    ...[0, 1, 2].map((i) => rect(x + 30 + i * 18, deskTop - 32, 10, 8, '#9AA1AA', { rx: 2 })),
    line(
      `M${x + 2} ${deskTop - 50} C${x - 30} ${deskTop - 40} ${x - 20} ${deskTop - 10} ${x - 4} ${deskTop - 4}`,
      '#3C4047',
      3,
    ),
  ]);
}

export function officeChair(cx: number, floor: number, colour: string): string {
  return group([
    rect(cx - 70, floor - 330, 140, 160, colour, { rx: 28 }),
    rect(cx - 80, floor - 170, 160, 40, shade(colour, 0.15), { rx: 16 }),
    rect(cx - 8, floor - 130, 16, 100, '#5C6168'),
    line(`M${cx - 70} ${floor - 10} L${cx + 70} ${floor - 10}`, '#5C6168', 12),
  ]);
}

export function mug(x: number, top: number, colour: string): string {
  return group([
    rect(x, top - 44, 36, 44, colour, { rx: 6 }),
    line(`M${x + 36} ${top - 34} q14 2 0 22`, colour, 5),
  ]);
}

export function papers(x: number, top: number): string {
  return group([
    rect(x, top - 8, 120, 8, '#F6F3EC'),
    rect(x + 6, top - 14, 114, 6, '#ECE7DC'),
    rect(x + 2, top - 19, 110, 5, '#F6F3EC'),
  ]);
}

/** A pinned note on a corkboard: where it sits on the board (dx, dy), its size and its paper colour. */
export type PinnedNote = readonly [dx: number, dy: number, w: number, h: number, colour: string];

/**
 * A cork notice board with pinned notes, as the parts of a group, so a room can pin more on it (a rota, a poster)
 * inside the same group. Two grey lines a note: it reads as writing without being words anyone must read.
 */
export function corkboardParts(
  x: number,
  y: number,
  w: number,
  h: number,
  notes: readonly PinnedNote[],
): string[] {
  return [
    rect(x + 6, y + 8, w, h, '#000000', { opacity: 0.07 }),
    rect(x, y, w, h, '#A88B6B'),
    rect(x + 12, y + 12, w - 24, h - 24, '#CBAE8C'),
    ...notes.map(([dx, dy, nw, nh, c]) =>
      group([
        rect(x + dx, y + dy, nw, nh, c),
        line(`M${x + dx + 12} ${y + dy + 20} L${x + dx + nw - 14} ${y + dy + 20}`, '#B5AFA4', 4),
        line(`M${x + dx + 12} ${y + dy + 34} L${x + dx + nw - 30} ${y + dy + 34}`, '#C9C3B8', 4),
        tag('circle', { cx: x + dx + nw / 2, cy: y + dy + 6, r: 5, fill: '#C85A55' }),
      ]),
    ),
  ];
}
