// SVG transform lists as 2D matrices, in the order canvas's setTransform takes them: [a, b, c, d, e, f].
// Only the forms the project's art writes are read (translate, scale, rotate about a point, matrix); anything
// else is refused, so the stage falls back to the browser's own SVG renderer rather than drawing it wrongly.

export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m then n: a point is mapped by n first, then by m (as in an SVG list, where the rightmost applies first). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const [a2, b2, c2, d2, e2, f2] = n;
  return [
    a * a2 + c * b2,
    b * a2 + d * b2,
    a * c2 + c * d2,
    b * c2 + d * d2,
    a * e2 + c * f2 + e,
    b * e2 + d * f2 + f,
  ];
}

function rotation(degrees: number, cx: number, cy: number): Matrix {
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const turn: Matrix = [cos, sin, -sin, cos, 0, 0];
  return multiply(multiply([1, 0, 0, 1, cx, cy], turn), [1, 0, 0, 1, -cx, -cy]);
}

function one(name: string, args: readonly number[]): Matrix | null {
  const [p = 0, q, r = 0, s = 0, t = 0, u = 0] = args;
  const n = args.length;
  if (name === 'translate' && (n === 1 || n === 2)) return [1, 0, 0, 1, p, q ?? 0];
  if (name === 'scale' && (n === 1 || n === 2)) return [p, 0, 0, q ?? p, 0, 0];
  if (name === 'rotate' && (n === 1 || n === 3)) return rotation(p, q ?? 0, r);
  if (name === 'matrix' && n === 6) return [p, q ?? 0, r, s, t, u];
  return null;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The matrix of a transform attribute, or null when it has a form this reader does not know. */
export function readTransform(text: string): Matrix | null {
  let m = IDENTITY;
  let read = 0;
  for (const [all, name = '', inside = ''] of text.matchAll(/\s*([a-zA-Z]+)\s*\(([^)]*)\)\s*,?/gy)) {
    const parts = inside
      .trim()
      .split(/[\s,]+/)
      .filter((s) => s !== '');
    const next = parts.every((p) => NUMBER.test(p)) ? one(name, parts.map(Number)) : null;
    if (!next) return null;
    m = multiply(m, next);
    read += all.length;
  }
  return read === text.length && text.trim() !== '' ? m : null;
}
