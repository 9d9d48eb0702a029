// A tiny SVG builder, the twin of h(): text goes in as text nodes only, never as markup.

const NS = 'http://www.w3.org/2000/svg';

export type SvgNode = SVGElement | string | null | undefined | false | SvgNode[];

export function s(
  tag: string,
  attrs: Record<string, string | number | null | undefined | false> = {},
  ...children: SvgNode[]
): SVGElement {
  const el = document.createElementNS(NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, String(v));
  }
  const add = (c: SvgNode): void => {
    if (Array.isArray(c)) c.forEach(add);
    else if (c !== null && c !== undefined && c !== false)
      el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  };
  children.forEach(add);
  return el;
}
