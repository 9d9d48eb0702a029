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
