// The debrief's pictures, drawn as inline SVG from the Debrief data: evidence per outcome, the route beside the best
// route, and each character's trust. Every picture has a text equivalent beside it (its label and the lists on the
// screen), so nothing is only in the drawing. Colours come from the stylesheet, so the high-contrast theme works.

import { BAND_THRESHOLDS } from '../../scoring/bands';
import type { OutcomeRow, RouteStep, TrustSeries } from '../../debrief/debrief';
import { bandWords, signed, type RatingLevel } from '../../debrief/words';
import { h } from '../dom';
import { s } from './svg';

const LEVEL_LABEL: Record<RatingLevel, string> = {
  best: 'strong choice',
  ok: 'could be better',
  poor: 'not the best',
  critical: 'unsafe',
  none: 'moving on',
  unrated: 'not rated',
};

/** Horizontal bars, one per outcome, over the three bands; a tick shows the route before a replay. */
export function evidenceChart(rows: readonly OutcomeRow[]): HTMLElement {
  const W = 640;
  const x0 = 70;
  const x1 = 620;
  const top = 34;
  const rowH = 52;
  const H = top + rows.length * rowH + 8;
  const x = (p: number) => x0 + ((x1 - x0) * p) / 100;
  const zones = [
    { from: 0, to: BAND_THRESHOLDS.some, cls: 'zone-practice', label: 'Needs practice' },
    { from: BAND_THRESHOLDS.some, to: BAND_THRESHOLDS.strong, cls: 'zone-some', label: 'Some' },
    { from: BAND_THRESHOLDS.strong, to: 100, cls: 'zone-strong', label: 'Strong' },
  ];
  const label = rows
    .map(
      (r) =>
        `${r.id} ${r.title}: ${r.bandWords}${r.before ? ` (before trying again: ${bandWords(r.before.band, r.kind)})` : ''}`,
    )
    .join('. ');
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: 'chart evidence-chart',
      role: 'img',
      'aria-label': `Evidence per outcome. ${label}.`,
    },
    zones.map((z) => [
      s('rect', {
        x: x(z.from),
        y: top - 6,
        width: x(z.to) - x(z.from),
        height: H - top,
        class: `zone ${z.cls}`,
      }),
      s(
        'text',
        { x: (x(z.from) + x(z.to)) / 2, y: 18, 'text-anchor': 'middle', class: 'zone-label' },
        z.label,
      ),
    ]),
    rows.map((r, i) => {
      const y = top + i * rowH;
      return s(
        'g',
        { class: `chart-row band-${r.band}` },
        s('text', { x: 0, y: y + 24, class: 'row-label' }, r.id),
        s('rect', { x: x0, y: y + 8, width: x1 - x0, height: 22, rx: 4, class: 'track' }),
        s('rect', {
          x: x0,
          y: y + 8,
          width: Math.max(3, x(r.percent) - x0),
          height: 22,
          rx: 4,
          class: `fill fill-${r.band}`,
        }),
        r.before &&
          s('line', {
            x1: x(r.before.percent),
            x2: x(r.before.percent),
            y1: y + 2,
            y2: y + 36,
            class: 'before-tick',
          }),
        r.before &&
          s(
            'text',
            { x: x(r.before.percent), y: y + 48, 'text-anchor': 'middle', class: 'before-label' },
            'before',
          ),
      );
    }),
  );
  return h('figure', { class: 'chart-figure' }, svg, chartKey(rows));
}

/** The codes in the picture with their words beside it. The picture's own label already says them to a screen reader,
 *  so this key is hidden from it rather than said twice. */
function chartKey(rows: readonly OutcomeRow[]): HTMLElement {
  return h(
    'figcaption',
    { class: 'chart-key small', 'aria-hidden': 'true' },
    h(
      'ul',
      {},
      rows.map((r) => h('li', {}, h('strong', {}, `${r.id}: `), r.title)),
    ),
  );
}

const LANES: RatingLevel[] = ['best', 'ok', 'poor', 'critical'];
const LANE_NAMES = ['Best choice', 'Could be better', 'Not the best', 'Unsafe'];

function lane(step: RouteStep): number {
  if (step.onBestRoute) return 0;
  return Math.max(1, LANES.indexOf(step.level));
}

