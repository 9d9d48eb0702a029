// The care-home lounge: tall windows onto the garden, armchairs, the clock everyone checks, and a table with
// a jigsaw half done.

import { group, line, rect, shape } from '../svg';
import { armchair } from './furniture';
import { calmLowerThird, clock, daylight, FLOOR_Y, pictureFrame, plant, roomShell } from './common';
import { windowWithView } from './window';

/** A low table seen a little from above, so the jigsaw on it can be seen. */
function jigsawTable(x: number, floor: number): string {
  const top = floor - 170;
  const pieces: string[] = [];
  const colours = ['#A9BFA0', '#C7D6DD', '#E3C98F', '#B9CBAE', '#D7B8A6', '#9FB9C6'];
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 6; c++) {
      if (r === 2 && c > 3) continue; // the unfinished corner
      const px = x + 80 + c * 34 + r * 6;
      pieces.push(
        rect(px, top - 52 + r * 16, 32, 14, colours[(r * 6 + c) % colours.length] ?? '#A9BFA0', { rx: 2 }),
      );
    }
  }
  return group([
    shape(`M${x + 40} ${top - 70} L${x + 340} ${top - 70} L${x + 380} ${top} L${x} ${top} Z`, '#B08E6E'),
    rect(x, top, 380, 18, '#96765A'),
    rect(x + 24, top + 18, 18, 152, '#96765A'),
    rect(x + 338, top + 18, 18, 152, '#96765A'),
    ...pieces,
    rect(x + 300, top - 40, 14, 10, '#E3C98F', { rx: 2 }),
    rect(x + 286, top - 24, 14, 10, '#C7D6DD', { rx: 2 }),
    shape(
      `M${x + 250} ${top - 66} L${x + 330} ${top - 66} L${x + 340} ${top - 46} L${x + 258} ${top - 46} Z`,
      '#D7B8A6',
    ),
  ]);
}

export function loungeSvg(): string {
  const floor = FLOOR_Y + 60;
  return group([
    roomShell({ wall: '#DCE2D3', floor: '#A7AE98', skirting: '#C7CDBB' }),
    line(`M0 ${FLOOR_Y - 250} L1920 ${FLOOR_Y - 250}`, '#C7CDBB', 6, { opacity: 0.6 }),
    windowWithView(110, 120, 520, 470, 'garden', { panes: 3, curtains: '#C8B58F' }),
    daylight(110, 520, 300),
    clock(960, 200, 78),
    pictureFrame(1240, 170, 260, 180, 'sea'),
    armchair(30, floor, '#B98E7E', 300),
    armchair(1590, floor, '#8C9FB0', 300),
    jigsawTable(1150, floor),
    plant(1510, FLOOR_Y + 10, 1.1),
    calmLowerThird('#A7AE98'),
  ]);
}
