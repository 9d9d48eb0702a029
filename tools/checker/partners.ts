// Role-play in pairs: every decision point needs a partner direction (a role card for the trainee who plays the
// other person) on a line before it, on every route into it. Reported as a figure and, for each decision point
// without one, a warning at its first option.
import type { Where } from './source-index.ts';
import { allEdges, type Edge, type Exploration } from './explore.ts';

export interface PartnerFigures {
  /** Decision points (choice points with a rated option). */
  decisionPoints: number;
  /** Those with a partner direction on every route into them. */
  withDirection: number;
  /** The first option of each decision point without one. */
  missing: Where[];
}

export function partnerFigures(x: Exploration): PartnerFigures {
  const incoming = new Map<number, Edge[]>();
  const edges = allEdges(x);
  for (const e of edges) if (e.to !== null) incoming.set(e.to, [...(incoming.get(e.to) ?? []), e]);
  // One decision point can be several explored states (the same options after different routes).
  const points = new Map<string, { where: Where; directed: boolean }>();
  x.nodes.forEach((n, i) => {
    if (!n.options.some((o) => o.meta.rating !== 'none')) return;
    const key = n.options.map((o) => o.id).join('|');
    const directed = (incoming.get(i) ?? []).every((e) => e.lines.some((l) => l.beat.directives.partner));
    const known = points.get(key);
    points.set(key, { where: n.options[0]!.where, directed: (known?.directed ?? true) && directed });
  });
  const all = [...points.values()];
  return {
    decisionPoints: all.length,
    withDirection: all.filter((p) => p.directed).length,
    missing: all.filter((p) => !p.directed).map((p) => p.where),
  };
}
