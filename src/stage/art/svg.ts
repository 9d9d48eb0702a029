// Tiny SVG string helpers. The art is built as plain strings so it runs in Node tests and in the browser alike,
// with no DOM and no Phaser: the stage turns the strings into textures.

/** The one typeface words in the art are set in (the stage warms it up before the first room with words). */
export const ART_TYPEFACE = 'Arial, Helvetica, sans-serif';

export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** Attribute values are our own, but escaping keeps a stray quote from ever breaking the document. */
function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One decimal place keeps the output short and identical on every machine. */
export function fmt(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export function tag(name: string, attrs: Attrs, children: string | readonly string[] = ''): string {
  const a = Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(typeof v === 'number' ? fmt(v) : v)}"`)
    .join('');
  const body = typeof children === 'string' ? children : children.join('');
  return body === '' ? `<${name}${a}/>` : `<${name}${a}>${body}</${name}>`;
}

export function group(children: readonly string[], attrs: Attrs = {}): string {
  const body = children.filter((c) => c !== '').join('');
  return body === '' ? '' : tag('g', attrs, body);
}

/** A filled shape with no outline: the flat style draws form with colour, not with strokes. */
export function shape(d: string, fill: string, attrs: Attrs = {}): string {
  return tag('path', { d, fill, ...attrs });
}

/** A drawn line (features, seams, creases): round ends so every line has the same soft finish. */
export function line(d: string, stroke: string, width: number, attrs: Attrs = {}): string {
  return tag('path', {
    d,
    fill: 'none',
    stroke,
    'stroke-width': width,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...attrs,
  });
}

export function circle(cx: number, cy: number, r: number, fill: string, attrs: Attrs = {}): string {
  return tag('circle', { cx, cy, r, fill, ...attrs });
}

export function ellipse(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  attrs: Attrs = {},
): string {
  return tag('ellipse', { cx, cy, rx, ry, fill, ...attrs });
}

export function rect(x: number, y: number, w: number, h: number, fill: string, attrs: Attrs = {}): string {
  return tag('rect', { x, y, width: w, height: h, fill, ...attrs });
}

/** Mirror a part drawn for the viewer's left onto the right, around the figure's centre line. */
export function mirrored(children: readonly string[], centreX = 200): string {
  return group(children, { transform: `matrix(-1 0 0 1 ${fmt(centreX * 2)} 0)` });
}