/** The decisions as a path: the best route straight along the top, the learner's route dipping below it. */
export function routeMap(
  steps: readonly RouteStep[],
  replayed: ReadonlySet<number>,
  finished: boolean,
): HTMLElement {
  const left = 130;
  const gap = steps.length > 14 ? 44 : 56;
  const laneH = 40;
  const top = 24;
  const W = left + Math.max(1, steps.length) * gap + 70;
  const H = top + LANES.length * laneH + 16;
  const px = (i: number) => left + i * gap + gap / 2;
  const py = (l: number) => top + l * laneH;
  const off = steps.filter((st) => !st.onBestRoute);
  const label =
    `Route map: ${steps.length} decisions. You took a best-rated option at ${steps.length - off.length} of them.` +
    (off.length
      ? ` Off the best route at ${off.map((st) => `decision ${st.number} (${LEVEL_LABEL[st.level]})`).join(', ')}.`
      : '');
  const endX = px(steps.length - 1) + gap;
  const yours = steps.map((st, i) => `${px(i)},${py(lane(st))}`).join(' ');
  const svg = s(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, class: 'chart route-map', role: 'img', 'aria-label': label },
    LANE_NAMES.map((name, l) => [
      s('line', { x1: left - 6, x2: W - 8, y1: py(l), y2: py(l), class: 'lane' }),
      s('text', { x: 0, y: py(l) + 5, class: `lane-label lane-${LANES[l]}` }, name),
    ]),
    steps.length > 0 && s('line', { x1: px(0), x2: endX, y1: py(0), y2: py(0), class: 'best-route' }),
    steps.length > 0 &&
      s('polyline', { points: `${yours} ${finished ? `${endX},${py(0)}` : ''}`, class: 'your-route' }),
    steps.map((st, i) => {
      const cx = px(i);
      const cy = py(lane(st));
      const shape =
        st.level === 'critical'
          ? s('polygon', {
              points: `${cx},${cy - 14} ${cx + 14},${cy} ${cx},${cy + 14} ${cx - 14},${cy}`,
              class: `node node-${st.level}`,
            })
          : st.level === 'poor' && !st.onBestRoute
            ? s('rect', {
                x: cx - 11,
                y: cy - 11,
                width: 22,
                height: 22,
                rx: 3,
                class: `node node-${st.level}`,
              })
            : s('circle', { cx, cy, r: 12, class: `node node-${st.onBestRoute ? 'best' : st.level}` });
      return s(
        'g',
        { class: 'route-step' },
        replayed.has(i) && s('circle', { cx, cy, r: 17, class: 'replayed-ring' }),
        shape,
        s('text', { x: cx, y: cy + 5, 'text-anchor': 'middle', class: 'node-number' }, String(st.number)),
      );
    }),
    finished &&
      steps.length > 0 && [
        s('polygon', {
          points: `${endX - 4},${py(0) - 16} ${endX + 16},${py(0) - 10} ${endX - 4},${py(0) - 4}`,
          class: 'end-flag',
        }),
        s('line', { x1: endX - 4, x2: endX - 4, y1: py(0) - 16, y2: py(0) + 6, class: 'end-pole' }),
        s('text', { x: endX + 2, y: py(0) + 24, 'text-anchor': 'middle', class: 'end-label' }, 'End'),
      ],
  );
  return h(
    'figure',
    { class: 'chart-figure route-figure' },
    h(
      'div',
      { class: 'route-scroll', role: 'region', tabindex: 0, 'aria-label': 'Route map (scrolls sideways)' },
      svg,
    ),
  );
}

/** A small line of one character's trust, from the start of the conversation to the end. */
export function trustLine(t: TrustSeries): SVGElement {
  const W = 220;
  const H = 64;
  const pad = 8;
  const range = Math.max(2, ...t.points.map((p) => Math.abs(p)));
  const n = Math.max(1, t.points.length - 1);
  const x = (i: number) => pad + ((W - pad * 2 - 34) * i) / n;
  const y = (v: number) => H / 2 - ((H / 2 - pad) * v) / range;
  const last = t.points[t.points.length - 1] ?? 0;
  const trend = last > 0 ? 'up' : last < 0 ? 'down' : 'level';
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: `chart trust-line trust-${trend}`,
      role: 'img',
      'aria-label': t.words,
    },
    s('line', { x1: pad, x2: W - pad - 34, y1: y(0), y2: y(0), class: 'trust-zero' }),
    s('polyline', { points: t.points.map((p, i) => `${x(i)},${y(p)}`).join(' '), class: 'trust-path' }),
    s('circle', { cx: x(t.points.length - 1), cy: y(last), r: 4, class: 'trust-end' }),
    s('text', { x: W - pad, y: y(last) + 5, 'text-anchor': 'end', class: 'trust-value' }, signed(last)),
  );
  return svg;
}
