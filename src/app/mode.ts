// Which game this page is: `?mode=presenter` (the room screen), `?mode=presenter-view` (the trainer's second
// window), or self-study (anything else).
export type PresenterMode = 'presenter' | 'presenter-view';

export function presenterMode(search: string): PresenterMode | null {
  const mode = new URLSearchParams(search).get('mode');
  return mode === 'presenter' || mode === 'presenter-view' ? mode : null;
}
