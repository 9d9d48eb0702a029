// Folds an exploration into the figures the scenario bar asks for, and the errors that break the contract.
// Per choice point the best and worst totals to an ending are path-independent (the future depends only on ink's
// state), so one pass over the graph gives every outcome's reachable range.

import { OUTCOMES } from '../../src/scoring/outcomes.ts';
import { choiceContractProblems } from '../../src/story/tags.ts';
import type { StoryMeta } from '../../src/story/tags.ts';
import { allEdges, type Edge, type Exploration } from './explore.ts';
import { roleplayPack } from './cards.ts';
import { partnerFigures, type PartnerFigures } from './partners.ts';
import type { RoleplayPack } from '../../src/story/scenario.ts';
import type { Where } from './source-index.ts';
import {
  OPTION_SET_BAR,
  optionSetFigures,
  partialCreditFindings,
  seniorPattern,
  supportFindings,
  type DecisionPoint,
  type OptionSetFigures,
} from './option-sets.ts';

export interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

export interface OutcomeFigures {
  min: number;
  max: number;
  scoredChoices: number;
  /** The fewest decisions scoring this outcome on any complete path. */
  minDecisions: number;
}

export interface StoryReport {
  file: string;
  title: string | null;
  complete: boolean;
  states: number;
  statesPerSecond: number;
  endings: string[];
  decisionPoints: number;
  threeOptionShare: number;
  minDecisions: number;
  maxDecisions: number;
  outcomes: Record<string, OutcomeFigures>;
  criticals: number;
  /** How the option sets look: ok options, best-is-longest, best-is-"tell the senior" (see option-sets.ts). */
  optionSets: OptionSetFigures;
  notes: number;
  /** Role-play in pairs: decision points with a partner direction before them (see partners.ts). */
  partners: PartnerFigures;
  /** Every decision point as a role-play card, in story order (see cards.ts). */
  roleplay: RoleplayPack;
  speakers: string[];
  moods: Record<string, string[]>;
  documents: string[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** The scenario bar's findings when it is advice (a trainer's own story): shown, never failing. */
  advice: Diagnostic[];
  /** Every scenario bar finding, whatever the mode (empty when the bar is off or the story is not one of ours). */
  barProblems: Diagnostic[];
}

interface Totals {
  minDec: number;
  maxDec: number;
  min: Record<string, number>;
  max: Record<string, number>;
  minScoring: Record<string, number>;
}

const IDS = OUTCOMES.map((o) => o.id);
const zero = (): Totals => ({
  minDec: 0,
  maxDec: 0,
  min: Object.fromEntries(IDS.map((i) => [i, 0])),
  max: Object.fromEntries(IDS.map((i) => [i, 0])),
  minScoring: Object.fromEntries(IDS.map((i) => [i, 0])),
});

export type BarMode = 'full' | 'advice' | 'off';

export interface AnalyseOptions {
  /** Our own stories (they declare `outcomes:`): contract problems are errors. Others get warnings. */
  strict: boolean;
  /**
   * The scenario bar (minimum decisions, endings, criticals, notes, partial credit, role cards): 'full' for the
   * stories we ship (errors), 'advice' for anyone else's (listed in `advice`, never failing), 'off' to skip it.
   * `true` and `false` are 'full' and 'off'.
   */
  bar: BarMode | boolean;
  /** What counts as naming a senior in an option (senior words and the senior cast's names). */
  senior?: RegExp;
}

