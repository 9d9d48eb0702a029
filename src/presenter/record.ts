// The group session record: what the room decided and how that compares with the strongest options, and the
// evidence per outcome of the route the room took. Date, scenario and votes only: no names are ever asked for,
// so none can be printed.

import type { Band } from '../scoring/bands';
import { bandWords, quote } from '../debrief/words';
import type { Evidence } from '../scoring/evidence';
import { OUTCOMES } from '../scoring/outcomes';
import type { Decision } from '../state/session';
import type { Rating } from '../story/tags';
import type { EarlierAttempt, Vote } from './state';
import { roomChoice, tiedOptions } from './tally';
import { planText, votesOn, type VotePlan } from './vote-plan';

export interface RecordOption {
  /** 1-based, as the room saw it. */
  number: number;
  text: string;
  hands: number;
  rating: Rating | null;
  critical: boolean;
  best: boolean;
  played: boolean;
  roomChoice: boolean;
}

export interface RecordDecision {
  number: number;
  situation: string;
  options: RecordOption[];
  /** Hands counted in all (0 when no vote was taken). */
  hands: number;
  /** The room's choice; null without a vote or on a tie. */
  roomChoice: number | null;
  /** The options the room tied on (0-based); empty when there was no tie. */
  tied: number[];
  played: number;
  /** The option played had the best rating. */
  playedBest: boolean;
  /** The room's choice had the best rating (null without a vote). */
  roomBest: boolean | null;
  /** Earlier tries at this decision (an unsafe option played, then tried again). */
  earlier: { played: number; text: string; hands: number[]; tied: number[] }[];
  /** Left out of the vote by the trainer's plan and played straight through (no hands counted). */
  straight: boolean;
}

export interface RecordOutcome {
  id: string;
  title: string;
  rehearsal: boolean;
  sum: number;
  percent: number;
  band: Band;
  bandLabel: string;
  critical: string[];
}

export interface SessionRecord {
  scenarioId: string;
  title: string;
  startedAt: string;
  ending: string | null;
  decisions: RecordDecision[];
  outcomes: RecordOutcome[];
  /** Decisions where a vote was taken (ties included), and where the room's choice was a best-rated option. */
  voted: number;
  roomPickedBest: number;
  /** Which decisions the trainer put to the vote, in one sentence. */
  plan: string;
}

export interface RecordInput {
  scenarioId: string;
  title: string;
  startedAt: string;
  ending: string | null;
  decisions: readonly Decision[];
  votes: Readonly<Record<number, Vote>>;
  earlier: readonly EarlierAttempt[];
  evidence: Evidence;
  /** The decisions put to the vote (null or absent: every one). */
  votePlan?: VotePlan;
}

export function buildSessionRecord(input: RecordInput): SessionRecord {
  const decisions = input.decisions.map((d, i): RecordDecision => {
    const vote = input.votes[i];
    const counts =
      vote && vote.tally.counts.length === d.options.length ? vote.tally.counts : d.options.map(() => 0);
    const hands = counts.reduce((a, n) => a + n, 0);
    const room = vote && hands > 0 ? roomChoice(vote.tally) : null;
    const isBest = (n: number | null) => n !== null && d.options[n]?.meta.rating === 'best';
    return {
      number: i + 1,
      situation: d.situation,
      options: d.options.map((o, j) => ({
        number: j + 1,
        text: o.text,
        hands: counts[j] ?? 0,
        rating: o.meta.rating,
        critical: o.meta.critical,
        best: o.meta.rating === 'best',
        played: j === d.chosen,
        roomChoice: j === room,
      })),
      hands,
      roomChoice: room,
      tied: vote && hands > 0 ? tiedOptions(vote.tally) : [],
      played: d.chosen,
      playedBest: isBest(d.chosen),
      roomBest: room === null ? null : isBest(room),
      earlier: input.earlier
        .filter((e) => e.decision === i)
        .map((e) => ({
          played: e.played,
          text: d.options[e.played]?.text ?? '',
          hands: e.vote ? [...e.vote.tally.counts] : [],
          tied: e.vote ? tiedOptions(e.vote.tally) : [],
        })),
      straight: hands === 0 && !votesOn(input.votePlan ?? null, i + 1),
    };
  });
  const outcomes = OUTCOMES.flatMap((o): RecordOutcome[] => {
    const e = input.evidence[o.id];
    if (!e || e.decisions === 0) return [];
    return [
      {
        id: o.id,
        title: o.title,
        rehearsal: o.kind === 'demonstrate',
        sum: e.sum,
        percent: e.percent,
        band: e.band,
        // The same words as the learner's debrief: strong evidence for a demonstrate outcome is "ready to discuss".
        bandLabel: bandWords(e.band, o.kind),
        critical: e.critical,
      },
    ];
  });
  const voted = decisions.filter((d) => d.hands > 0);
  return {
    scenarioId: input.scenarioId,
    title: input.title,
    startedAt: input.startedAt,
    ending: input.ending,
    decisions,
    outcomes,
    voted: voted.length,
    // A decision the room had to try again was not a strong choice the first time: it does not count here.
    roomPickedBest: voted.filter((d) => d.roomBest && d.earlier.length === 0).length,
    plan: planText(input.votePlan ?? null, null),
  };
}

