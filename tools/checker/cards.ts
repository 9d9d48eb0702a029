// Role-play cards: every decision point of a story in the order the story reaches them, with the line just before it,
// its partner direction and its options (rating, feedback). The game prints them as a pack for pairs without devices.
import type { RoleplayPack } from '../../src/story/scenario.ts';
import { allEdges, type Edge, type Exploration } from './explore.ts';

export function roleplayPack(x: Exploration): RoleplayPack {
  const into = new Map<number, Edge>();
  const edges = allEdges(x);
  for (const e of edges) if (e.to !== null && e.lines.length > 0 && !into.has(e.to)) into.set(e.to, e);
  const seen = new Set<string>();
  const cards: RoleplayPack['cards'] = [];
  const notes = new Set<string>();
  for (const e of edges) for (const l of e.lines) l.beat.directives.notes.forEach((n) => notes.add(n));
  for (const [i, n] of order(x).map((i) => [i, x.nodes[i]!] as const)) {
    if (!n.options.some((o) => o.meta.rating !== 'none')) continue;
    const key = n.options.map((o) => o.id).join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const lines = into.get(i)?.lines ?? [];
    const last = lines[lines.length - 1];
    const partner = [...lines].reverse().find((l) => l.beat.directives.partner)?.beat.directives.partner;
    cards.push({
      situation: { speaker: last?.beat.speaker ?? null, text: last?.text ?? '' },
      partner: partner ?? null,
      options: n.options
        .filter((o) => o.meta.rating !== 'none')
        .map((o) => ({
          text: o.text,
          rating: o.meta.rating,
          critical: o.meta.critical,
          feedback: o.meta.feedback,
        })),
    });
  }
  return { cards, notes: [...notes] };
}

/** Nodes breadth first from the start, so cards come in the order a learner meets them. */
function order(x: Exploration): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const queue = x.root.to === null ? [] : [x.root.to];
  while (queue.length > 0) {
    const i = queue.shift()!;
    if (seen.has(i)) continue;
    seen.add(i);
    out.push(i);
    for (const e of x.nodes[i]!.edges) if (e?.to !== null && e?.to !== undefined) queue.push(e.to);
  }
  return out;
}
