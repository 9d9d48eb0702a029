// The front hall of someone's own home: the front door with its key safe outside the frame of the door, coats
// on their hooks, a small table where the post lands. The key safe is how home-care staff get in.

import { shade } from '../palette';
import { group, line, rect, shape, tag } from '../svg';
import { calmLowerThird, FLOOR_Y, glow, pictureFrame, roomShell } from './common';

function frontDoor(x: number, y: number): string {
  const w = 330;
  const h = FLOOR_Y - y;
  const c = '#5E7A8C';
  return group([
    rect(x - 26, y - 110, w + 52, h + 110, '#F2EEE6'),
    rect(x, y - 90, w, 70, '#D6E2E8'),
    line(`M${x + w / 2} ${y - 90} L${x + w / 2} ${y - 20}`, '#F2EEE6', 8),
    rect(x, y, w, h, c),
    rect(x + 60, y + 40, w - 120, 150, '#CFDDE4', { rx: 8 }),
    line(`M${x + w / 2} ${y + 40} L${x + w / 2} ${y + 190}`, c, 8),
    rect(x + 40, y + 240, w - 80, 130, shade(c, 0.1), { rx: 6 }),
    rect(x + 40, y + 400, w - 80, h - 440, shade(c, 0.1), { rx: 6 }),
    rect(x + w / 2 - 60, y + 300, 120, 22, '#C9B27A', { rx: 4 }),
    tag('circle', { cx: x + w - 44, cy: y + 300, r: 13, fill: '#C9B27A' }),
    rect(x + w - 52, y + 330, 16, 30, '#C9B27A', { rx: 4 }),
  ]);
}

/** The key safe: a small grey box with a keypad, beside the door. */
function keySafe(x: number, y: number): string {
  const keys: string[] = [];
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++)
      keys.push(rect(x + 14 + c * 20, y + 30 + r * 18, 12, 10, '#DADDE0', { rx: 2 }));
  return group([
    rect(x + 4, y + 6, 88, 110, '#000000', { opacity: 0.08 }),
    rect(x, y, 88, 110, '#7F8790', { rx: 8 }),
    rect(x + 8, y + 8, 72, 14, '#666E77', { rx: 3 }),
    ...keys,
  ]);
}

function coat(x: number, y: number, colour: string, long: number): string {
  return group([
    shape(
      `M${x - 10} ${y} C${x - 60} ${y + 20} ${x - 70} ${y + 80} ${x - 74} ${y + long} L${x + 74} ${y + long} C${x + 70} ${y + 80} ${x + 60} ${y + 20} ${x + 10} ${y} Z`,
      colour,
    ),
    line(`M${x} ${y + 10} L${x} ${y + long}`, shade(colour, 0.2), 3),
    shape(`M${x - 12} ${y + 4} L${x} ${y + 60} L${x + 12} ${y + 4} Z`, shade(colour, 0.2)),
  ]);
}

function hooks(x: number, y: number): string {
  return group([
    rect(x, y, 440, 28, '#A98A6B', { rx: 6 }),
    ...[60, 200, 340].map((dx) => tag('circle', { cx: x + dx, cy: y + 14, r: 8, fill: '#7F6A55' })),
    coat(x + 60, y + 20, '#8E6F62', 300),
    coat(x + 200, y + 20, '#6D7F8E', 250),
    rect(x + 314, y + 20, 52, 120, '#C98F5E', { rx: 14 }),
  ]);
}

function postTable(x: number, floor: number): string {
  const top = floor - 260;
  return group([
    rect(x, top, 260, 20, '#9C7B5C', { rx: 4 }),
    rect(x + 20, top + 20, 16, 240, shade('#9C7B5C', 0.2)),
    rect(x + 224, top + 20, 16, 240, shade('#9C7B5C', 0.2)),
    rect(x + 10, top + 20, 240, 40, shade('#9C7B5C', 0.1)),
    rect(x + 40, top - 10, 110, 12, '#F7F3EA', { transform: `rotate(-4 ${x + 95} ${top - 4})` }),
    rect(x + 50, top - 20, 100, 12, '#F0E4CF', { transform: `rotate(3 ${x + 100} ${top - 14})` }),
    rect(x + 60, top - 28, 90, 10, '#E6EEF2'),
    tag('ellipse', { cx: x + 200, cy: top - 8, rx: 34, ry: 10, fill: '#B79B8A' }),
  ]);
}

export function hallwaySvg(): string {
  const floor = FLOOR_Y + 40;
  const boards: string[] = [];
  for (let i = 1; i < 6; i++)
    boards.push(line(`M0 ${FLOOR_Y + i * 14} L1920 ${FLOOR_Y + i * 14}`, '#8F7559', 2, { opacity: 0.25 }));
  return group([
    roomShell({ wall: '#E6D8CE', floor: '#A98E72', skirting: '#F0E8DE' }),
    ...boards,
    rect(0, FLOOR_Y - 260, 1920, 12, '#F0E8DE'),
    hooks(90, 180),
    postTable(620, floor),
    glow(960, 230, 120),
    pictureFrame(880, 130, 170, 210, 'hills'),
    frontDoor(1270, 250),
    keySafe(1660, 380),
    rect(1700, 560, 180, 120, '#EDE7DD', { rx: 6 }),
    ...[0, 1, 2, 3, 4, 5].map((i) => line(`M${1716 + i * 28} 572 L${1716 + i * 28} 668`, '#D8D0C3', 6)),
    shape('M560 1080 L1360 1080 L1180 760 L740 760 Z', '#9A6F66', { opacity: 0.55 }),
    calmLowerThird('#A98E72'),
  ]);
}
