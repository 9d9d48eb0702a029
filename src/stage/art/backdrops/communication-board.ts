// A close-up of a picture communication board on a resident's over-bed table: a laminated card left by the
// speech and language therapist, with simple picture symbols and their words, and an alphabet strip for
// spelling. The board fills the upper two thirds, so the words stay clear of the dialogue over the lower
// third; the table top carries on, calm, beneath it.

import { shade, tint } from '../palette';
import { ART_TYPEFACE, escapeText, fmt, group, line, rect, shape, tag } from '../svg';
import { BH, BW, calmLowerThird } from './common';

const INK = '#33414D';

/** A word in the board's plain, bold lettering. */
function word(x: number, y: number, text: string, size: number, fill = INK): string {
  return tag(
    'text',
    {
      x,
      y,
      'font-family': ART_TYPEFACE,
      'font-size': size,
      'font-weight': 700,
      'text-anchor': 'middle',
      fill,
    },
    escapeText(text),
  );
}

type Icon = (cx: number, cy: number) => string;

const yes: Icon = (cx, cy) =>
  line(`M${cx - 48} ${cy + 2} L${cx - 14} ${cy + 36} L${cx + 52} ${cy - 38}`, '#3F8A4F', 20);

const no: Icon = (cx, cy) =>
  group([
    line(`M${cx - 40} ${cy - 40} L${cx + 40} ${cy + 40}`, '#B9474A', 20),
    line(`M${cx + 40} ${cy - 40} L${cx - 40} ${cy + 40}`, '#B9474A', 20),
  ]);

const drink: Icon = (cx, cy) =>
  group([
    rect(cx - 38, cy - 30, 76, 84, '#6E95B8', { rx: 12 }),
    rect(cx - 30, cy - 22, 60, 14, tint('#6E95B8', 0.45), { rx: 5 }),
    line(
      `M${cx + 38} ${cy - 12} C${cx + 70} ${cy - 10} ${cx + 70} ${cy + 34} ${cx + 38} ${cy + 36}`,
      '#6E95B8',
      10,
    ),
    ...[-16, 4, 24].map((dx) =>
      line(
        `M${cx + dx} ${cy - 40} C${cx + dx - 8} ${cy - 52} ${cx + dx + 8} ${cy - 60} ${cx + dx} ${cy - 72}`,
        '#A9BFD2',
        5,
      ),
    ),
  ]);

const pain: Icon = (cx, cy) =>
  group([
    tag('circle', { cx: cx - 14, cy, r: 50, fill: '#F1D9A6' }),
    tag('circle', { cx: cx - 32, cy: cy - 12, r: 6, fill: INK }),
    tag('circle', { cx: cx + 4, cy: cy - 12, r: 6, fill: INK }),
    line(`M${cx - 42} ${cy - 22} L${cx - 26} ${cy - 30}`, INK, 4),
    line(`M${cx + 14} ${cy - 22} L${cx - 2} ${cy - 30}`, INK, 4),
    line(`M${cx - 36} ${cy + 26} Q${cx - 14} ${cy + 8} ${cx + 8} ${cy + 26}`, INK, 5),
    // A jagged flash beside the face: the usual sign for "it hurts".
    shape(
      `M${cx + 52} ${cy - 52} L${cx + 34} ${cy - 6} L${cx + 50} ${cy - 6} L${cx + 32} ${cy + 44} L${cx + 70} ${cy - 14} L${cx + 54} ${cy - 14} L${cx + 70} ${cy - 52} Z`,
      '#C85A55',
    ),
  ]);

const toilet: Icon = (cx, cy) =>
  group([
    rect(cx - 16, cy - 62, 56, 44, '#8FA3B3', { rx: 6 }),
    rect(cx - 46, cy - 16, 100, 18, '#8FA3B3', { rx: 8 }),
    shape(
      `M${cx - 40} ${cy + 2} L${cx + 48} ${cy + 2} Q${cx + 40} ${cy + 44} ${cx + 10} ${cy + 48} L${cx + 14} ${cy + 66} L${cx - 14} ${cy + 66} L${cx - 10} ${cy + 48} Q${cx - 34} ${cy + 40} ${cx - 40} ${cy + 2} Z`,
      '#B5C4CF',
    ),
  ]);

