// Which game this page is: `?mode=presenter` (the room screen), `?mode=presenter-view` (the trainer's second
// window), `?workshop` (the scenario workshop), or self-study (anything else).
export type PresenterMode = 'presenter' | 'presenter-view';

export function presenterMode(search: string): PresenterMode | null {
  const mode = new URLSearchParams(search).get('mode');
  return mode === 'presenter' || mode === 'presenter-view' ? mode : null;
}

/** The scenario workshop has its own address, `?workshop`, so a trainer can bookmark it. */
export function workshopMode(search: string): boolean {
  return new URLSearchParams(search).has('workshop');
}

export type LmsKindName = 'scorm12' | 'scorm2004' | 'cmi5';

/** An LMS launch: `?lms=scorm12|scorm2004|cmi5`, with `scenario=<id>` for a one-scenario package. */
export interface LmsLaunch {
  kind: LmsKindName;
  scenario: string | null;
}

export function lmsLaunch(search: string): LmsLaunch | null {
  const q = new URLSearchParams(search);
  const kind = q.get('lms');
  if (kind !== 'scorm12' && kind !== 'scorm2004' && kind !== 'cmi5') return null;
  return { kind, scenario: q.get('scenario') };
}
