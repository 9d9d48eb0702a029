// Progress across every scenario: for each outcome, how strong the evidence is so far, where it came from, and
// which scenario to play next to build it. Built from the progress store (best percentage per outcome) and the
// records kept on the device: a record knows when an unsafe choice capped a band, a bare percentage does not.

import { strongerBand, type Band } from '../scoring/bands';
import { OUTCOMES, type OutcomeKind } from '../scoring/outcomes';
import type { Progress } from '../state/progress';
import type { EvidenceRecord } from './record';
import { outcomeStanding } from './standing';
import { bandWords, endingWords } from './words';

export interface OverviewCard {
  id: string;
  title: string | null;
  outcomes: readonly string[];
}

export interface ScenarioStanding {
  id: string;
  title: string;
  percent: number;
  band: Band;
}

export interface OverviewOutcome {
  id: string;
  title: string;
  kind: OutcomeKind;
  /** The strongest band reached in any scenario; null when no scenario covering it has been finished. */
  band: Band | null;
  words: string;
  strongIn: string[];
  someIn: string[];
  practiceIn: string[];
  standings: ScenarioStanding[];
  /** Where to go next for this outcome, and why; null when every scenario covering it shows strong evidence. */
  next: { id: string; title: string; why: string } | null;
}

export interface OverviewScenario {
  id: string;
  title: string;
  status: 'not-played' | 'started' | 'finished';
  endings: string[];
  lastPlayed: string | null;
}

export interface Overview {
  outcomes: OverviewOutcome[];
  scenarios: OverviewScenario[];
  /** No scenario finished yet. */
  empty: boolean;
}

export function buildOverview(
  progress: Progress,
  cards: readonly OverviewCard[],
  records: readonly EvidenceRecord[] = [],
): Overview {
  const titleOf = (c: OverviewCard) => c.title ?? endingWords(c.id);
  const scenarios: OverviewScenario[] = cards.map((c) => {
    const p = progress[c.id];
    return {
      id: c.id,
      title: titleOf(c),
      status: !p ? 'not-played' : p.finished ? 'finished' : 'started',
      endings: p?.endings.map(endingWords) ?? [],
      lastPlayed: p?.lastPlayed ?? null,
    };
  });
  const outcomes = OUTCOMES.map((o): OverviewOutcome => {
    const covering = cards.filter((c) => c.outcomes.includes(o.id));
    const standings: ScenarioStanding[] = covering.flatMap((c) => {
      const s = outcomeStanding(progress[c.id], records, c.id, o.id);
      return s ? [{ id: c.id, title: titleOf(c), percent: s.percent, band: s.band }] : [];
    });
    const band = standings.reduce<Band | null>(
      (b, s) => (b === null ? s.band : strongerBand(b, s.band)),
      null,
    );
    const unplayed = covering.find((c) => !standings.some((s) => s.id === c.id));
    const weakest = [...standings].sort((a, b) => a.percent - b.percent)[0];
    let next: OverviewOutcome['next'] = null;
    if (unplayed)
      next = { id: unplayed.id, title: titleOf(unplayed), why: 'You have not finished this one yet.' };
    else if (weakest && weakest.band !== 'strong')
      next = {
        id: weakest.id,
        title: weakest.title,
        why: `Your evidence here is lowest so far (${bandWords(weakest.band, o.kind).toLowerCase()}).`,
      };
    return {
      id: o.id,
      title: o.title,
      kind: o.kind,
      band,
      words: band ? bandWords(band, o.kind) : 'No evidence yet',
      strongIn: standings.filter((s) => s.band === 'strong').map((s) => s.title),
      someIn: standings.filter((s) => s.band === 'some').map((s) => s.title),
      practiceIn: standings.filter((s) => s.band === 'practice').map((s) => s.title),
      standings,
      next,
    };
  });
  return { outcomes, scenarios, empty: !scenarios.some((s) => s.status === 'finished') };
}