export function analyse(file: string, meta: StoryMeta, x: Exploration, options: AnalyseOptions): StoryReport {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const advice: Diagnostic[] = [];
  const barProblems: Diagnostic[] = [];
  const mode: BarMode = options.bar === true ? 'full' : options.bar === false ? 'off' : options.bar;
  // A scenario bar finding: an error under the full bar, advice under the advice bar.
  const barOn = options.strict && mode !== 'off';
  const barFinding = (d: Diagnostic) => {
    barProblems.push(d);
    (mode === 'full' ? errors : advice).push(d);
  };
  const at = (w: Where, message: string): Diagnostic => ({ file: w.file, line: w.line, message });
  const contract = (d: Diagnostic) => (options.strict ? errors : warnings).push(d);

  for (const p of x.problems) contract(at(p.where, p.message));
  for (const u of x.unreached) contract(at(u.where, `knot or stitch "${u.path}" is never reached`));

  // Walk every edge once for what the lines and options say.
  const edges = allEdges(x);
  const endings = new Set<string>();
  const notes = new Set<string>();
  const moods = new Map<string, Set<string>>();
  const speakers = new Set<string>();
  const seenTerminal = new Set<string>();
  for (const e of edges) {
    for (const l of e.lines) {
      const d = l.beat.directives;
      d.notes.forEach((n) => notes.add(n));
      if (d.speaker) speakers.add(d.speaker);
      for (const m of d.moods) {
        if (!moods.has(m.who)) moods.set(m.who, new Set());
        moods.get(m.who)!.add(m.mood);
      }
    }
    const t = e.terminal;
    if (!t) continue;
    const key = `${t.where.file}:${t.where.line}:${t.error ?? t.ending ?? ''}`;
    if (seenTerminal.has(key)) continue;
    seenTerminal.add(key);
    if (t.error) errors.push(at(t.where, t.error));
    else if (t.ending) endings.add(t.ending);
    else contract(at(t.where, 'this path ends without an "ending:" tag on its last line'));
  }

  // Options, counted once each however many states they appear in.
  const options_ = new Map<
    string,
    { where: Where; critical: boolean; scores: string[]; record: string | null }
  >();
  const decisionPoints = new Map<string, DecisionPoint>();
  const isDecision = (n: (typeof x.nodes)[number]) => n.options.some((o) => o.meta.rating !== 'none');
  for (const n of x.nodes) {
    if (isDecision(n))
      decisionPoints.set(
        n.options.map((o) => o.id).join('|'),
        n.options.filter((o) => o.meta.rating !== 'none'),
      );
    for (const o of n.options) {
      if (options_.has(o.id)) continue;
      options_.set(o.id, {
        where: o.where,
        critical: o.meta.critical,
        scores: o.meta.scores.map((s) => s.outcome),
        record: o.meta.record,
      });
      for (const message of choiceContractProblems(o.meta)) contract(at(o.where, message));
    }
  }

  const totals = fold(x);
  const rootTotals = edgeTotals(x.root, totals, null);
  const outcomes: Record<string, OutcomeFigures> = {};
  for (const id of IDS) {
    const scoredChoices = [...options_.values()].filter((o) => o.scores.includes(id)).length;
    outcomes[id] = {
      min: rootTotals.min[id] ?? 0,
      max: rootTotals.max[id] ?? 0,
      scoredChoices,
      minDecisions: rootTotals.minScoring[id] ?? 0,
    };
  }
  const mainWhere = { file, line: 1 };
  for (const id of meta.outcomes) {
    if ((outcomes[id]?.scoredChoices ?? 0) === 0)
      errors.push(at(mainWhere, `outcome ${id} is listed in "outcomes:" but no choice scores it`));
  }
  const criticals = [...options_.values()].filter((o) => o.critical).length;
  const points = [...decisionPoints.values()];
  const sizes = points.map((p) => p.length);
  const optionSets = optionSetFigures(points, options.senior ?? seniorPattern([]));
  // Partial credit is part of the bar: an error for the stories we ship, advice for anyone else's.
  const seen = new Set<string>();
  for (const f of points.flatMap((p) => [...partialCreditFindings(p), ...supportFindings(p)])) {
    const key = `${f.where.file}:${f.where.line}:${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const barRule = f.message.startsWith('partial credit') && barOn;
    if (barRule) barFinding(at(f.where, f.message));
    else warnings.push(at(f.where, f.message));
  }
  const threeOptionShare = sizes.length ? sizes.filter((s) => s >= 3).length / sizes.length : 0;

  if (barOn && x.complete) {
    const bar = (ok: boolean, message: string) => ok || barFinding(at(mainWhere, `scenario bar: ${message}`));
    bar(
      rootTotals.minDec >= 8,
      `the shortest path has ${rootTotals.minDec} decisions; every path needs at least 8`,
    );
    bar(endings.size >= 3, `${endings.size} named endings; at least 3 are needed`);
    bar(criticals >= 2, `${criticals} critical options; at least 2 are needed`);
    bar(notes.size >= 3, `${notes.size} trainer notes; at least 3 are needed`);
    for (const id of meta.outcomes) {
      const n = outcomes[id]?.minDecisions ?? 0;
      bar(
        n >= 2,
        `outcome ${id} is scored by only ${n} decision(s) on some path; every path needs at least 2`,
      );
    }
    const pct = (n: number) => `${Math.round(n * 100)}%`;
    bar(
      optionSets.okShare >= OPTION_SET_BAR.minOkShare,
      `${pct(optionSets.okShare)} of decision points offer an "ok" option; at least a third must`,
    );
    bar(
      optionSets.bestLongestShare <= OPTION_SET_BAR.maxBestLongestShare,
      `the best option is the longest in ${pct(optionSets.bestLongestShare)} of decision points; at most 40% may be`,
    );
    bar(
      optionSets.bestOwnMove >= OPTION_SET_BAR.minBestOwnMove,
      `only ${optionSets.bestOwnMove} decision point(s) have a best option that is the learner's own move (naming no senior); at least 2 are needed`,
    );
    if (
      optionSets.seniorOptions > 0 &&
      optionSets.seniorOptionsBest / optionSets.seniorOptions > OPTION_SET_BAR.maxSeniorBestShare
    ) {
      bar(
        false,
        `${optionSets.seniorOptionsBest} of the ${optionSets.seniorOptions} options that name a senior are the best: "tell the senior" gives the answer away`,
      );
    }
    if (threeOptionShare < 0.5)
      warnings.push(
        at(
          mainWhere,
          `only ${Math.round(threeOptionShare * 100)}% of decision points offer 3 or more options`,
        ),
      );
  }
  const partners = partnerFigures(x);
  // Every shipped scenario can be role-played in pairs: a missing role card is an error for stories/, advice elsewhere.
  for (const where of partners.missing) {
    const d = at(
      where,
      'no partner direction before this decision (partner:, partner-feels: … on a line before it)',
    );
    if (barOn) barFinding(d);
    else warnings.push(d);
  }
  if (!x.complete)
    warnings.push(
      at(
        mainWhere,
        `exploration stopped at the state bound after ${x.nodes.length} states: figures cover only what was explored`,
      ),
    );

  return {
    file,
    title: meta.title,
    complete: x.complete,
    states: x.nodes.length,
    statesPerSecond: Math.round(x.nodes.length / Math.max(x.seconds, 1e-6)),
    endings: [...endings].sort(),
    decisionPoints: decisionPoints.size,
    threeOptionShare: Math.round(threeOptionShare * 100) / 100,
    minDecisions: rootTotals.minDec,
    maxDecisions: rootTotals.maxDec,
    outcomes,
    criticals,
    optionSets,
    notes: notes.size,
    partners,
    roleplay: roleplayPack(x),
    speakers: [...speakers].sort(),
    moods: Object.fromEntries([...moods].map(([who, set]) => [who, [...set].sort()])),
    documents: [...new Set([...options_.values()].flatMap((o) => (o.record ? [o.record] : [])))],
    errors: sortDiagnostics(errors),
    warnings: sortDiagnostics(warnings),
    advice: sortDiagnostics(advice),
    barProblems: sortDiagnostics(barProblems),
  };
}

