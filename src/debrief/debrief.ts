// The debrief of one play, built from the session: evidence per outcome, every decision with a better option where
// there was one, the route beside the best route, each character's trust over the conversation, and (after "try
// this decision again") what changed. Pure: the screens and the record are drawn from this one structure.

import { foldEvidence, type ChosenOption, type ScoreRange } from '../scoring/evidence';
import type { Band } from '../scoring/bands';
import { OUTCOMES, outcome, type OutcomeKind } from '../scoring/outcomes';
import type { Decision, OfferedOption, Session } from '../state/session';
import type { OutcomeSnapshot, ReplayMark } from './replay';
import type { Feeling } from './felt';
import {
  bandWords,
  endingWords,
  oneLine,
  RATING_WORDS,
  ratingLevel,
  ratingRank,
  signed,
  type RatingLevel,
} from './words';

export interface DebriefScenario {
  title: string | null;
  ranges: Readonly<Record<string, ScoreRange>>;
  /** Every named ending the scenario has (from the checker). */
  endings: readonly string[];
  /** The cast in the scenario's own order, so trust lines come in the order people appear. */
  cast?: readonly string[];
}

export type CastNames = Readonly<Record<string, { name: string; short?: string }>>;

export interface DebriefInput {
  session: Pick<Session, 'scenarioId' | 'decisions' | 'screen' | 'startedAt' | 'previousEvidence'>;
  scenario: DebriefScenario;
  cast: CastNames;
  /** Endings this learner has reached on any play of this scenario (from progress). */
  endingsSeen?: readonly string[];
}

export interface OutcomeRow {
  id: string;
  title: string;
  meaning: string;
  kind: OutcomeKind;
  /** 1.4c and 1.4d: the game can only rehearse them for workplace observation. */
  rehearsal: boolean;
  sum: number;
  percent: number;
  band: Band;
  bandWords: string;
  /** Decisions that scored this outcome, and how they were rated. */
  decisions: number;
  best: number;
  ok: number;
  poor: number;
  critical: string[];
  /** The same outcome on the route finished before the last "try this decision again". */
  before: OutcomeSnapshot | null;
}

export interface ChoiceSummary {
  text: string;
  level: RatingLevel;
  words: string;
  feedback: string | null;
  /** Outcome ids this option speaks to. */
  outcomes: string[];
}

export interface DecisionRow {
  /** 0-based, as the controller's retry() takes it. */
  index: number;
  situation: string;
  chosen: ChoiceSummary;
  /** The best option on offer, when the one chosen was not among the best; with why it is better. */
  better: ChoiceSummary | null;
  critical: boolean;
  /** For a critical choice: what could go wrong, in the story's own feedback. */
  risk: string | null;
  /** Set when this decision was tried again: what was chosen the time before. */
  replayed: ReplayMark | null;
  /** The story can be wound back to this decision (its ink state was saved). */
  canReplay: boolean;
  /** "Your words first": what the learner typed before the options appeared (never scored). */
  said: string | null;
  /** Pairs: how the partner said it felt, in role; null if not asked or skipped. */
  felt: Exclude<Feeling, 'skipped'> | null;
}

export interface RouteStep {
  number: number;
  level: RatingLevel;
  /** The learner chose one of the best-rated options here. */
  onBestRoute: boolean;
  chosenText: string;
  bestText: string;
}

export interface EndingMark {
  id: string;
  words: string;
  status: 'now' | 'before' | 'not-yet';
}

export interface TrustSeries {
  who: string;
  name: string;
  /** Trust before the first decision (0), then after each decision. */
  points: number[];
  ups: number[];
  downs: number[];
  words: string;
}

export interface Comparison {
  /** The decision tried again (1-based, as the learner reads it). */
  decisionNumber: number;
  endingBefore: string | null;
  endingNow: string | null;
  rows: {
    id: string;
    title: string;
    kind: OutcomeKind;
    before: OutcomeSnapshot;
    after: OutcomeSnapshot;
    change: 'up' | 'down' | 'same';
  }[];
}

export interface Debrief {
  scenarioId: string;
  title: string;
  startedAt: string;
  finished: boolean;
  ending: string | null;
  endingWords: string;
  outcomes: OutcomeRow[];
  decisions: DecisionRow[];
  route: { steps: RouteStep[]; onBest: number; endings: EndingMark[] };
  trust: TrustSeries[];
  comparison: Comparison | null;
  counts: Record<'best' | 'ok' | 'poor' | 'critical', number>;
}

export function chosenOptions(decisions: readonly Decision[]): ChosenOption[] {
  return decisions.flatMap((d) => {
    const o = d.options[d.chosen];
    return o ? [o] : [];
  });
}

