// The loading bar: a slim strip at the foot of the screen while the stage's code and pictures arrive. The menus
// work all the while (nothing waits for it); it is there so a learner on a slow tablet sees the game is getting
// ready rather than wondering why the room is empty. It is not a live region: a bar that talks would interrupt.

import type { Loading, LoadingState } from '../app/loading';
import { h } from './dom';
import './loading-bar.css';

export function mountLoadingBar(parent: HTMLElement, loading: Loading): void {
  const bar = h('progress', {
    id: 'loading-progress',
    max: '1',
    value: '0',
    'aria-labelledby': 'loading-label',
  });
  const box = h(
    'div',
    { id: 'loading', hidden: true },
    h('span', { id: 'loading-label' }, 'Getting the pictures ready'),
    bar,
  );
  parent.append(box);
  const draw = (s: LoadingState) => {
    box.hidden = !s.busy;
    document.body.dataset.loading = s.busy ? 'busy' : 'done';
    bar.max = Math.max(1, s.total);
    bar.value = s.done;
    bar.setAttribute('aria-valuetext', `${s.done} of ${s.total} ready`);
  };
  draw(loading.state());
  loading.subscribe(draw);
}
