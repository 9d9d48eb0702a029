// A small observer injected into every test page before the game's own scripts run. The shell rebuilds the screen
// (<main id="app"><section class="screen">) whenever what it shows changes, and ignores input for INPUT_GUARD_MS
// after a new screen appears (a double tap is not a decision). The observer notes when each screen was put up, so a
// test can wait for the next screen and then for the guard, no longer: fast, and never racing the game.
//
// It is plain JavaScript in a string, not a function, so nothing Vitest's transform adds can leak into the page.

export interface ScreenInfo {
  /** document.body.dataset.view: title, picker, before, play, pause, settings, … */
  view: string;
  /** On the play screen: line, choices, feedback, ending or error. */
  kind: string | null;
  speaker: string | null;
  line: string | null;
  options: string[];
  /** The feedback's rating words, e.g. "A strong choice". */
  rating: string | null;
  /** Feedback after a critical option offers "Try this decision again". */
  critical: boolean;
  /** The text of the element that has focus. */
  focused: string | null;
}

export interface ScreenWatch {
  /**
   * Waits until a screen other than the one last settled on is up and has been for `guardMs` (on a page made quick,
   * support/fast.ts, the clock is moved on instead), then returns what it shows. Null when no new screen appeared
   * within `timeoutMs`.
   */
  settle(guardMs: number, timeoutMs: number): Promise<ScreenInfo | null>;
  /** What the current screen shows, without waiting. */
  read(): ScreenInfo;
  /** Forgets which screen was settled on, so the next settle() returns the current one. */
  forget(): void;
  /** How many screens have been put up since the page loaded. */
  count: number;
  /** The last 500 screens put up: when (performance.now()), and what they showed. */
  history: { at: number; view: string; kind: string | null; line: string | null }[];
  /** The last 50 key presses and pointer presses the page received: when, and which. */
  inputs: { at: number; type: string; key: string }[];
}

export const SCREEN_WATCH_SCRIPT = `(() => {
  const shownAt = new WeakMap();
  const text = (el) => (el ? el.textContent.trim() : null);
  const read = () => {
    const s = document.querySelector('#app > section.screen');
    const kind = s ? ([...s.classList].find((c) => c.startsWith('screen-')) || '').slice(7) || null : null;
    const active = document.activeElement;
    return {
      view: document.body.dataset.view || '',
      kind,
      speaker: text(document.getElementById('speaker')),
      line: text(document.getElementById('line-text')),
      options: [...document.querySelectorAll('#choices button')].map((b) => b.textContent.trim()),
      rating: text(document.querySelector('.feedback .rating')),
      critical: [...document.querySelectorAll('.feedback button')].some((b) => b.textContent.trim() === 'Try this decision again'),
      focused: active && active !== document.body ? text(active) : null,
    };
  };
  const watch = {
    last: null,
    count: 0,
    history: [],
    inputs: [],
    read,
    forget() {
      watch.last = null;
    },
    async settle(guardMs, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      let s = null;
      for (;;) {
        s = document.querySelector('#app > section.screen');
        if (s && s !== watch.last) break;
        if (performance.now() > deadline) return null;
        await new Promise((r) => setTimeout(r, 10));
      }
      // A screen may ignore presses for longer than the usual guard (new options do): it says how long.
      const guard = Math.max(guardMs, Number(s.dataset.guardMs || 0) + 15);
      const wait = (shownAt.get(s) ?? performance.now()) + guard - performance.now();
      if (wait > 0 && window.__skipGuard) {
        // A page made quick (support/fast.ts) has its clock moved on past the guard instead, once the screen's
        // focus has landed (in the task after the one that built it; at most 1 s, as a screen may focus nothing)
        // and a little after, for a second update in the same step.
        const built = Date.now();
        while (document.activeElement === document.body && Date.now() - built < 1000)
          await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => setTimeout(r, 20));
        window.__skipGuard(wait);
      } else if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      // The screen may have been replaced again while waiting (a second update in the same step): settle on that.
      const now = document.querySelector('#app > section.screen');
      if (now !== s) return watch.settle(guardMs, Math.max(0, deadline - performance.now()));
      watch.last = s;
      return read();
    },
  };
  Object.defineProperty(window, '__e2e', { value: watch });
  const note = (node, at) => {
    if (node.nodeType !== 1) return;
    const found = node.matches('section.screen') ? [node] : [...node.querySelectorAll('section.screen')];
    for (const s of found) {
      shownAt.set(s, at);
      watch.count += 1;
      const { view, kind, line } = read();
      watch.history.push({ at: Math.round(at), view, kind, line });
      if (watch.history.length > 500) watch.history.shift();
    }
  };
  const input = (e) => {
    watch.inputs.push({ at: Math.round(performance.now()), type: e.type, key: e.key || '' });
    if (watch.inputs.length > 50) watch.inputs.shift();
  };
  window.addEventListener('keydown', input, true);
  window.addEventListener('pointerdown', input, true);
  new MutationObserver((records) => {
    const at = performance.now();
    for (const r of records) for (const n of r.addedNodes) note(n, at);
  }).observe(document, { childList: true, subtree: true });
})();`;