export function buildDebrief(input: DebriefInput): Debrief {
  const { session, scenario, cast } = input;
  const finished = session.screen.kind === 'ending';
  const ending = session.screen.kind === 'ending' ? session.screen.ending : null;
  const evidence = foldEvidence(chosenOptions(session.decisions), scenario.ranges);
  const previous = session.previousEvidence ?? null;

  const outcomes: OutcomeRow[] = OUTCOMES.map((o) => {
    const e = evidence[o.id]!;
    return {
      id: o.id,
      title: o.title,
      meaning: o.meaning,
      kind: o.kind,
      rehearsal: o.kind === 'demonstrate',
      sum: e.sum,
      percent: e.percent,
      band: e.band,
      bandWords: bandWords(e.band, o.kind),
      decisions: e.decisions,
      best: e.best,
      ok: e.ok,
      poor: e.poor,
      critical: [...e.critical],
      before: previous?.outcomes[o.id] ?? null,
    };
  });

  const replays = new Map((previous?.replays ?? []).map((r) => [r.decision, r]));
  const decisions: DecisionRow[] = [];
  const steps: RouteStep[] = [];
  const counts = { best: 0, ok: 0, poor: 0, critical: 0 };
  session.decisions.forEach((d, index) => {
    const picked = d.options[d.chosen];
    if (!picked) return;
    const chosen = summarise(picked);
    const top = bestOf(d.options);
    const better =
      top && ratingRank(ratingLevel(top.meta)) > ratingRank(chosen.level) ? summarise(top) : null;
    if (chosen.level === 'critical') counts.critical += 1;
    else if (chosen.level === 'best' || chosen.level === 'ok' || chosen.level === 'poor')
      counts[chosen.level] += 1;
    decisions.push({
      index,
      situation: oneLine(d.situation) || 'The conversation had just begun.',
      chosen,
      better,
      critical: picked.meta.critical,
      risk: picked.meta.critical ? (picked.meta.feedback ?? 'This choice could cause harm.') : null,
      replayed: replays.get(index) ?? null,
      canReplay: d.inkState !== '',
      said: d.said ?? null,
      felt: d.felt && d.felt !== 'skipped' ? d.felt : null,
    });
    steps.push({
      number: index + 1,
      level: chosen.level,
      onBestRoute: better === null,
      chosenText: picked.text,
      bestText: (top ?? picked).text,
    });
  });

  const seen = new Set(input.endingsSeen ?? []);
  const endingIds = [...scenario.endings];
  if (ending && !endingIds.includes(ending)) endingIds.push(ending);
  const endings: EndingMark[] = endingIds.map((id) => ({
    id,
    words: endingWords(id),
    status: id === ending && finished ? 'now' : seen.has(id) ? 'before' : 'not-yet',
  }));

  return {
    scenarioId: session.scenarioId,
    title: scenario.title ?? endingWords(session.scenarioId),
    startedAt: session.startedAt,
    finished,
    ending,
    endingWords: endingWords(ending),
    outcomes,
    decisions,
    route: { steps, onBest: steps.filter((s) => s.onBestRoute).length, endings },
    trust: trustSeries(session.decisions, cast, scenario.cast ?? []),
    comparison: previous && finished ? compare(previous.decision, previous.ending, ending, outcomes) : null,
    counts,
  };
}

function summarise(o: OfferedOption): ChoiceSummary {
  const level = ratingLevel(o.meta);
  return {
    text: o.text,
    level,
    words: RATING_WORDS[level],
    feedback: o.meta.feedback,
    outcomes: [...new Set(o.meta.scores.map((s) => s.outcome))].filter((id) => outcome(id) !== undefined),
  };
}

/** The highest-rated option on offer (the first, where several share the rating). */
function bestOf(options: readonly OfferedOption[]): OfferedOption | null {
  let top: OfferedOption | null = null;
  for (const o of options)
    if (!top || ratingRank(ratingLevel(o.meta)) > ratingRank(ratingLevel(top.meta))) top = o;
  return top;
}

function compare(
  decision: number,
  endingBefore: string | null,
  endingNow: string | null,
  outcomes: OutcomeRow[],
): Comparison {
  return {
    decisionNumber: decision + 1,
    endingBefore,
    endingNow,
    rows: outcomes.flatMap((o) => {
      if (!o.before) return [];
      const after = { sum: o.sum, percent: o.percent, band: o.band };
      const change =
        after.percent > o.before.percent ? 'up' : after.percent < o.before.percent ? 'down' : 'same';
      return [{ id: o.id, title: o.title, kind: o.kind, before: o.before, after, change }];
    }),
  };
}

function trustSeries(
  decisions: readonly Decision[],
  cast: CastNames,
  order: readonly string[],
): TrustSeries[] {
  const who = new Set<string>();
  for (const d of decisions) for (const o of d.options) for (const t of o.meta.trust) who.add(t.who);
  const ids = [...order.filter((id) => who.has(id)), ...[...who].filter((id) => !order.includes(id)).sort()];
  return ids.map((id) => {
    const name = cast[id]?.short ?? cast[id]?.name ?? id;
    const points = [0];
    const ups: number[] = [];
    const downs: number[] = [];
    decisions.forEach((d, i) => {
      const delta = (d.options[d.chosen]?.meta.trust ?? [])
        .filter((t) => t.who === id)
        .reduce((a, t) => a + t.delta, 0);
      if (delta > 0) ups.push(i + 1);
      if (delta < 0) downs.push(i + 1);
      points.push(points[points.length - 1]! + delta);
    });
    return { who: id, name, points, ups, downs, words: trustWords(name, points, ups, downs) };
  });
}

function list(ns: number[]): string {
  if (ns.length <= 1) return ns.join('');
  return `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

function trustWords(name: string, points: number[], ups: number[], downs: number[]): string {
  const end = points[points.length - 1] ?? 0;
  if (ups.length === 0 && downs.length === 0) return `${name}'s trust in you did not change.`;
  const overall =
    end > 0 ? `grew to ${signed(end)}` : end < 0 ? `fell to ${signed(end)}` : 'ended where it started';
  const parts = [
    ups.length > 0 && `up at decision${ups.length > 1 ? 's' : ''} ${list(ups)}`,
    downs.length > 0 && `down at decision${downs.length > 1 ? 's' : ''} ${list(downs)}`,
  ].filter(Boolean);
  return `${name}'s trust in you ${overall} (${parts.join('; ')}).`;
}
