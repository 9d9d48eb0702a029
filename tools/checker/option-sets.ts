// The scenario bar's rules about option sets: partial credit that is real (best > ok > poor on every outcome a
// decision scores), and the figures that show whether the options give the answer away (how many decisions hold a
// defensible "ok", how often the best is simply the longest, how often the best is "tell the senior").
// Pure: it reads the options the exploration found; the analysis turns its findings into diagnostics.

import type { ChoiceMeta } from '../../src/story/tags.ts';
import type { Where } from './source-index.ts';

export interface PointOption {
  text: string;
  where: Where;
  meta: ChoiceMeta;
}

/** One decision point: the options the learner sees together (navigation choices left out). */
export type DecisionPoint = readonly PointOption[];

export interface OptionSetFigures {
  /** Decision points with at least one `ok` option, and their share of all decision points. */
  withOk: number;
  okShare: number;
  /** Decision points where a best option is longer than every other option. */
  bestLongest: number;
  bestLongestShare: number;
  /** Decision points whose best option names a senior, a manager or the office ("tell the senior"). */
  bestNamesSenior: number;
  /** Decision points whose best option names no senior: the learner's own move. */
  bestOwnMove: number;
  /** Options that name a senior, and how many of those are the best option. */
  seniorOptions: number;
  seniorOptionsBest: number;
}

export interface OptionSetFinding {
  where: Where;
  message: string;
}

const RANK = { best: 2, ok: 1, poor: 0 } as const;
type Ranked = keyof typeof RANK;
const isRanked = (r: ChoiceMeta['rating']): r is Ranked => r === 'best' || r === 'ok' || r === 'poor';

/** Words that send the learner to someone senior. Cast members whose role is senior are added by name. */
const SENIOR_WORDS = [
  'senior',
  'manager',
  'deputy',
  'team leader',
  'nurse in charge',
  'supervisor',
  'supervision',
  'the office',
  'your office',
];
const SENIOR_ROLE = /\b(senior|manager|deputy|team leader|nurse in charge|supervisor)\b/i;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mx']);

export interface CastLike {
  name: string;
  short?: string;
  role: string;
}

/** The names a story's options use for senior people: each senior cast member's short name and first name. */
export function seniorNames(cast: Readonly<Record<string, CastLike>>): string[] {
  const names = new Set<string>();
  for (const person of Object.values(cast)) {
    if (!SENIOR_ROLE.test(person.role)) continue;
    if (person.short) names.add(person.short);
    const first = person.name.split(/\s+/).find((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
    if (first) names.add(first);
  }
  return [...names];
}

export function seniorPattern(names: readonly string[]): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(${[...SENIOR_WORDS, ...names].map(escape).join('|')})\\b`, 'i');
}

/** Where a learner gets support or advice: the only kind of option that should score 1.4d. */
const SUPPORT =
  /\b(senior|manager|deputy|team leader|nurse|supervis\w*|office|advocate|imca|social worker|gp|doctor|therapist|slt|pharmacist|specialist|safeguarding|whistleblow\w*|cqc|advice|advise|help|support|escalat\w*|report|raise|ring|call|phone|ask)\b/i;

/** Partial credit, checked option against option: a problem per outcome and pair that breaks best > ok > poor. */
export function partialCreditFindings(point: DecisionPoint): OptionSetFinding[] {
  const ranked = point.filter((o): o is PointOption & { meta: ChoiceMeta & { rating: Ranked } } =>
    isRanked(o.meta.rating),
  );
  const outcomes = [...new Set(ranked.flatMap((o) => o.meta.scores.map((s) => s.outcome)))].sort();
  const value = (o: PointOption, id: string) =>
    o.meta.scores.filter((s) => s.outcome === id).reduce((a, s) => a + s.value, 0);
  const out: OptionSetFinding[] = [];
  for (const id of outcomes) {
    for (const o of ranked) {
      if (o.meta.rating === 'ok' && value(o, id) < 0)
        out.push({
          where: o.where,
          message: `partial credit: an ok option scores ${id} below zero (${value(o, id)})`,
        });
    }
    for (const hi of ranked) {
      for (const lo of ranked) {
        if (RANK[hi.meta.rating] <= RANK[lo.meta.rating]) continue;
        if (value(hi, id) > value(lo, id)) continue;
        out.push({
          where: lo.where,
          message: `partial credit: on ${id} this ${lo.meta.rating} option (${value(lo, id)}) scores at least as much as the ${hi.meta.rating} option "${clip(hi.text)}" (${value(hi, id)}); ${hi.meta.rating} must score more`,
        });
      }
    }
  }
  return out;
}

/** 1.4d is evidence of getting support or advice: an option that names nobody to get it from is worth a look. */
export function supportFindings(point: DecisionPoint): OptionSetFinding[] {
  return point
    .filter((o) => o.meta.scores.some((s) => s.outcome === '1.4d' && s.value > 0) && !SUPPORT.test(o.text))
    .map((o) => ({
      where: o.where,
      message:
        '1.4d is for getting support or advice, and this option names nobody to get it from (a private word or a record is 1.4c)',
    }));
}

export function optionSetFigures(points: readonly DecisionPoint[], senior: RegExp): OptionSetFigures {
  let withOk = 0;
  let bestLongest = 0;
  let bestNamesSenior = 0;
  let bestOwnMove = 0;
  let seniorOptions = 0;
  let seniorOptionsBest = 0;
  for (const point of points) {
    const ranked = point.filter((o) => isRanked(o.meta.rating));
    const best = ranked.filter((o) => o.meta.rating === 'best');
    const others = ranked.filter((o) => o.meta.rating !== 'best');
    if (ranked.some((o) => o.meta.rating === 'ok')) withOk += 1;
    const longestOther = Math.max(0, ...others.map((o) => o.text.length));
    if (others.length > 0 && best.some((o) => o.text.length > longestOther)) bestLongest += 1;
    if (best.length > 0) {
      if (best.some((o) => senior.test(o.text))) bestNamesSenior += 1;
      else bestOwnMove += 1;
    }
    for (const o of ranked) {
      if (!senior.test(o.text)) continue;
      seniorOptions += 1;
      if (o.meta.rating === 'best') seniorOptionsBest += 1;
    }
  }
  const share = (n: number) => (points.length ? Math.round((n / points.length) * 100) / 100 : 0);
  return {
    withOk,
    okShare: share(withOk),
    bestLongest,
    bestLongestShare: share(bestLongest),
    bestNamesSenior,
    bestOwnMove,
    seniorOptions,
    seniorOptionsBest,
  };
}

/** The bar's limits on those figures (docs/scenario-bar.md). */
export const OPTION_SET_BAR = {
  minOkShare: 1 / 3,
  maxBestLongestShare: 0.4,
  minBestOwnMove: 2,
  /** Above this share of senior-naming options being best, "tell the senior" gives the answer away. */
  maxSeniorBestShare: 0.6,
} as const;

function clip(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}
