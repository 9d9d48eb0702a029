// A home-care agency's office: desks with phones and screens, the big rota board that plans the visits, and
// the glazed door of a quiet side room for private conversations.

import { group, line, rect, tag } from '../svg';
import { desk, deskPhone, monitor, mug, officeChair, papers } from './furniture';
import { calmLowerThird, FLOOR_Y, plant, roomShell, windowWithView } from './common';
import { rota } from './office';

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
    rota(520, 150, 8, 5, 56),
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
