// How a rating shows on a projector: a symbol and words as well as a colour, so it reads in greyscale, from the
// back of the room, and to someone who cannot tell red from green.
import type { ChoiceMeta } from '../../story/tags';
import { h } from '../dom';
import { ratingClass, ratingWords } from '../screens/ratings';

const SYMBOL: Record<string, string> = { best: '✓', ok: '~', poor: '✗', critical: '⚠', none: '' };

export function ratingBadge(meta: ChoiceMeta, attrs: Record<string, string> = {}): HTMLElement | null {
  const words = ratingWords(meta);
  if (!words) return null;
  const cls = ratingClass(meta);
  return h(
    'span',
    { ...attrs, class: `pm-badge pm-rate-${cls}` },
    h('span', { class: 'pm-symbol', 'aria-hidden': 'true' }, SYMBOL[cls] ?? ''),
    ' ',
    words,
  );
}

export const hands = (n: number) => `${n} ${n === 1 ? 'hand' : 'hands'}`;

/** A bar's filled part. Width set through the CSSOM: the page's content security policy refuses style attributes. */
export function barFill(percent: number): HTMLElement {
  const fill = h('span', { class: 'pm-fill' });
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return fill;
}