/** Post-order over the choice graph without recursion (long third-party stories are deep). */
function fold(x: Exploration): (Totals | null)[] {
  const out: (Totals | null)[] = x.nodes.map(() => null);
  const state = new Uint8Array(x.nodes.length); // 0 new, 1 open, 2 done
  const start = x.root.to;
  if (start === null) return out;
  const stack = [start];
  while (stack.length > 0) {
    const n = stack[stack.length - 1]!;
    if (state[n] === 0) {
      state[n] = 1;
      for (const e of x.nodes[n]!.edges)
        if (e?.to !== null && e?.to !== undefined && state[e.to] === 0) stack.push(e.to);
      continue;
    }
    stack.pop();
    if (state[n] === 2) continue;
    const node = x.nodes[n]!;
    const decision = node.options.some((o) => o.meta.rating !== 'none') ? 1 : 0;
    let acc: Totals | null = null;
    node.edges.forEach((e, i) => {
      const t = edgeTotals(e, out, node.options[i]?.meta.scores ?? []);
      if (!acc) acc = t;
      else {
        acc.minDec = Math.min(acc.minDec, t.minDec);
        acc.maxDec = Math.max(acc.maxDec, t.maxDec);
        for (const id of IDS) {
          acc.min[id] = Math.min(acc.min[id]!, t.min[id]!);
          acc.max[id] = Math.max(acc.max[id]!, t.max[id]!);
          acc.minScoring[id] = Math.min(acc.minScoring[id]!, t.minScoring[id]!);
        }
      }
    });
    const result: Totals = acc ?? zero();
    result.minDec += decision;
    result.maxDec += decision;
    out[n] = result;
    state[n] = 2;
  }
  return out;
}

function edgeTotals(
  e: Edge | null,
  totals: (Totals | null)[],
  scores: { outcome: string; value: number }[] | null,
): Totals {
  const below = e?.to !== null && e?.to !== undefined ? totals[e.to] : null;
  const t = below ? structuredClone(below) : zero();
  for (const s of scores ?? []) {
    t.min[s.outcome] = (t.min[s.outcome] ?? 0) + s.value;
    t.max[s.outcome] = (t.max[s.outcome] ?? 0) + s.value;
  }
  for (const id of new Set((scores ?? []).map((s) => s.outcome)))
    t.minScoring[id] = (t.minScoring[id] ?? 0) + 1;
  return t;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message),
  );
}
