// The room screen fits the window at every text size: a clicker cannot scroll, so nothing may run off the bottom.
// The layout reflows first (the scenario list and the card go into columns; see presenter.css). When the trainer's
// larger text still does not fit a screen, this eases that one screen's text down, by the least that makes it fit:
// back to the ordinary presenter size at most (already sized for the back of a room), and below it only for a
// screen that does not fit even at that size (ROOM_FLOOR). The next screen starts again at the size the trainer
// chose. The group debrief is paged by Next and Back instead (actions.ts): there the text eases down only until
// every decision fits a page.

/**
 * What the fit needs to know of the page: the text size chosen (1 = 100%), whether the screen is paged, and how far
 * the screen's text may ease down, as a share of the ordinary presenter size.
 */
export interface FitSource {
  scale(): number;
  paged(): boolean;
  floor(): number;
}

/**
 * The room screen's text eases down to the ordinary size first; only a screen that does not fit even at that size
 * (a long line under the discussion card) goes a little below it. The list and the card are read by the trainer
 * before the room settles, so they may go further.
 */
export const ROOM_FLOOR = 0.85;
export const SETUP_FLOOR = 0.6;

const STEPS = 7;

/**
 * Whether anything on the room screen runs past the window or has to scroll. A paged screen (the group debrief)
 * may be longer than the window, but no decision or outcome on it may be taller than a page.
 */
export function overflowing(doc: Document = document, paged = false): boolean {
  const root = doc.documentElement;
  const win = doc.defaultView;
  if (!win) return false;
  if (root.scrollWidth > win.innerWidth + 1) return true;
  const body = doc.getElementById('pm-body');
  if (paged) {
    const page = body?.clientHeight ?? win.innerHeight;
    return [...doc.querySelectorAll<HTMLElement>('.pm-decision, .pm-outcome')].some(
      (b) => b.offsetHeight > page,
    );
  }
  if (root.scrollHeight > win.innerHeight + 1) return true;
  return !!body && body.scrollHeight > body.clientHeight + 1;
}

/**
 * The largest factor in [floor, 1] for which `fits(factor)` holds, by halving (the text size is continuous, so a
 * few steps get within a percent); `floor` when nothing does.
 */
export function largestFit(floor: number, fits: (f: number) => boolean): number {
  if (floor >= 1 || fits(1)) return 1;
  let lo = floor;
  let hi = 1;
  for (let i = 0; i < STEPS; i += 1) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Keeps `--pm-fit` on <html> so the screen in `main` fits; returns a function to fit again (on the next frame). */
export function keepFitting(main: HTMLElement, source: FitSource): () => void {
  const html = document.documentElement;
  const set = (f: number) => html.style.setProperty('--pm-fit', f.toFixed(3));
  let queued = false;
  const fit = () => {
    queued = false;
    const paged = source.paged();
    const f = largestFit(Math.min(1, source.floor() / source.scale()), (x) => {
      set(x);
      return !overflowing(document, paged);
    });
    set(f);
  };
  // After the screen is rebuilt, a text size is changed or the window resized: once, before the next paint.
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(fit);
  };
  new MutationObserver(schedule).observe(main, { childList: true, subtree: true, characterData: true });
  window.addEventListener('resize', schedule);
  schedule();
  return schedule;
}
