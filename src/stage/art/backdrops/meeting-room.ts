// The care home's small meeting room, where best-interests meetings and reviews are held: a round table with
// water and tissues to one side, a whiteboard with nothing legible on it, stacked spare chairs, and a window
// onto the garden, so the person the meeting is about is never quite out of sight.

import { shade } from '../palette';
import { group, line, rect, shape, tag } from '../svg';
import { calmLowerThird, clock, daylight, FLOOR_Y, plant, roomShell } from './common';
import { windowWithView } from './window';

/** A whiteboard with a few marker strokes and a ruled list: meant to look used, never to be read. */
function whiteboard(x: number, y: number, w: number, h: number): string {
  const strokes = [0, 1, 2, 3].map((i) =>
    line(
      `M${x + 60} ${y + 70 + i * 52} L${x + 60 + w * (0.62 - (i % 2) * 0.18)} ${y + 66 + i * 52}`,
      ['#5E7FA6', '#5E7FA6', '#B0645E', '#5E7FA6'][i] ?? '#5E7FA6',
      5,
      { opacity: 0.55 },
    ),
  );
  const bullets = [0, 1, 2, 3].map((i) =>
    tag('circle', { cx: x + 40, cy: y + 68 + i * 52, r: 5, fill: '#7C8A96' }),
  );
  return group([
    rect(x + 6, y + 8, w, h, '#000000', { opacity: 0.07 }),
    rect(x, y, w, h, '#F7F8F6', { stroke: '#A9AFB4', 'stroke-width': 8, rx: 4 }),
    ...bullets,
    ...strokes,
    rect(x + w * 0.25, y + h - 4, w * 0.5, 14, '#A9AFB4', { rx: 4 }),
    rect(x + w * 0.3, y + h - 10, 40, 8, '#5E7FA6', { rx: 3 }),
    rect(x + w * 0.3 + 52, y + h - 10, 40, 8, '#B0645E', { rx: 3 }),
  ]);
}

/** A round table seen front-on, with a jug of water, glasses and a box of tissues on it. */
function meetingTable(cx: number, floor: number, colour: string): string {
  const top = floor - 230;
  const d = shade(colour, 0.2);
  return group([
    tag('ellipse', { cx, cy: top, rx: 280, ry: 46, fill: colour }),
    rect(cx - 280, top, 560, 20, d),
    tag('ellipse', { cx, cy: top + 20, rx: 280, ry: 30, fill: d, opacity: 0.5 }),
    rect(cx - 18, top + 20, 36, 190, d),
    tag('ellipse', { cx, cy: floor - 8, rx: 120, ry: 16, fill: d }),
    // A jug of water and two glasses.
    shape(
      `M${cx - 140} ${top - 6} L${cx - 150} ${top - 96} L${cx - 90} ${top - 96} L${cx - 98} ${top - 6} Z`,
      '#D6E6EC',
      { opacity: 0.9 },
    ),
    rect(cx - 146, top - 60, 52, 50, '#B9D3DD', { opacity: 0.7 }),
    line(`M${cx - 94} ${top - 84} q26 10 4 44`, '#C3D7DF', 6),
    ...[0, 1].map((i) => rect(cx - 60 + i * 46, top - 46, 30, 40, '#E3EEF1', { rx: 3, opacity: 0.9 })),
    // A box of tissues: meetings like this can be hard for everyone in the room.
    rect(cx + 70, top - 40, 110, 40, '#C7B4D1', { rx: 4 }),
    shape(`M${cx + 112} ${top - 40} Q${cx + 125} ${top - 72} ${cx + 140} ${top - 40} Z`, '#FBFAF7'),
    // Papers and a pen at one place.
    rect(cx + 10, top - 10, 120, 8, '#F6F3EC'),
    line(`M${cx + 20} ${top - 16} L${cx + 96} ${top - 22}`, '#3F5560', 4),
  ]);
}

/** A plain upholstered chair, front-on. */
function meetingChair(x: number, floor: number, colour: string): string {
  const d = shade(colour, 0.18);
  return group([
    rect(x + 10, floor - 300, 150, 150, colour, { rx: 22 }),
    rect(x, floor - 160, 170, 36, d, { rx: 12 }),
    rect(x + 14, floor - 124, 12, 124, '#6E6A66'),
    rect(x + 144, floor - 124, 12, 124, '#6E6A66'),
  ]);
}

/** Spare chairs stacked by the wall: more people come to these meetings than the table seats. */
function chairStack(x: number, floor: number, colour: string): string {
  const seats = [0, 1, 2, 3].map((i) =>
    rect(x - 4, floor - 170 - i * 22, 148, 18, shade(colour, 0.1 + i * 0.04), { rx: 6 }),
  );
  return group([
    rect(x + 8, floor - 330, 124, 130, colour, { rx: 18 }),
    ...seats,
    rect(x + 6, floor - 150, 10, 150, '#6E6A66'),
    rect(x + 124, floor - 150, 10, 150, '#6E6A66'),
  ]);
}

/** A ceiling light panel: meeting rooms are lit evenly, not warmly. */
function lightPanel(cx: number): string {
  return group([
    rect(cx - 150, 34, 300, 18, '#F4F4EE'),
    tag('ellipse', { cx, cy: 120, rx: 260, ry: 70, fill: '#FFFDF4', opacity: 0.12 }),
  ]);
}

export function meetingRoomSvg(): string {
  const floor = FLOOR_Y + 54;
  return group([
    roomShell({ wall: '#E2DED6', floor: '#9FA69C', skirting: '#CBC6BC' }),
    // A dado rail: the room was a bedroom once, and still has the home's trim.
    line(`M0 ${FLOOR_Y - 240} L1920 ${FLOOR_Y - 240}`, '#CBC6BC', 8, { opacity: 0.7 }),
    lightPanel(620),
    lightPanel(1320),
    whiteboard(90, 150, 470, 300),
    clock(700, 200, 54),
    windowWithView(1360, 130, 440, 360, 'garden', { panes: 2, curtains: '#9DB0A6' }),
    daylight(1360, 440, -260),
    chairStack(60, floor, '#7E93A3'),
    meetingChair(300, floor, '#8FA3B0'),
    meetingTable(560, floor, '#C2A98C'),
    meetingChair(760, floor + 10, '#8FA3B0'),
    plant(1280, FLOOR_Y + 24, 0.9),
    calmLowerThird('#9FA69C'),
  ]);
}