/** "Wednesday, 25 November 2026, 14:05": the session's date for the record, in the room's own time zone. */
export function recordDate(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const date = d.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  });
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  return `${date}, ${time}`;
}

const RATING_WORDS: Record<string, string> = {
  best: 'strong',
  ok: 'safe, could be better',
  poor: 'not the best',
  none: '',
};

export function ratingLabel(o: Pick<RecordOption, 'rating' | 'critical'>): string {
  if (o.critical) return 'unsafe';
  return RATING_WORDS[o.rating ?? 'none'] ?? '';
}

const hands = (n: number) => `${n} ${n === 1 ? 'hand' : 'hands'}`;

/** The record as plain text, for saving as a file where printing is not possible. */
export function recordText(r: SessionRecord, endingName: (id: string) => string, timeZone?: string): string {
  const out: string[] = [
    'Care Conversations: group session record',
    `Scenario: ${r.title}`,
    `Date: ${recordDate(r.startedAt, timeZone)}`,
    `How the story ended: ${r.ending ? endingName(r.ending) : 'not reached'}`,
    `Room votes: ${r.voted} of ${r.decisions.length} decisions voted on; the room's choice was a strong option ${r.roomPickedBest} times.`,
    `Planned: ${r.plan}`,
    'Learning and rehearsal, not a Care Certificate assessment. No names are recorded.',
    '',
  ];
  for (const d of r.decisions) {
    out.push(`Decision ${d.number}: ${d.situation}`);
    for (const e of d.earlier) {
      const vote = e.hands.length > 0 ? `first vote ${e.hands.join('-')}` : 'no vote';
      out.push(`  First played: ${e.played + 1}. ${e.text} (unsafe; ${vote}; the room tried again)`);
    }
    if (d.straight) out.push(`  Played straight through (not put to the vote): ${d.played + 1}.`);
    if (d.tied.length > 0)
      out.push(
        `  A tie between ${d.tied.map((n) => n + 1).join(' and ')}: the trainer played ${d.played + 1}.`,
      );
    for (const o of d.options) {
      const marks = [o.roomChoice ? "room's choice" : '', o.played ? 'played' : '', ratingLabel(o)]
        .filter(Boolean)
        .join('; ');
      out.push(
        `  ${o.number}. ${o.text} - ${d.hands > 0 ? hands(o.hands) : 'no vote'}${marks ? ` (${marks})` : ''}`,
      );
    }
    out.push('');
  }
  out.push('Evidence per outcome, for the route the room took:');
  for (const o of r.outcomes) {
    out.push(
      `  ${o.id} ${o.title}: ${o.bandLabel}${o.rehearsal ? ', rehearsal for workplace observation' : ''}`,
    );
    if (o.critical.length > 0) out.push(`    Talk through: ${o.critical.map(quote).join(', ')}`);
  }
  return out.join('\n') + '\n';
}
