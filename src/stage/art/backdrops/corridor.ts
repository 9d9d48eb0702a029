// A care-home corridor: residents' doors with name plates, the handrail along the wall, a notice board and
// soft ceiling lights. The exit sign and rail say "care home" before anything else does.

import { group, rect, shape } from '../svg';
import { calmLowerThird, door, FLOOR_Y, roomShell } from './common';
import { corkboardParts } from './furniture';

function noticeBoard(x: number, y: number): string {
  const notes = [
    [24, 24, 110, 80, '#F6F1E4'],
    [150, 30, 90, 110, '#DCE8EE'],
    [256, 22, 100, 76, '#F3E2B5'],
    [40, 124, 96, 70, '#E7D4D4'],
    [252, 116, 104, 84, '#F6F1E4'],
    [150, 156, 86, 48, '#DDE7D6'],
  ] as const;
  return group(corkboardParts(x, y, 380, 230, notes));
}

function ceilingLight(cx: number): string {
  return group([
    shape(`M${cx - 60} 40 L${cx + 60} 40 L${cx + 260} 700 L${cx - 260} 700 Z`, '#FFF6DF', { opacity: 0.1 }),
    rect(cx - 70, 28, 140, 16, '#F4F0E6', { rx: 8 }),
  ]);
}

function handrail(from: number, to: number): string {
  const y = FLOOR_Y - 190;
  const brackets: string[] = [];
  for (let x = from + 40; x < to - 20; x += 240) brackets.push(rect(x, y + 4, 12, 26, '#A9A49A'));
  return group([
    ...brackets,
    rect(from, y - 10, to - from, 20, '#A77F5B', { rx: 10 }),
    rect(from, y - 10, to - from, 6, '#C19A74', { rx: 3 }),
  ]);
}

export function corridorSvg(): string {
  return group([
    roomShell({ wall: '#E7E0D2', floor: '#BDB4A2', skirting: '#CFC4B0' }),
    rect(0, FLOOR_Y - 300, 1920, 300, '#DCD3C2'),
    ceilingLight(520),
    ceilingLight(1400),
    door(130, 160, 270, 540, '#9DB2AE', { plate: true, handleLeft: false }),
    door(1520, 160, 270, 540, '#B6A2B8', { plate: true, handleLeft: true }),
    handrail(0, 112),
    handrail(418, 1502),
    handrail(1808, 1920),
    noticeBoard(600, 150),
    rect(1120, 170, 150, 56, '#4E8B62', { rx: 6 }),
    shape('M1150 198 L1186 198 L1186 186 L1210 204 L1186 222 L1186 210 L1150 210 Z', '#F4F8F2'),
    rect(1230, 184, 22, 28, '#F4F8F2', { rx: 3 }),
    calmLowerThird('#BDB4A2'),
  ]);
}
