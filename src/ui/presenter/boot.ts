// Presenter mode's entry (`?mode=presenter`) and the presenter view's (`?mode=presenter-view`). main.ts hands
// over here before the learner's game starts, so nothing of the learner's (saves, progress, settings, profiles)
// is read or written in either window.
import type { CatalogueEntry } from '../../story/scenario';
import '../fonts';
import { mountPresenter } from './shell';
import { mountPresenterView } from './view';

export type PresenterMode = 'presenter' | 'presenter-view';

export function presenterMode(search: string): PresenterMode | null {
  const mode = new URLSearchParams(search).get('mode');
  return mode === 'presenter' || mode === 'presenter-view' ? mode : null;
}

export function bootPresenter(mode: PresenterMode, catalogue: CatalogueEntry[]): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  if (mode === 'presenter-view') mountPresenterView(root);
  else mountPresenter(root, catalogue);
}
