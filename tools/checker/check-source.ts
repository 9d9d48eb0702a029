// The story checker for ink source text, with no Node modules anywhere below it: the workshop runs it in a Web
// Worker as a trainer types. Same compile, exploration and analysis as `npm run check:stories`, so a trainer's
// scenario is held to the same contract as ours; the scenario bar can be advice instead of errors.

import type { RoleplayPack } from '../../src/story/scenario.ts';
import type { Registries } from '../../src/story/tags.ts';
import { compileInkSource } from '../ink/compile-source.ts';
import type { Diagnostic, StoryReport } from './analyse.ts';
import { checkCompiled, emptyReport } from './check-compiled.ts';
import { seniorPattern } from './option-sets.ts';

export type Severity = 'error' | 'warning' | 'advice';

export interface SourceDiagnostic {
  /** 1-based; a problem with no line of its own (the story as a whole) is on line 1. */
  line: number;
  column?: number;
  severity: Severity;
  message: string;
}

export interface SourceFigures {
  /** Distinct endings reached. */
  endings: number;
  /** Decisions per route. */
  decisions: { min: number; max: number };
  /** Each outcome's range (1.4a..1.4d). */
  outcomes: Record<string, { min: number; max: number }>;
  /** Critical options, trainer notes, states explored. */
  criticals: number;
  notes: number;
  states: number;
  /** The scenario bar, as advice for a trainer's own story. */
  barMet: boolean;
  barProblems: string[];
}

/** Enough to build a CompiledScenario (src/story/scenario.ts). */
export interface CompiledOwn {
  json: string;
  ranges: Record<string, { min: number; max: number }>;
  endings: string[];
  decisions: { min: number; max: number };
  /** Role-play cards for pairs, as the build makes for our scenarios. */
  roleplay?: RoleplayPack;
}

export interface SourceCheck {
  /** Errors block playing; 'advice' = scenario-bar items (never blocking). */
  diagnostics: SourceDiagnostic[];
  /** Null when it does not compile. */
  figures: SourceFigures | null;
  /** Null when there is any 'error'. */
  compiled: CompiledOwn | null;
}

export interface SourceCheckOptions {
  /** 'full' is what stories/ gets (bar items are errors); 'advice' is for a trainer's own scenario. */
  bar: 'full' | 'advice';
  /** The name used in messages (default "scenario.ink"). */
  fileName?: string;
  /** Stop exploring after this many choice-point states (default 20000). */
  maxStates?: number;
  /** Stop exploring after this many seconds (default 30). */
  maxSeconds?: number;
  /** Names of senior people (option-sets.ts seniorNames), for the bar's "tell the senior" figures. */
  seniorNames?: readonly string[];
}

export function checkSource(
  source: string,
  registries: Registries,
  options: SourceCheckOptions,
): SourceCheck {
  const file = options.fileName ?? 'scenario.ink';
  const compiled = compileInkSource(source, file);
  if (!compiled.story) {
    return { diagnostics: diagnosticsOf(emptyReport(compiled)), figures: null, compiled: null };
  }
  // A trainer's scenario is held to the tag contract whether or not it declares its outcomes yet.
  const report = checkCompiled(compiled, {
    registries,
    bar: options.bar,
    strict: true,
    maxStates: options.maxStates ?? 20000,
    maxSeconds: options.maxSeconds ?? 30,
    senior: seniorPattern(options.seniorNames ?? []),
    countInPlace: true,
  });
  const diagnostics = diagnosticsOf(report);
  const ranges = Object.fromEntries(
    Object.entries(report.outcomes).map(([id, o]) => [id, { min: o.min, max: o.max }]),
  );
  const decisions = { min: report.minDecisions, max: report.maxDecisions };
  const barProblems = report.barProblems.map(barText);
  if (!report.complete)
    barProblems.unshift('not checked in full: the story has more routes than were explored');
  const figures: SourceFigures = {
    endings: report.endings.length,
    decisions,
    outcomes: ranges,
    criticals: report.criticals,
    notes: report.notes,
    states: report.states,
    barMet: barProblems.length === 0,
    barProblems,
  };
  const blocked = diagnostics.some((d) => d.severity === 'error');
  return {
    diagnostics,
    figures,
    compiled: blocked
      ? null
      : { json: compiled.json, ranges, endings: report.endings, decisions, roleplay: report.roleplay },
  };
}

function diagnosticsOf(r: Pick<StoryReport, 'errors' | 'warnings' | 'advice'>): SourceDiagnostic[] {
  const as = (severity: Severity) => (d: Diagnostic) => ({
    line: Math.max(1, d.line),
    severity,
    message: d.message,
  });
  return [...r.errors.map(as('error')), ...r.warnings.map(as('warning')), ...r.advice.map(as('advice'))].sort(
    (a, b) => a.line - b.line,
  );
}

/** A bar finding for the figures panel: without the "scenario bar:" prefix, with its line where it has its own. */
function barText(d: Diagnostic): string {
  const text = d.message.replace(/^scenario bar:\s*/, '');
  return d.line > 1 ? `${text} (line ${d.line})` : text;
}