const tired: Icon = (cx, cy) =>
  group([
    rect(cx - 70, cy + 6, 140, 34, '#A9BCCB', { rx: 8 }),
    rect(cx - 70, cy - 22, 14, 76, '#A68A6E', { rx: 4 }),
    rect(cx - 54, cy - 8, 44, 20, '#F3EFE7', { rx: 9 }),
    tag('circle', { cx: cx - 30, cy: cy - 10, r: 15, fill: '#C9A27E' }),
    ...[
      { x: cx + 10, y: cy - 44, s: 18 },
      { x: cx + 38, y: cy - 64, s: 14 },
    ].map(({ x, y, s }) => line(`M${x} ${y} L${x + s} ${y} L${x} ${y + s} L${x + s} ${y + s}`, INK, 5)),
  ]);

const family: Icon = (cx, cy) =>
  group([
    tag('circle', { cx: cx - 28, cy: cy - 34, r: 20, fill: '#B89A84' }),
    tag('circle', { cx: cx + 28, cy: cy - 30, r: 19, fill: '#8F735F' }),
    shape(`M${cx - 62} ${cy + 54} Q${cx - 28} ${cy - 22} ${cx + 6} ${cy + 54} Z`, '#8EA3B5'),
    shape(`M${cx - 6} ${cy + 54} Q${cx + 28} ${cy - 16} ${cx + 62} ${cy + 54} Z`, '#C29A8E'),
    // A small heart between them.
    shape(
      `M${cx} ${cy - 52} C${cx - 12} ${cy - 66} ${cx - 24} ${cy - 50} ${cx} ${cy - 34} C${cx + 24} ${cy - 50} ${cx + 12} ${cy - 66} ${cx} ${cy - 52} Z`,
      '#C85A55',
    ),
  ]);

const hot: Icon = (cx, cy) =>
  group([
    ...Array.from({ length: 8 }, (_, i) => {
      const a = (i * Math.PI) / 4;
      return line(
        `M${fmt(cx + Math.cos(a) * 44)} ${fmt(cy + Math.sin(a) * 44)} L${fmt(cx + Math.cos(a) * 66)} ${fmt(cy + Math.sin(a) * 66)}`,
        '#E3A03B',
        8,
      );
    }),
    tag('circle', { cx, cy, r: 34, fill: '#E8B44E' }),
  ]);

const cold: Icon = (cx, cy) =>
  group(
    [0, 60, 120].map((deg) =>
      group(
        [
          line(`M${cx} ${cy - 62} L${cx} ${cy + 62}`, '#5E8FB8', 8),
          line(`M${cx - 16} ${cy - 52} L${cx} ${cy - 36} L${cx + 16} ${cy - 52}`, '#5E8FB8', 6),
          line(`M${cx - 16} ${cy + 52} L${cx} ${cy + 36} L${cx + 16} ${cy + 52}`, '#5E8FB8', 6),
        ],
        { transform: `rotate(${deg} ${cx} ${cy})` },
      ),
    ),
  );

const help: Icon = (cx, cy) => {
  const palm = '#C9A27E';
  return group([
    rect(cx - 36, cy - 18, 72, 64, palm, { rx: 22 }),
    ...[-30, -10, 10].map((dx, i) => rect(cx + dx, cy - 68 + (i === 1 ? -8 : 0), 17, 62, palm, { rx: 8 })),
    rect(cx + 28, cy - 58, 16, 54, palm, { rx: 8 }),
    rect(cx - 60, cy - 12, 40, 18, palm, { rx: 9, transform: `rotate(-35 ${cx - 40} ${cy - 3})` }),
    rect(cx - 22, cy + 44, 44, 18, '#6E95B8', { rx: 4 }),
  ]);
};

interface Card {
  label: string;
  tint: string;
  icon: Icon;
}

const cards: readonly Card[] = [
  { label: 'YES', tint: '#DDEFD9', icon: yes },
  { label: 'NO', tint: '#F6DCDA', icon: no },
  { label: 'DRINK', tint: '#E4EEF5', icon: drink },
  { label: 'PAIN', tint: '#FBE9DD', icon: pain },
  { label: 'TOILET', tint: '#E9EEF1', icon: toilet },
  { label: 'TIRED', tint: '#ECE8F3', icon: tired },
  { label: 'FAMILY', tint: '#F6E9EC', icon: family },
  { label: 'HOT', tint: '#FCF0D8', icon: hot },
  { label: 'COLD', tint: '#E1EDF6', icon: cold },
  { label: 'HELP', tint: '#F3EADF', icon: help },
];

