// Types for summarize.mjs (so the unit tests in tests/bench can import it). The raw and result shapes are
// described in summarize.mjs; the tests read the results as plain JSON.
export function summarize(raw: unknown, meta: Record<string, unknown>): Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
