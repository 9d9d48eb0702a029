// The staff office: the senior's desk with computer and phone, the locked records cabinet, and the rota on
// the wall that everyone's day hangs on.

import { group, line, rect, tag } from '../svg';
import { desk, deskPhone, monitor, mug, officeChair, papers } from './furniture';
import { calmLowerThird, clock, daylight, FLOOR_Y, glow, roomShell } from './common';
import { windowWithView } from './window';

/** A weekly rota: a grid of shifts as coloured blocks. Nothing on it can be read as a real name. */
export function rota(x: number, y: number, cols: number, rows: number, cell: number): string {
  const shifts = ['#A9C4CF', '#E3C98F', '#B9CBAE', '#D7B8A6', '#F2EFE8'];
  const cells: string[] = [];
  for (let r = 0; r < rows; r++) {
    cells.push(rect(x + 14, y + 52 + r * (cell * 0.6), cell * 0.9, cell * 0.6 - 8, '#DDD8CE', { rx: 3 }));
    for (let c = 0; c < cols; c++) {
      const colour = shifts[(r * 3 + c * 2 + (r % 2)) % shifts.length] ?? '#F2EFE8';
      cells.push(
        rect(x + 24 + cell * (c + 1), y + 52 + r * (cell * 0.6), cell - 8, cell * 0.6 - 8, colour, { rx: 3 }),
      );
    }
  }
  const w = 34 + cell * (cols + 1);
  const h = 64 + rows * cell * 0.6;
  return group([
    rect(x + 6, y + 8, w, h, '#000000', { opacity: 0.07 }),
    rect(x, y, w, h, '#FBFAF6', { stroke: '#B9B4AA', 'stroke-width': 4 }),
    rect(x + 14, y + 14, w * 0.4, 20, '#C3CCD3', { rx: 4 }),
    ...cells,
  ]);
}

function lockedCabinet(x: number, floor: number): string {
  const h = 400;
  const drawers = [0, 1, 2, 3].map((i) =>
    group([
      rect(x + 16, floor - h + 20 + i * 94, 208, 82, '#8C98A2', { rx: 4 }),
      rect(x + 90, floor - h + 50 + i * 94, 60, 14, '#D2D7DB', { rx: 6 }),
      rect(x + 100, floor - h + 28 + i * 94, 40, 14, '#EEF0F1', { rx: 2 }),
    ]),
  );
  return group([
    rect(x, floor - h, 240, h, '#7D8994'),
    ...drawers,
    // The lock: records are kept locked, which is why it is drawn large enough to notice.
    tag('circle', { cx: x + 206, cy: floor - h + 36, r: 11, fill: '#D9B45A' }),
    rect(x + 203, floor - h + 32, 6, 12, '#7A6330', { rx: 2 }),
  ]);
}

export function officeSvg(): string {
  const floor = FLOOR_Y + 50;
  const deskTop = floor - 210;
  return group([
    roomShell({ wall: '#D9DFE2', floor: '#B4B0A7', skirting: '#C2C6C6' }),
    glow(1610, 250, 250, '#FFF8E8'),
    daylight(1400, 420, -300),
    windowWithView(1400, 110, 420, 280, 'street', { blind: true, panes: 2 }),
    rota(560, 150, 7, 5, 64),
    clock(1180, 210, 56),
    lockedCabinet(70, floor),
    rect(340, 300, 120, 150, '#F3E2B5', { transform: 'rotate(-3 400 375)' }),
    line('M360 340 L440 336', '#C9B990', 5),
    line('M360 366 L430 362', '#C9B990', 5),
    officeChair(1540, floor + 20, '#5F7A8A'),
    desk(1260, floor, 640, '#C7B299'),
    monitor(1640, deskTop, 240),
    deskPhone(1330, deskTop),
    papers(1780, deskTop),
    mug(1480, deskTop, '#C97C83'),
    calmLowerThird('#B4B0A7'),
  ]);
}
