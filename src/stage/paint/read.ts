// Reads the project's own SVG markup (as src/stage/art writes it) into a small tree the stage can draw straight
// onto a canvas. The browser reads an SVG <img> as a document of its own: 50-130 ms of one task at 4x CPU
// throttling for each room or person, in the middle of a conversation (docs/performance.md). This reader knows only
// the elements and attributes the art uses; for anything else it says why, and the stage uses the browser's SVG
// renderer for that picture instead.

import { readTransform, type Matrix } from './transform';

export type ArtElement = 'svg' | 'g' | 'rect' | 'path' | 'ellipse' | 'circle' | 'text';

export interface ArtNode {
  readonly name: ArtElement;
  readonly attrs: Readonly<Record<string, string>>;
  /** The transform attribute, read (null: none). */
  readonly transform: Matrix | null;
  readonly children: readonly ArtNode[];
  /** A text element's words, unescaped. */
  readonly text: string;
}

export type ReadResult = { ok: true; root: ArtNode } | { ok: false; reason: string };

const PAINT = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
];
const STROKE = ['stroke-linejoin', 'stroke-dasharray', 'opacity', 'transform'];
const SHAPE = [...PAINT, ...STROKE];

/** What each element may carry. `title` is read and dropped: it names the picture for screen readers only. */
const allowed: Readonly<Record<ArtElement | 'title', readonly string[]>> = {
  svg: ['xmlns', 'viewBox', 'width', 'height', 'role'],
  title: [],
  g: ['transform', 'opacity'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', ...SHAPE],
  path: ['d', ...SHAPE],
  ellipse: ['cx', 'cy', 'rx', 'ry', ...SHAPE],
  circle: ['cx', 'cy', 'r', ...SHAPE],
  text: ['x', 'y', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'fill', 'opacity'],
};

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos);/g, (all, name: string) => entities[name] ?? all);
}

interface Open {
  name: ArtElement | 'title';
  attrs: Record<string, string>;
  transform: Matrix | null;
  children: ArtNode[];
  text: string;
}

const TOKEN = /<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/gy;
const ATTR = /([\w:-]+)="([^"]*)"/g;

export function readArt(svg: string): ReadResult {
  const stack: Open[] = [];
  let root: ArtNode | null = null;
  const fail = (reason: string): ReadResult => ({ ok: false, reason });
  let at = 0;
  while (at < svg.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(svg);
    if (!m) return fail(`markup the reader does not know at character ${at}`);
    at = TOKEN.lastIndex;
    const [, closing, name = '', attrText = '', selfClosing, words] = m;
    const top = stack[stack.length - 1];
    if (words !== undefined) {
      if (words.trim() === '') continue;
      if (!top || (top.name !== 'text' && top.name !== 'title')) return fail('words outside a text element');
      top.text += unescape(words);
      continue;
    }
    if (closing) {
      if (!top || top.name !== name) return fail(`</${name}> does not close the element open`);
      stack.pop();
      if (top.name === 'title') continue;
      const node: ArtNode = { ...top, name: top.name };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else root = node;
      continue;
    }
    if (!Object.hasOwn(allowed, name)) return fail(`the <${name}> element`);
    const kind = name as ArtElement | 'title';
    if ((kind === 'svg') !== (stack.length === 0) || root) return fail(`<${name}> where it cannot be`);
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(ATTR)) {
      const [, key = '', value = ''] = a;
      if (!allowed[kind].includes(key)) return fail(`the ${key} attribute on <${name}>`);
      attrs[key] = unescape(value);
    }
    let transform: Matrix | null = null;
    if (attrs.transform !== undefined) {
      transform = readTransform(attrs.transform);
      if (!transform) return fail(`the transform "${attrs.transform}"`);
    }
    const open: Open = { name: kind, attrs, transform, children: [], text: '' };
    if (selfClosing) {
      if (kind === 'title') continue;
      if (kind === 'svg') return fail('an empty picture');
      (top as Open).children.push({ ...open, name: kind });
    } else stack.push(open);
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) return fail(`<${unclosed.name}> is never closed`);
  if (!root) return fail('no <svg> element');
  if (!viewBox(root)) return fail('a viewBox that is not four numbers with a width and height');
  return { ok: true, root };
}

/** The root's viewBox as x, y, width and height; null unless it is four numbers with a positive size. */
export function viewBox(root: ArtNode): readonly [number, number, number, number] | null {
  const [x, y, w, h, ...rest] = (root.attrs.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (x === undefined || y === undefined || w === undefined || h === undefined || rest.length > 0)
    return null;
  return [x, y, w, h].every(Number.isFinite) && w > 0 && h > 0 ? [x, y, w, h] : null;
}
