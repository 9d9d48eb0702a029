/* global window, document, performance, requestAnimationFrame, PerformanceObserver, MutationObserver, MessageChannel, getComputedStyle, innerWidth, innerHeight, setTimeout */
// The in-page half of the bench, installed with addInitScript before any of the page's own code runs. It records,
// on the page's own clock (performance.now, the same timebase as event.timeStamp and every PerformanceEntry):
// - fi: the first frame in which a usable control (a visible, enabled <button>; with `opts.firstControlName`, the
//   button with exactly that text, e.g. the game's "Start") exists: "first interactive";
// - firstLine: the first frame with #line-text on screen; stageReady: when body[data-stage] is set;
// - every long task and every long animation frame (with the scripts that ran in it);
// - screen changes after an input: arm() before pressing, then `pending` resolves when the next screen (a new
//   line, options, feedback or the end) has been painted, with the time from the input event to that paint.
// `opts.skewClock` (leak check only) lets the driver move performance.now forward, so the game's 250 ms
// bounce guard does not make ten play-throughs take five minutes; timed runs never set it.
export function probe(opts = {}) {
  if (window.top !== window) return;
  const realNow = performance.now.bind(performance);
  const B = (window.__bench = {
    fi: null,
    fiLabel: null,
    firstLine: null,
    stageReady: null,
    longTasks: [],
    loafs: [],
    screenAt: 0,
    armed: null,
    pending: null,
  });
  if (opts.skewClock) {
    let skew = 0;
    performance.now = () => realNow() + skew;
    B.skew = (ms) => {
      skew += ms;
    };
  }
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser does not have: that figure is simply missing.
    }
  };
  // `opts.recordTimings` false (leak check): keep no timing entries, so the bench's own objects do not add to the
  // heap growth it measures.
  if (opts.recordTimings !== false) {
    observe('longtask', (e) => B.longTasks.push({ start: e.startTime, dur: e.duration }));
    observe('long-animation-frame', (e) => {
      if (e.duration < 50) return;
      B.loafs.push({
        start: e.startTime,
        dur: e.duration,
        blocking: e.blockingDuration,
        render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
        scripts: (e.scripts ?? []).map((s) => ({
          dur: s.duration,
          url: s.sourceURL,
          fn: s.sourceFunctionName,
          invoker: s.invoker,
          type: s.invokerType,
          forcedLayout: s.forcedStyleAndLayoutDuration,
        })),
      });
    });
  }

  const usable = (el) => {
    if (!el || el.disabled || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (
      r.width <= 0 ||
      r.height <= 0 ||
      r.bottom <= 0 ||
      r.right <= 0 ||
      r.top >= innerHeight ||
      r.left >= innerWidth
    )
      return false;
    const cs = getComputedStyle(el);
    return cs.visibility === 'visible' && cs.display !== 'none' && Number(cs.opacity) > 0;
  };
  B.usable = usable;
  // Polled once a frame from the very first frame: what is found here is what the next paint shows.
  const poll = () => {
    const t = realNow();
    if (B.fi === null) {
      for (const b of document.querySelectorAll('button')) {
        const name = (b.textContent ?? '').trim();
        if ((opts.firstControlName === undefined || name === opts.firstControlName) && usable(b)) {
          B.fi = t;
          B.fiLabel = name.slice(0, 60);
          break;
        }
      }
    }
    if (B.firstLine === null && usable(document.getElementById('line-text'))) B.firstLine = t;
    if (B.stageReady === null && document.body?.dataset.stage) B.stageReady = t;
    if (B.fi === null || B.firstLine === null || B.stageReady === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // What is on screen, for the driver: a line, options (with their texts), feedback, the end, or something else.
  const q = (s) => document.querySelector(s);
  const isEnd = () =>
    !!q('.summary') ||
    [...document.querySelectorAll('h1, h2')].some((h) => /how it went/i.test(h.textContent ?? ''));
  B.screen = () => {
    if (isEnd()) return { kind: 'end' };
    const choices = q('#choices');
    if (choices)
      return {
        kind: 'choices',
        options: [...choices.querySelectorAll('button')].map((b) => (b.textContent ?? '').trim()),
      };
    if (q('.feedback')) return { kind: 'feedback' };
    if (q('#line-text')) return { kind: 'line', text: (q('#line-text').textContent ?? '').trim() };
    return { kind: 'other' };
  };

  const onInput = (e) => {
    if (B.armed && B.armed.t0 === null) B.armed.t0 = e.timeStamp;
  };
  window.addEventListener('keydown', onInput, true);
  window.addEventListener('pointerdown', onInput, true);

  /**
   * Waits until `settleMs` have passed since the last screen was painted (the game ignores input sooner), then
   * arms the watcher for the next input. The driver then presses a key or clicks and awaits `pending`. With
   * `paint` false, `pending` resolves as soon as the new screen is in the DOM (leak check: no timing wanted).
   */
  B.arm = (settleMs = 0, paint = true) =>
    new Promise((resolve) => {
      // A screen says how long it ignores presses (data-guard-ms: options are held longer than a line, so a key
      // already down when they appear chooses nothing); a press sooner than that would be lost, so a timed run waits
      // it out. The leak check (no paint timing) moves the page's clock on instead.
      const guardMs = Number(q('[data-guard-ms]')?.getAttribute('data-guard-ms') ?? 0);
      const settle = paint ? Math.max(settleMs, guardMs > 0 ? guardMs + 20 : 0) : settleMs;
      const go = () => {
        const wait = B.screenAt + settle - realNow();
        if (wait > 0) return void setTimeout(go, wait);
        const A = {
          t0: null,
          line: q('#line-text'),
          choices: q('#choices'),
          feedback: q('.feedback'),
          end: q('.summary'),
          endShown: isEnd(),
        };
        B.armed = A;
        B.pending = new Promise((done) => {
          const changed = () => {
            if (A.choices && A.choices.isConnected) return null;
            const line = q('#line-text');
            if (line && line !== A.line) return 'line';
            const choices = q('#choices');
            if (choices && choices !== A.choices) return 'choices';
            const fb = q('.feedback');
            if (fb && fb !== A.feedback) return 'feedback';
            if (!A.endShown && isEnd()) return 'end';
            return null;
          };
          const mo = new MutationObserver(() => {
            const kind = changed();
            if (!kind || A.t0 === null) return;
            mo.disconnect();
            const tDom = realNow();
            if (!paint) {
              B.screenAt = tDom;
              B.armed = null;
              return void done({ kind, dom: tDom - A.t0, frame: null, paint: null, at: A.t0 });
            }
            requestAnimationFrame(() => {
              const tFrame = realNow();
              // A message posted from the frame callback is handled after that frame has been painted.
              const mc = new MessageChannel();
              mc.port1.onmessage = () => {
                const tPaint = realNow();
                B.screenAt = tPaint;
                B.armed = null;
                done({ kind, dom: tDom - A.t0, frame: tFrame - A.t0, paint: tPaint - A.t0, at: A.t0 });
              };
              mc.port2.postMessage(null);
            });
          });
          mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        });
        resolve();
      };
      go();
    });
  B.markScreen = () => {
    B.screenAt = realNow();
  };
}
