// The staff room: a row of lockers, the notice board where the rota and the "speak up" poster are pinned, the
// kettle and microwave on a short worktop, and a small table where breaks are taken. Worn but looked after: a
// room for the people who work here, not for the people who live here.

import { shade } from '../palette';
import { group, line, rect, shape, tag } from '../svg';
import { corkboardParts, mug } from './furniture';
import { calmLowerThird, clock, FLOOR_Y, glow, plant, roomShell } from './common';
import { windowWithView } from './window';

/** A row of tall staff lockers, each with a vent, a handle and a blank name card. */
function lockers(x: number, floor: number, n: number): string {
  const w = 96;
  const h = 520;
  const top = floor - h;
  const colours = ['#8FA3AE', '#9AAEB8'];
  const doors = Array.from({ length: n }, (_, i) => {
    const lx = x + i * (w + 6);
    const c = colours[i % colours.length] ?? '#8FA3AE';
    return group([
      rect(lx, top, w, h, c),
      rect(lx + 8, top + 8, w - 16, h - 16, shade(c, 0.06)),
      ...[0, 1, 2, 3].map((v) =>
        line(`M${lx + 24} ${top + 40 + v * 14} L${lx + w - 24} ${top + 40 + v * 14}`, shade(c, 0.25), 4),
      ),
      rect(lx + 26, top + 120, w - 52, 26, '#F4F1EA', { rx: 3 }),
      rect(lx + w - 24, top + 250, 10, 48, '#D2D7DB', { rx: 4 }),
    ]);
  });
  return group([rect(x - 6, top - 14, n * (w + 6) + 6, 14, '#7D8E98'), ...doors]);
}

/**
 * The staff notice board: pinned notes, a grid that is plainly a rota, and a poster with a speech bubble for
 * the provider's "speak up" line. Nothing on it can be read as words, so nothing needs translating.
 */
function staffNoticeBoard(x: number, y: number): string {
  const w = 420;
  const h = 290;
  const notes = [
    [22, 26, 100, 74, '#F6F1E4'],
    [24, 120, 96, 80, '#DDE7D6'],
    [28, 214, 90, 56, '#F3E2B5'],
    [300, 196, 100, 74, '#E7D4D4'],
  ] as const;
  const rotaCells: string[] = [];
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 4; c++)
      rotaCells.push(
        rect(
          x + 146 + c * 30,
          y + 52 + r * 22,
          24,
          16,
          ['#A9C4CF', '#E3C98F', '#B9CBAE', '#F2EFE8'][(r + c * 3) % 4] ?? '#F2EFE8',
          { rx: 2 },
        ),
      );
  // The "speak up" poster: a bold teal card with a speech bubble, the shape every whistleblowing poster shares.
  const px = x + 296;
  const py = y + 20;
  const poster = group([
    rect(px, py, 104, 160, '#3F7F86'),
    shape(
      `M${px + 20} ${py + 30} L${px + 84} ${py + 30} L${px + 84} ${py + 82} L${px + 46} ${py + 82} L${px + 30} ${py + 100} L${px + 32} ${py + 82} L${px + 20} ${py + 82} Z`,
      '#F4F8F2',
    ),
    tag('circle', { cx: px + 38, cy: py + 56, r: 5, fill: '#3F7F86' }),
    tag('circle', { cx: px + 52, cy: py + 56, r: 5, fill: '#3F7F86' }),
    tag('circle', { cx: px + 66, cy: py + 56, r: 5, fill: '#3F7F86' }),
    line(`M${px + 18} ${py + 124} L${px + 86} ${py + 124}`, '#D7E8E6', 6),
    line(`M${px + 18} ${py + 142} L${px + 70} ${py + 142}`, '#D7E8E6', 6),
  ]);
  return group([
    ...corkboardParts(x, y, w, h, notes),
    rect(x + 136, y + 26, 144, 146, '#FBFAF6'),
    rect(x + 146, y + 34, 70, 10, '#C3CCD3', { rx: 3 }),
    ...rotaCells,
    tag('circle', { cx: x + 208, cy: y + 30, r: 5, fill: '#3F6E8C' }),
    poster,
    tag('circle', { cx: px + 52, cy: py + 6, r: 5, fill: '#D9B45A' }),
  ]);
}

