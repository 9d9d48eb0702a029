// How a rating reads to a learner: words, never a score.
import type { ChoiceMeta } from '../../story/tags';
import { outcome } from '../../scoring/outcomes';

export function ratingWords(meta: ChoiceMeta): string {
  if (meta.critical) return 'Unsafe: this could cause harm';
  if (meta.rating === 'best') return 'A strong choice';
  if (meta.rating === 'ok') return 'Safe, but it could be better';
  if (meta.rating === 'poor') return 'Not the best choice';
  return '';
}

export function ratingClass(meta: ChoiceMeta): string {
  return meta.critical ? 'critical' : (meta.rating ?? 'none');
}

/** "Teamwork (1.4a), Getting support and advice (1.4d)" — the outcomes a choice speaks to, in words. */
export function outcomesOf(meta: ChoiceMeta): string {
  const ids = [...new Set(meta.scores.map((s) => s.outcome))];
  return ids.map((id) => `${outcome(id)?.title ?? id} (${id})`).join('; ');
}
