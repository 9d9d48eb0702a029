// Orders text by its characters (UTF-16 code units), which for ISO timestamps ("2026-12-04T10:00:00.000Z") is
// oldest to newest and for keys is a stable order. Not `localeCompare`: it gives the same order for these, but its
// first call in a page sets up the browser's collation tables, 94-148 ms of one task at 4x CPU throttling, and that
// task was the end of the learner's first scenario (docs/performance.md).

/** Negative when `a` comes first, positive when `b` does, 0 when they are the same text. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
