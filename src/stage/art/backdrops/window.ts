// Windows and what is seen through them: a garden for the care home, a street for a home or an office.
// The view is drawn to fit inside the glass, so no clipping is needed.

import { fmt, group, line, rect, shape, tag } from '../svg';

export type View = 'garden' | 'street' | 'sky';

/** What is seen through a window, drawn to fit inside the glass (no clipping needed). */
function view(kind: View, x: number, y: number, w: number, h: number): string {
  const sky = rect(x, y, w, h, '#DCE8EE');
  const hz = y + h * 0.62;
  if (kind === 'sky')
    return group([
      sky,
      shape(
        `M${x} ${y + h * 0.8} Q${x + w * 0.5} ${y + h * 0.7} ${x + w} ${y + h * 0.82} L${x + w} ${y + h} L${x} ${y + h} Z`,
        '#C8D6CB',
      ),
    ]);
  if (kind === 'garden') {
    const trees = [0.18, 0.5, 0.8].map((f, i) => {
      const cx = x + w * f;
      const r = Math.min(w, h) * (i === 1 ? 0.16 : 0.12);
      return group([
        rect(cx - 4, hz - r * 0.4, 8, r * 1.2, '#8A7763'),
        tag('ellipse', { cx, cy: hz - r * 0.7, rx: r, ry: r * 0.9, fill: i === 1 ? '#93AE8A' : '#A5BB98' }),
      ]);
    });
    return group([
      sky,
      shape(
        `M${x} ${hz} Q${x + w * 0.3} ${hz - h * 0.1} ${x + w * 0.6} ${hz - h * 0.04} T${x + w} ${hz - h * 0.06} L${x + w} ${y + h} L${x} ${y + h} Z`,
        '#B9CBAE',
      ),
      ...trees,
      rect(x, y + h * 0.8, w, h * 0.2, '#A9BF9C'),
    ]);
  }
  // street: the houses opposite, a pavement and a lamp post
  const houses: string[] = [];
  const cols = ['#D8C3AE', '#CDB8A6', '#D9CBB9'];
  const n = 3;
  for (let i = 0; i < n; i++) {
    const hx = x + (w / n) * i;
    const top = y + h * (0.3 + (i % 2) * 0.04);
    houses.push(rect(hx, top, w / n, y + h * 0.78 - top, cols[i % cols.length] ?? '#D8C3AE'));
    houses.push(rect(hx + (w / n) * 0.2, top + h * 0.1, (w / n) * 0.22, h * 0.14, '#B9C7CF'));
    houses.push(rect(hx + (w / n) * 0.58, top + h * 0.1, (w / n) * 0.22, h * 0.14, '#B9C7CF'));
    houses.push(rect(hx + (w / n) * 0.38, y + h * 0.56, (w / n) * 0.2, h * 0.22, '#8E9AA6'));
  }
  return group([
    sky,
    ...houses,
    rect(x, y + h * 0.78, w, h * 0.22, '#C9C6BF'),
    rect(x + w * 0.86, y + h * 0.34, 5, h * 0.5, '#6F7680'),
    rect(x + w * 0.86 - 8, y + h * 0.32, 21, 9, '#6F7680', { rx: 3 }),
  ]);
}

export interface WindowOpts {
  frame?: string;
  curtains?: string;
  blind?: boolean;
  panes?: number; // vertical glazing bars
}

export function windowWithView(
  x: number,
  y: number,
  w: number,
  h: number,
  kind: View,
  o: WindowOpts = {},
): string {
  const frame = o.frame ?? '#F4F1EA';
  const bars: string[] = [];
  const panes = o.panes ?? 2;
  for (let i = 1; i < panes; i++) bars.push(rect(x + (w / panes) * i - 5, y, 10, h, frame));
  const blind = o.blind
    ? group([
        rect(x, y, w, h * 0.42, '#ECE6D8'),
        ...Array.from({ length: 8 }, (_, i) =>
          line(
            `M${x} ${fmt(y + (h * 0.42 * (i + 1)) / 9)} L${x + w} ${fmt(y + (h * 0.42 * (i + 1)) / 9)}`,
            '#D6CEBD',
            2,
          ),
        ),
        rect(x, y + h * 0.42 - 6, w, 8, '#D6CEBD'),
      ])
    : '';
  const curtains = o.curtains
    ? group([
        shape(
          `M${x - 70} ${y - 30} L${x + 40} ${y - 30} C${x + 30} ${y + h * 0.4} ${x + 50} ${y + h * 0.8} ${x + 20} ${y + h + 40} L${x - 70} ${y + h + 40} Z`,
          o.curtains,
        ),
        shape(
          `M${x + w + 70} ${y - 30} L${x + w - 40} ${y - 30} C${x + w - 30} ${y + h * 0.4} ${x + w - 50} ${y + h * 0.8} ${x + w - 20} ${y + h + 40} L${x + w + 70} ${y + h + 40} Z`,
          o.curtains,
        ),
        line(`M${x - 40} ${y - 10} L${x - 40} ${y + h + 30}`, '#000000', 3, { opacity: 0.06 }),
        line(`M${x + w + 40} ${y - 10} L${x + w + 40} ${y + h + 30}`, '#000000', 3, { opacity: 0.06 }),
        rect(x - 90, y - 40, w + 180, 12, '#9C8B78', { rx: 6 }),
      ])
    : '';
  return group([
    rect(x - 16, y - 16, w + 32, h + 32, frame),
    view(kind, x, y, w, h),
    ...bars,
    rect(x, y + h * 0.45 - 5, w, 10, frame),
    blind,
    rect(x - 30, y + h + 10, w + 60, 16, frame, { rx: 3 }),
    rect(x - 30, y + h + 24, w + 60, 6, '#000000', { opacity: 0.06 }),
    curtains,
  ]);
}
