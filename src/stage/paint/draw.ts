// Draws a tree from read.ts onto a 2D canvas with the canvas's own path calls, as the browser's SVG renderer would
// draw the same markup. The differences from canvas defaults that matter are set here on purpose: SVG's miter
// limit is 4 (canvas: 10); a group's opacity applies to the group as one picture (its own layer), not to each
// shape; fill-opacity and stroke-opacity apply to their own paint only. tests/e2e/canvas-art.test.ts compares
// every room and person with the browser's own rendering of the same SVG.

import type { ArtNode } from './read';
import { viewBox } from './read';

type Context = CanvasRenderingContext2D;

/** A blank layer the size of the picture, for a group drawn at less than full opacity. */
export type LayerMaker = (width: number, height: number) => Context | null;

const number = (value: string | undefined, otherwise: number): number => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) ? n : otherwise;
};

/** Draws `root` (an <svg>) filling `width` x `height` as the SVG would be shown at that size (centred, kept in
 *  proportion). The context's own state is left as it was. */
export function drawArt(ctx: Context, root: ArtNode, width: number, height: number, layer: LayerMaker): void {
  for (const _ of drawArtSteps(ctx, root, width, height, layer)) {
    // every step at once
  }
}

/**
 * The same drawing, a step (one shape or one piece of text) at a time. A caller may stop between steps and go on in
 * a later task: the canvas keeps what is drawn and its state. A room with words on its wall took up to 100 ms at
 * 4x CPU throttling to paint, in one task a key press would wait behind (docs/performance.md).
 */
export function* drawArtSteps(
  ctx: Context,
  root: ArtNode,
  width: number,
  height: number,
  layer: LayerMaker,
): Generator<void, void, void> {
  const box = viewBox(root);
  if (!box) return;
  const [x, y, w, h] = box;
  const scale = Math.min(width / w, height / h);
  ctx.save();
  ctx.setTransform(
    scale,
    0,
    0,
    scale,
    (width - w * scale) / 2 - x * scale,
    (height - h * scale) / 2 - y * scale,
  );
  ctx.miterLimit = 4;
  for (const child of root.children) yield* drawNode(ctx, child, 1, layer);
  ctx.restore();
}

function* drawNode(
  ctx: Context,
  node: ArtNode,
  alpha: number,
  layer: LayerMaker,
): Generator<void, void, void> {
  const opacity = Math.min(1, Math.max(0, number(node.attrs.opacity, 1)));
  if (opacity === 0) return;
  ctx.save();
  if (node.transform) ctx.transform(...node.transform);
  if (node.name === 'g') yield* drawGroup(ctx, node, alpha, opacity, layer);
  else {
    if (node.name === 'text') drawText(ctx, node, alpha * opacity);
    else drawShape(ctx, node, alpha * opacity);
    yield;
  }
  ctx.restore();
}

function* drawGroup(
  ctx: Context,
  node: ArtNode,
  alpha: number,
  opacity: number,
  layer: LayerMaker,
): Generator<void, void, void> {
  if (opacity >= 1) {
    for (const child of node.children) yield* drawNode(ctx, child, alpha, layer);
    return;
  }
  const { width, height } = ctx.canvas;
  const inner = layer(width, height);
  if (!inner) {
    // No layer to be had: each shape at the group's opacity, which differs only where the shapes overlap.
    for (const child of node.children) yield* drawNode(ctx, child, alpha * opacity, layer);
    return;
  }
  inner.setTransform(ctx.getTransform());
  inner.miterLimit = ctx.miterLimit;
  for (const child of node.children) yield* drawNode(inner, child, 1, layer);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = alpha * opacity;
  ctx.drawImage(inner.canvas, 0, 0);
}

function outline(node: ArtNode): Path2D | null {
  const a = node.attrs;
  const path = new Path2D();
  switch (node.name) {
    case 'path':
      return a.d ? new Path2D(a.d) : null;
    case 'rect': {
      const w = number(a.width, 0);
      const h = number(a.height, 0);
      if (w <= 0 || h <= 0) return null;
      // As SVG: a missing rx or ry takes the other's value, and each is at most half the side it rounds.
      const rx = Math.min(w / 2, Math.max(0, number(a.rx, number(a.ry, 0))));
      const ry = Math.min(h / 2, Math.max(0, number(a.ry, number(a.rx, 0))));
      if (rx > 0 && ry > 0) path.roundRect(number(a.x, 0), number(a.y, 0), w, h, [{ x: rx, y: ry }]);
      else path.rect(number(a.x, 0), number(a.y, 0), w, h);
      return path;
    }
    case 'ellipse': {
      const rx = number(a.rx, 0);
      const ry = number(a.ry, 0);
      if (rx <= 0 || ry <= 0) return null;
      path.ellipse(number(a.cx, 0), number(a.cy, 0), rx, ry, 0, 0, Math.PI * 2);
      return path;
    }
    case 'circle': {
      const r = number(a.r, 0);
      if (r <= 0) return null;
      path.arc(number(a.cx, 0), number(a.cy, 0), r, 0, Math.PI * 2);
      return path;
    }
    default:
      return null;
  }
}

function drawShape(ctx: Context, node: ArtNode, alpha: number): void {
  const shape = outline(node);
  if (!shape) return;
  const a = node.attrs;
  const fill = a.fill ?? '#000000';
  if (fill !== 'none') {
    ctx.fillStyle = fill;
    ctx.globalAlpha = alpha * number(a['fill-opacity'], 1);
    ctx.fill(shape, a['fill-rule'] === 'evenodd' ? 'evenodd' : 'nonzero');
  }
  const stroke = a.stroke ?? 'none';
  const width = number(a['stroke-width'], 1);
  if (stroke === 'none' || width <= 0) return;
  ctx.strokeStyle = stroke;
  ctx.globalAlpha = alpha * number(a['stroke-opacity'], 1);
  ctx.lineWidth = width;
  ctx.lineCap =
    a['stroke-linecap'] === 'round' || a['stroke-linecap'] === 'square' ? a['stroke-linecap'] : 'butt';
  ctx.lineJoin =
    a['stroke-linejoin'] === 'round' || a['stroke-linejoin'] === 'bevel' ? a['stroke-linejoin'] : 'miter';
  const dashes = (a['stroke-dasharray'] ?? '')
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .map(Number);
  ctx.setLineDash(dashes.every((d) => Number.isFinite(d) && d >= 0) ? dashes : []);
  ctx.stroke(shape);
}

const anchors: Readonly<Record<string, CanvasTextAlign>> = { start: 'left', middle: 'center', end: 'right' };

function drawText(ctx: Context, node: ArtNode, alpha: number): void {
  const a = node.attrs;
  const fill = a.fill ?? '#000000';
  if (fill === 'none' || node.text === '') return;
  ctx.fillStyle = fill;
  ctx.globalAlpha = alpha;
  const weight = a['font-weight'] ?? 'normal';
  ctx.font = `${weight} ${number(a['font-size'], 16)}px ${a['font-family'] ?? 'sans-serif'}`;
  ctx.textAlign = anchors[a['text-anchor'] ?? 'start'] ?? 'left';
  ctx.textBaseline = 'alphabetic';
  // As SVG's default white space: runs of spaces and line breaks are one space, none at either end.
  ctx.fillText(node.text.replace(/\s+/g, ' ').trim(), number(a.x, 0), number(a.y, 0));
}