/** The worktop: cupboards below, a sink, the kettle everyone queues for and a microwave. */
function kitchenette(x: number, floor: number): string {
  const w = 1920 - x;
  const worktop = floor - 230;
  const unit = '#B7C2B4';
  const fronts = Array.from({ length: Math.floor((w - 20) / 170) }, (_, i) =>
    group([
      rect(x + 16 + i * 170, worktop + 44, 156, floor - worktop - 62, shade(unit, 0.08), { rx: 4 }),
      rect(x + 80 + i * 170, worktop + 60, 30, 8, '#D9D4C8', { rx: 4 }),
    ]),
  );
  return group([
    // Wall cupboards and a strip of splashback tiles.
    rect(x, 120, w, 200, unit),
    ...[0, 1, 2].map((i) => rect(x + 16 + i * 170, 134, 156, 172, shade(unit, 0.08), { rx: 4 })),
    rect(x, worktop - 120, w, 120, '#EEEAE0'),
    ...Array.from({ length: Math.ceil(w / 60) }, (_, i) =>
      line(`M${x + i * 60} ${worktop - 120} L${x + i * 60} ${worktop}`, '#DCD6C9', 3),
    ),
    line(`M${x} ${worktop - 60} L${1920} ${worktop - 60}`, '#DCD6C9', 3),
    rect(x, worktop, w, 26, '#A99479'),
    rect(x, worktop + 26, w, floor - worktop - 26, unit),
    ...fronts,
    // A tea caddy, the sink and tap, the microwave and the kettle, left to right.
    rect(x + 16, worktop - 70, 48, 64, '#C97C83', { rx: 6 }),
    rect(x + 84, worktop - 6, 160, 8, '#B8BEC3', { rx: 3 }),
    line(`M${x + 164} ${worktop - 6} L${x + 164} ${worktop - 56} q0 -14 16 -14`, '#9AA1A7', 8),
    rect(x + 270, worktop - 124, 184, 124, '#E6E4DF', { rx: 8 }),
    rect(x + 284, worktop - 110, 120, 94, '#5E666E', { rx: 4 }),
    rect(x + 416, worktop - 106, 26, 10, '#B9BDC1', { rx: 3 }),
    rect(x + 416, worktop - 86, 26, 10, '#B9BDC1', { rx: 3 }),
    shape(
      `M${x + 474} ${worktop} L${x + 484} ${worktop - 76} L${x + 540} ${worktop - 76} L${x + 550} ${worktop} Z`,
      '#D8DDE0',
    ),
    rect(x + 496, worktop - 88, 32, 12, '#8C949B', { rx: 5 }),
    line(`M${x + 546} ${worktop - 58} q18 8 2 40`, '#8C949B', 8),
  ]);
}

/** A small table for breaks, with two mugs and a biscuit tin. */
function breakTable(x: number, floor: number): string {
  const top = floor - 200;
  const wood = '#B89573';
  return group([
    tag('ellipse', { cx: x + 170, cy: top, rx: 190, ry: 26, fill: wood }),
    rect(x + 150, top, 40, 190, shade(wood, 0.2)),
    tag('ellipse', { cx: x + 170, cy: floor - 6, rx: 90, ry: 12, fill: shade(wood, 0.25) }),
    mug(x + 60, top - 6, '#7EA3B5'),
    mug(x + 240, top - 8, '#C97C83'),
    tag('ellipse', { cx: x + 170, cy: top - 30, rx: 48, ry: 16, fill: '#4C79AE' }),
    rect(x + 122, top - 30, 96, 26, '#4C79AE'),
    tag('ellipse', { cx: x + 170, cy: top - 4, rx: 48, ry: 14, fill: shade('#4C79AE', 0.2) }),
  ]);
}

/** A stacking chair seen from the front. */
function stackingChair(x: number, floor: number, colour: string): string {
  return group([
    rect(x, floor - 330, 130, 120, colour, { rx: 14 }),
    rect(x + 10, floor - 210, 14, 60, '#6F7780'),
    rect(x + 106, floor - 210, 14, 60, '#6F7780'),
    rect(x - 6, floor - 160, 142, 24, shade(colour, 0.12), { rx: 8 }),
    rect(x + 4, floor - 136, 12, 136, '#6F7780'),
    rect(x + 114, floor - 136, 12, 136, '#6F7780'),
  ]);
}

export function staffRoomSvg(): string {
  const floor = FLOOR_Y + 50;
  return group([
    roomShell({ wall: '#E3DCCD', floor: '#A99F92', skirting: '#CBC2B1' }),
    glow(1020, 300, 240, '#FFF8E8'),
    windowWithView(880, 130, 280, 200, 'sky', { blind: true, panes: 2 }),
    lockers(30, floor, 3),
    staffNoticeBoard(390, 160),
    clock(1270, 210, 52),
    kitchenette(1340, floor),
    plant(880, FLOOR_Y + 20, 0.8),
    stackingChair(980, floor + 20, '#5F7A8A'),
    breakTable(1060, floor + 20),
    calmLowerThird('#A99F92'),
  ]);
}
