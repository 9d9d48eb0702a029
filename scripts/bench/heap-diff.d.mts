// Types for heap-diff.mjs (so the unit tests in tests/bench can import it).
export type HeapSummary = Record<string, { bytes: number; count: number }>;
export function heapByConstructor(cdp: unknown): Promise<HeapSummary>;
export function summarizeSnapshot(snap: unknown): HeapSummary;
export function heapGrowth(
  before: HeapSummary,
  after: HeapSummary,
  top?: number,
): { what: string; kb: number; count: number }[];
