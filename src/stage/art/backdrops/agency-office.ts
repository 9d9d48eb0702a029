// A home-care agency's office: desks with phones and screens, the big rota board that plans the visits, and
// the glazed door of a quiet side room for private conversations.

import { group, line, rect, tag } from '../svg';
import { desk, deskPhone, monitor, mug, officeChair, papers } from './furniture';
import { calmLowerThird, FLOOR_Y, plant, roomShell } from './common';
import { windowWithView } from './window';

/** The side room: a glazed partition with a frosted band, so a private talk is visibly private. */
function sideRoom(x: number): string {
  const top = 110;
  const h = FLOOR_Y - top;
  return group([
    rect(x, top, 380, h, '#C9D3D6'),
    rect(x, top, 380, h, '#FFFFFF', { opacity: 0.25 }),
    rect(x + 20, top + 20, 160, h - 20, '#DCE5E8'),
    rect(x + 200, top + 20, 160, h - 20, '#DCE5E8'),
    rect(x + 20, top + 200, 340, 120, '#F3F6F6', { opacity: 0.9 }),
    rect(x + 170, top + 380, 12, 60, '#9AA3AA', { rx: 5 }),
    rect(x + 220, top + 220, 120, 34, '#6E8C8A', { rx: 6 }),
    line(`M${x + 236} ${top + 237} L${x + 322} ${top + 237}`, '#EAF0EF', 5),
    rect(x - 8, top - 8, 396, 16, '#8F9BA3'),
    rect(x + 186, top, 12, h, '#8F9BA3'),
  ]);
}

/**
 * The visit board: one lane per carer, with each visit a card along the day. It is a plan of journeys, which
 * tells it apart from the care home's grid rota at a glance.
 */
function visitBoard(x: number, y: number): string {
  const w = 620;
  const h = 300;
  const colours = ['#A9C4CF', '#E3C98F', '#B9CBAE', '#D7B8A6'];
  const lanes: string[] = [];
  for (let r = 0; r < 5; r++) {
    const ly = y + 60 + r * 46;
    lanes.push(line(`M${x + 20} ${ly + 36} L${x + w - 20} ${ly + 36}`, '#DAD6CE', 2));
    lanes.push(tag('circle', { cx: x + 40, cy: ly + 16, r: 14, fill: '#C9CED3' }));
    let cx = x + 80 + ((r * 37) % 50);
    for (let c = 0; cx < x + w - 90; c++) {
      const cw = 60 + ((r * 13 + c * 29) % 60);
      lanes.push(rect(cx, ly + 2, cw, 28, colours[(r + c) % colours.length] ?? '#A9C4CF', { rx: 5 }));
      cx += cw + 18 + ((r + c * 7) % 30);
    }
  }
  return group([
    rect(x + 6, y + 8, w, h, '#000000', { opacity: 0.07 }),
    rect(x, y, w, h, '#FBFAF6', { stroke: '#9AA3AA', 'stroke-width': 8, rx: 4 }),
    ...[0, 1, 2, 3, 4, 5].map((i) =>
      line(`M${x + 80 + i * 90} ${y + 22} L${x + 80 + i * 90} ${y + 44}`, '#B9B4AA', 3),
    ),
    ...lanes,
    rect(x + 200, y + h, 220, 12, '#9AA3AA', { rx: 4 }),
    ...[0, 1, 2].map((i) =>
      rect(x + 220 + i * 60, y + h - 2, 36, 10, ['#C85A55', '#3F6E8C', '#4E8B62'][i] ?? '#3F6E8C', { rx: 3 }),
    ),
  ]);
}

function pendant(cx: number): string {
  return group([
    line(`M${cx} 0 L${cx} 90`, '#7D858C', 3),
    tag('path', { d: `M${cx - 60} 130 Q${cx} 70 ${cx + 60} 130 Z`, fill: '#3F5560' }),
    tag('ellipse', { cx, cy: 240, rx: 160, ry: 90, fill: '#FFF3D6', opacity: 0.1 }),
  ]);
}

export function agencyOfficeSvg(): string {
  const floor = FLOOR_Y + 50;
  const deskTop = floor - 210;
  return group([
    roomShell({ wall: '#E1E3DE', floor: '#A3A9AD', skirting: '#C7CAC6' }),
    rect(0, 34, 1920, 90, '#D3D8D2'),
    sideRoom(40),
    visitBoard(500, 140),
    pendant(760),
    pendant(1560),
    windowWithView(1500, 150, 360, 260, 'street', { blind: true }),
    desk(1080, floor, 420, '#D9CDBB'),
    monitor(1330, deskTop, 200),
    deskPhone(1130, deskTop),
    mug(1450, deskTop, '#7EA3B5'),
    officeChair(1290, floor + 30, '#4D6B73'),
    desk(1560, floor, 380, '#D9CDBB'),
    monitor(1760, deskTop, 200),
    deskPhone(1590, deskTop),
    papers(1590, deskTop - 70),
    plant(470, FLOOR_Y + 30, 1),
    calmLowerThird('#A3A9AD'),
  ]);
}
