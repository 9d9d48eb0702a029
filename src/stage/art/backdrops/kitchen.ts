// The kitchen in someone's own home: table and two chairs, the kettle on the worktop, the calendar on the
// wall, the window onto the street. A home, not a workplace: warmer colours, familiar clutter.

import { shade } from '../palette';
import { group, line, rect, shape, tag } from '../svg';
import { calmLowerThird, daylight, FLOOR_Y, glow, plant, roomShell } from './common';
import { windowWithView } from './window';

function chair(x: number, floor: number, facingRight: boolean, colour: string): string {
  const back = facingRight ? x : x + 120;
  return group([
    rect(back, floor - 330, 22, 330, colour, { rx: 6 }),
    rect(x, floor - 170, 142, 20, colour, { rx: 6 }),
    rect(facingRight ? x + 120 : x, floor - 150, 20, 150, colour),
    ...[0, 1, 2].map((i) => rect(back - 2, floor - 310 + i * 40, 26, 10, shade(colour, 0.15), { rx: 4 })),
  ]);
}

function table(x: number, floor: number): string {
  return group([
    rect(x, floor - 240, 380, 24, '#B89573', { rx: 4 }),
    rect(x + 8, floor - 216, 364, 16, shade('#B89573', 0.15)),
    rect(x + 26, floor - 200, 20, 200, shade('#B89573', 0.2)),
    rect(x + 334, floor - 200, 20, 200, shade('#B89573', 0.2)),
    tag('ellipse', { cx: x + 190, cy: floor - 244, rx: 40, ry: 6, fill: '#E9E4DA' }),
    rect(x + 170, floor - 290, 40, 46, '#9FB9C6', { rx: 6 }),
  ]);
}

function calendar(x: number, y: number): string {
  const days: string[] = [];
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 5; c++)
      days.push(
        rect(x + 16 + c * 30, y + 150 + r * 24, 22, 16, r === 1 && c === 2 ? '#D98C7E' : '#E6E1D7', {
          rx: 2,
        }),
      );
  return group([
    rect(x + 5, y + 7, 180, 260, '#000000', { opacity: 0.07 }),
    rect(x, y, 180, 260, '#FBFAF6'),
    rect(x + 12, y + 12, 156, 118, '#B9CBAE'),
    shape(
      `M${x + 12} ${y + 110} Q${x + 70} ${y + 60} ${x + 120} ${y + 96} T${x + 168} ${y + 84} L${x + 168} ${y + 130} L${x + 12} ${y + 130} Z`,
      '#93AE8A',
    ),
    ...days,
    tag('circle', { cx: x + 90, cy: y - 6, r: 6, fill: '#8C7A66' }),
  ]);
}

function kettle(x: number, top: number): string {
  return group([
    shape(`M${x} ${top} L${x + 14} ${top - 92} L${x + 86} ${top - 92} L${x + 100} ${top} Z`, '#D8DDE0'),
    rect(x + 30, top - 104, 40, 14, '#8C949B', { rx: 6 }),
    line(`M${x + 96} ${top - 70} q26 10 4 50`, '#8C949B', 9),
    shape(
      `M${x + 10} ${top - 60} L${x - 24} ${top - 82} L${x - 20} ${top - 70} L${x + 6} ${top - 40} Z`,
      '#C5CBCF',
    ),
    rect(x - 4, top - 6, 108, 8, '#6F7780', { rx: 3 }),
  ]);
}

export function kitchenSvg(): string {
  const floor = FLOOR_Y + 50;
  const worktop = floor - 230;
  const unit = '#9DB3A6';
  const tiles: string[] = [];
  for (let c = 0; c < 16; c++)
    for (let r = 0; r < 3; r++) tiles.push(rect(1000 + c * 58, worktop - 170 + r * 58, 54, 54, '#F1ECE0'));
  return group([
    roomShell({ wall: '#EEE2C9', floor: '#C6B9A2', skirting: '#DCCFB4' }),
    glow(1290, 280, 260, '#FFF8E8'),
    daylight(1100, 380, -220),
    ...tiles,
    windowWithView(1100, 130, 380, 280, 'street', { panes: 2, frame: '#FBF8F1' }),
    rect(1540, 100, 380, 250, unit),
    ...[0, 1].map((i) => rect(1556 + i * 184, 114, 170, 222, shade(unit, 0.08), { rx: 4 })),
    ...[0, 1].map((i) => rect(1700 + i * 40, 260, 10, 50, '#D9D4C8', { rx: 4 })),
    rect(980, worktop, 940, 26, '#C4A27E'),
    rect(980, worktop + 26, 940, floor - worktop - 26, unit),
    ...[0, 1, 2, 3, 4].map((i) =>
      rect(996 + i * 186, worktop + 44, 170, floor - worktop - 62, shade(unit, 0.08), { rx: 4 }),
    ),
    ...[0, 1, 2, 3, 4].map((i) => rect(1066 + i * 186, worktop + 60, 30, 8, '#D9D4C8', { rx: 4 })),
    rect(1200, worktop - 8, 180, 10, '#B8BEC3', { rx: 3 }),
    line(`M1290 ${worktop - 8} L1290 ${worktop - 60} q0 -16 18 -16`, '#9AA1A7', 8),
    kettle(1640, worktop),
    rect(1790, worktop - 120, 60, 120, '#E4D2B2', { rx: 8 }),
    plant(1470, worktop, 0.55),
    calendar(640, 170),
    table(100, floor),
    chair(30, floor, true, '#A7825F'),
    chair(420, floor, false, '#A7825F'),
    calmLowerThird('#C6B9A2'),
  ]);
}
