// A care-home bedroom made personal: the resident's armchair by the window, their photographs, the bed with
// its side rail, and the bedside table with the call bell within reach.

import { group, line, rect, shape, tag } from '../svg';
import { armchair, cabinet, lamp } from './furniture';
import { calmLowerThird, daylight, FLOOR_Y, glow, pictureFrame, roomShell } from './common';
import { windowWithView } from './window';

function bed(x: number): string {
  const floor = FLOOR_Y + 56;
  return group([
    rect(x, floor - 430, 46, 430, '#A68A6E', { rx: 10 }),
    rect(x + 46, floor - 190, 700, 70, '#C9B8A4'),
    rect(x + 46, floor - 260, 700, 80, '#F3EFE7', { rx: 12 }),
    rect(x + 64, floor - 300, 170, 60, '#FBF9F4', { rx: 26 }),
    shape(
      `M${x + 200} ${floor - 270} C${x + 300} ${floor - 290} ${x + 600} ${floor - 280} ${x + 760} ${floor - 276} L${x + 760} ${floor - 150} C${x + 600} ${floor - 146} ${x + 300} ${floor - 150} ${x + 200} ${floor - 160} Z`,
      '#A9BCCB',
    ),
    line(
      `M${x + 260} ${floor - 236} C${x + 400} ${floor - 246} ${x + 560} ${floor - 240} ${x + 740} ${floor - 236}`,
      '#93A8B9',
      4,
    ),
    // The side rail: a tubular frame along the near side of the mattress.
    line(`M${x + 120} ${floor - 340} L${x + 560} ${floor - 340}`, '#AEB4BA', 12),
    line(`M${x + 120} ${floor - 300} L${x + 560} ${floor - 300}`, '#AEB4BA', 10),
    ...[120, 266, 412, 560].map((dx) =>
      line(`M${x + dx} ${floor - 340} L${x + dx} ${floor - 250}`, '#AEB4BA', 10),
    ),
    rect(x + 70, floor - 120, 24, 120, '#8A735D'),
    rect(x + 700, floor - 120, 24, 120, '#8A735D'),
  ]);
}

/** A call bell on its lead, on the bedside table, within reach of the bed. */
function callBell(x: number, top: number): string {
  return group([
    rect(x, top - 30, 56, 30, '#E8E4DC', { rx: 8 }),
    tag('circle', { cx: x + 28, cy: top - 15, r: 10, fill: '#C85A55' }),
    line(
      `M${x + 56} ${top - 12} C${x + 90} ${top - 10} ${x + 96} ${top + 40} ${x + 140} ${top + 60}`,
      '#9A9A96',
      4,
    ),
  ]);
}

export function bedroomSvg(): string {
  const floor = FLOOR_Y + 56;
  return group([
    roomShell({ wall: '#E9DDCC', floor: '#B7A693', skirting: '#D7C8B3' }),
    windowWithView(250, 140, 400, 380, 'garden', { curtains: '#C9A3A0' }),
    daylight(250, 400, 260),
    armchair(20, floor, '#8FA6A0', 290),
    pictureFrame(820, 160, 150, 190, 'people'),
    pictureFrame(1000, 190, 200, 150, 'hills'),
    pictureFrame(1230, 170, 130, 170, 'flowers'),
    glow(1290, 460, 140),
    cabinet(1210, floor, 150, 210, '#B89D80'),
    lamp(1250, floor - 210),
    callBell(1290, floor - 210),
    rect(1230, floor - 232, 22, 22, '#FBF9F4', { rx: 4 }),
    bed(1420),
    tag('ellipse', { cx: 960, cy: 880, rx: 520, ry: 90, fill: '#C7B7A3', opacity: 0.6 }),
    calmLowerThird('#B7A693'),
  ]);
}
