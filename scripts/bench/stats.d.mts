// Types for stats.mjs (so the unit tests in tests/bench can import it).
export interface LatencySummary {
  p50: number | null;
  p95: number | null;
  max: number | null;
  n: number;
}
export interface LongTaskSummary {
  over50: number;
  over100: number;
  maxMs: number | null;
  blockingMs: number | null;
}
export interface Resource {
  url: string;
  type: string;
  start: number;
  encoded: number;
  decoded: number;
}
export interface Bytes {
  compressed: number | null;
  raw: number | null;
  requests: number;
  byKind: Record<string, { compressed: number | null; raw: number | null; requests: number }>;
}
export function percentile(values: unknown[], p: number): number | null;
export function median(values: unknown[]): number | null;
export function latencySummary(values: unknown[]): LatencySummary;
export function longTaskSummary(
  tasks: { start: number; dur: number }[],
  from?: number | null,
): LongTaskSummary;
export interface LongTaskContext {
  ms: number | null;
  scenario: string | null;
  afterPress: { kind: string; ms: number | null } | null;
  scripts: string[] | null;
  renderMs: number | null;
}
export function longestTasks(
  tasks: { start: number; dur: number }[],
  opts?: {
    from?: number;
    n?: number;
    marks?: { at: number; label: string }[];
    presses?: { at: number; kind: string }[];
    loafs?: {
      start: number;
      dur: number;
      render: number;
      scripts: { dur: number; invoker?: string; type?: string }[];
    }[];
  },
): LongTaskContext[];
export function medianLongTasks(summaries: LongTaskSummary[]): LongTaskSummary & { worstMs: number | null };
export interface Play {
  choice: number[];
  continue: number[];
  feedback: number[];
  dom: { choice: number[]; continue: number[]; feedback?: number[] };
  afterAll: { mb: number };
  longTasks: LongTaskSummary;
  /** Cores Chromium's GPU process used while this play ran; null or absent when not measured. */
  gpuCores?: number | null;
}
/** The mean of the numbers among `values`, two decimals; null when there are none. */
export function meanOf(values: unknown[]): number | null;
export function mergePlays(plays: Play[]): Play & {
  dom: { choice: number[]; continue: number[]; feedback: number[] };
  plays: number;
  choiceP95ByPlay: (number | null)[];
  gpuCores: number | null;
};
export function kindOf(url: string, type: string): string;
export function bytesBefore(resources: Resource[], until: number | null): Bytes;
export function round(x: number | null | undefined, digits?: number): number | null;
