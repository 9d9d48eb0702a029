// What the build hands the game for each scenario: a card for the picker (from the global tags) and, loaded
// when the scenario starts, the compiled story with its content hash and the score ranges the checker found.

import type { PartnerDirection, Rating, StoryMeta } from './tags';

export interface ScenarioCard extends StoryMeta {
  id: string;
  /** Decision points in the story, counted at build time, for the length with a room (presenter mode). */
  decisionPoints?: number;
  /** A trainer's own scenario, written in the workshop on this device or imported from a file ("Written here"). */
  writtenHere?: boolean;
}

export interface CatalogueEntry extends ScenarioCard {
  load: () => Promise<{ default: CompiledScenario }>;
}

export interface CompiledScenario {
  id: string;
  hash: string;
  meta: StoryMeta;
  /** Lowest and highest total per outcome over every path: the scoring's scale. */
  ranges: Record<string, { min: number; max: number }>;
  endings: string[];
  /** Decisions on the shortest and longest route, from the checker: "Decision 4 of 12" in presenter mode. */
  decisions?: { min: number; max: number };
  json: string;
  /** Role-play cards for pairs, from the checker's walk through every route (absent from a build before them). */
  roleplay?: RoleplayPack;
}

/** One decision point as a role-play card for pairs without devices: what was just said, the partner's role card,
 *  and the options with their ratings and feedback (printed on separate pages, for after the discussion). */
export interface RoleplayCard {
  situation: { speaker: string | null; text: string };
  partner: PartnerDirection | null;
  options: { text: string; rating: Rating | null; critical: boolean; feedback: string | null }[];
}

/** What a role-play pack needs beyond the story: the decision points in story order, and the trainer's notes. */
export interface RoleplayPack {
  cards: RoleplayCard[];
  notes: string[];
}
