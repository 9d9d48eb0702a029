// Finding the LMS that launched this page and opening a session with it: the SCORM API on a window above (or the
// opener), or cmi5's launch parameters in the address, with the @xapi/cmi5 client (loaded only for a cmi5 launch).
import { cmi5Tracker, type Cmi5Client } from '../lms/cmi5';
import { findApi, type WindowLike } from '../lms/discover';
import { scorm12Tracker, scorm2004Tracker, type Scorm12Api, type Scorm2004Api } from '../lms/scorm';
import type { LmsTracker } from '../lms/tracker';
import type { LmsKindName } from './mode';

/** A tracker with its session open, or null when no LMS was found or it would not start a session. */
export async function connectLms(kind: LmsKindName, win: Window): Promise<LmsTracker | null> {
  const tracker = await makeTracker(kind, win);
  if (!tracker) return null;
  return (await tracker.start()) ? tracker : null;
}

async function makeTracker(kind: LmsKindName, win: Window): Promise<LmsTracker | null> {
  if (kind === 'scorm12') {
    const api = findApi(win as unknown as WindowLike, 'API') as Scorm12Api | null;
    return api ? scorm12Tracker(api) : null;
  }
  if (kind === 'scorm2004') {
    const api = findApi(win as unknown as WindowLike, 'API_1484_11') as Scorm2004Api | null;
    return api ? scorm2004Tracker(api) : null;
  }
  try {
    const { default: Cmi5 } = await import('@xapi/cmi5');
    if (!Cmi5.isCmiAvailable) return null;
    return cmi5Tracker(new Cmi5() as unknown as Cmi5Client);
  } catch {
    return null;
  }
}
