// Long work split at its seams: `await nextTask()` lets the browser paint and handle a key press before the next
// piece runs. Opening a scenario was one task of 200-300 ms at 4x CPU throttling (its code, then building the ink
// story, then its first line); split, no piece is long enough to hold up a tap.

export function nextTask(): Promise<void> {
  // Older browsers and Node (the unit tests) have no `scheduler`: a timer does the same, a little later.
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