function card(x: number, y: number, w: number, h: number, c: Card): string {
  return group([
    rect(x, y, w, h, c.tint, { rx: 16, stroke: shade(c.tint, 0.16), 'stroke-width': 3 }),
    c.icon(x + w / 2, y + h * 0.4),
    word(x + w / 2, y + h - 20, c.label, 36),
  ]);
}

/** The alphabet strip along the foot of the board, for spelling a word out a letter at a time. */
function alphabet(x: number, y: number, w: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  const perRow = 13;
  const cell = w / perRow;
  return group(
    letters.map((l, i) => {
      const cx = x + (i % perRow) * cell;
      const cy = y + Math.floor(i / perRow) * 44;
      return group([
        rect(cx + 3, cy, cell - 6, 38, '#F4F1EA', { rx: 6, stroke: '#D9D3C7', 'stroke-width': 2 }),
        word(cx + cell / 2, cy + 30, l, 28),
      ]);
    }),
  );
}

/** The laminated board itself. */
function board(x: number, y: number, w: number, h: number): string {
  const pad = 40;
  const gap = 24;
  const cols = 5;
  const cw = (w - pad * 2 - gap * (cols - 1)) / cols;
  const ch = 196;
  const top = y + 92;
  const grid = cards.map((c, i) =>
    card(x + pad + (i % cols) * (cw + gap), top + Math.floor(i / cols) * (ch + 20), cw, ch, c),
  );
  return group([
    rect(x + 10, y + 14, w, h, '#000000', { opacity: 0.12, rx: 30 }),
    rect(x, y, w, h, '#FBFAF6', { rx: 30, stroke: '#D6D0C4', 'stroke-width': 4 }),
    // The header: the one thing everyone should read first.
    rect(x + pad, y + 22, w - pad * 2, 54, '#2E7A78', { rx: 12 }),
    word(x + w / 2, y + 61, 'Give me time. I understand more than I can say.', 32, '#FBFAF6'),
    ...grid,
    alphabet(x + pad, top + ch * 2 + 36, w - pad * 2),
    // The shine of the laminate: one pale diagonal band.
    shape(
      `M${x + w * 0.62} ${y} L${x + w * 0.74} ${y} L${x + w * 0.5} ${y + h} L${x + w * 0.38} ${y + h} Z`,
      '#FFFFFF',
      { opacity: 0.1 },
    ),
  ]);
}

/** A lidded beaker with a spout, the kind used for thickened drinks, at the side of the table. */
function beaker(x: number, base: number): string {
  return group([
    tag('ellipse', { cx: x + 50, cy: base, rx: 64, ry: 12, fill: '#000000', opacity: 0.1 }),
    rect(x, base - 150, 100, 150, '#DCE6EC', { rx: 14, opacity: 0.9 }),
    rect(x + 6, base - 96, 88, 90, '#E9C9A0', { rx: 10 }),
    rect(x - 6, base - 166, 112, 26, '#7FA8A6', { rx: 10 }),
    shape(
      `M${x + 30} ${base - 166} L${x + 40} ${base - 206} L${x + 62} ${base - 206} L${x + 70} ${base - 166} Z`,
      '#7FA8A6',
    ),
    line(
      `M${x + 100} ${base - 120} C${x + 140} ${base - 118} ${x + 140} ${base - 60} ${x + 100} ${base - 56}`,
      '#7FA8A6',
      12,
    ),
  ]);
}

function tableTop(): string {
  const wood = '#C9B296';
  const grain = Array.from({ length: 9 }, (_, i) =>
    line(
      `M0 ${40 + i * 104} C${BW * 0.3} ${30 + i * 104} ${BW * 0.6} ${56 + i * 104} ${BW} ${44 + i * 104}`,
      shade(wood, 0.08),
      3,
      { opacity: 0.5 },
    ),
  );
  return group([
    rect(0, 0, BW, BH, wood),
    ...grain,
    // The far edge of the table and a glimpse of the bed cover beyond it.
    rect(0, 0, BW, 26, '#A9BCCB'),
    rect(0, 26, BW, 10, shade(wood, 0.2)),
  ]);
}

export function communicationBoardSvg(): string {
  return group([
    tableTop(),
    board(230, 70, 1460, 650),
    beaker(1740, 700),
    // A pen for writing, left beside the board.
    rect(90, 380, 18, 240, '#3F5F86', { rx: 9, transform: 'rotate(-12 99 500)' }),
    rect(90, 380, 18, 40, '#D9D3C7', { rx: 9, transform: 'rotate(-12 99 500)' }),
    calmLowerThird('#C9B296'),
  ]);
}
