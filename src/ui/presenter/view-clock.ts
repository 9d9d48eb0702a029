// The presenter view's clock: the time of day and how long the scenario has run, so the trainer can keep to a
// slot. It sits outside the screen host and ticks on its own; the room screen never shows it (no timers there).

const two = (n: number) => String(n).padStart(2, '0');

/** "14:05 · 23 min in" (or just the time before a scenario starts). */
export function clockText(now: Date, startedAt: string | null): string {
  const time = `${two(now.getHours())}:${two(now.getMinutes())}`;
  const start = startedAt ? Date.parse(startedAt) : Number.NaN;
  if (Number.isNaN(start)) return time;
  const minutes = Math.max(0, Math.floor((now.getTime() - start) / 60_000));
  return `${time} · ${minutes} min in`;
}

export function mountViewClock(el: HTMLElement, startedAt: () => string | null): () => void {
  const tick = () => (el.textContent = clockText(new Date(), startedAt()));
  tick();
  // Every 10 s is plenty for minutes, and costs nothing.
  setInterval(tick, 10_000);
  return tick;
}
