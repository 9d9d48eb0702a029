// Self-study: the learner's own stores (per profile, saved on this device), the game from createGame, and the
// learner's interface. The title screen is interactive as soon as this runs: the stage and sound join in when ready.
import type { CatalogueEntry } from '../story/scenario';
import { mountAnnouncer } from '../ui/announcer';
import { h } from '../ui/dom';
import { mountNotices, type Notices } from '../ui/host/notices';
import { mountLoadingBar } from '../ui/loading-bar';
import { applyReadingSettings } from '../ui/reading-settings';
import { mountShell } from '../ui/shell';
import { learnerContext } from './learner-context';
import { createLoading } from './loading';
import { linkTabs } from './tabs-link';

export function bootLearner(root: HTMLElement, scenarios: CatalogueEntry[]): void {
  root.replaceChildren();
  const noticeBox = h('div', { id: 'notices', role: 'status', 'aria-live': 'polite' });
  const main = h('main', { id: 'app' });
  root.append(noticeBox, main);
  mountAnnouncer(root);
  const notices = mountNotices(noticeBox);
  const loading = createLoading();
  const { ui, game, stores } = learnerContext(scenarios, notices, loading);
  applyReadingSettings(stores.settings);
  const host = mountShell(main, ui);
  mountLoadingBar(root, loading);
  linkTabs(stores.own, stores.profiles.active().id, stores.progress, notices.tell);
  game.startMedia(document.getElementById('stage'), () => host.view().name === 'play');
  offerUpdates(notices);
}

/** The service worker keeps the game working offline; a new version is offered, never forced. */
function offerUpdates(notices: Notices): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      void import('virtual:pwa-register').then(({ registerSW }) => {
        const update = registerSW({
          onNeedRefresh: () =>
            notices.tell('A new version of the game is ready. Your progress is saved and will be kept.', {
              label: 'Update now',
              run: () => void update(true),
            }),
        });
      });
    }, 0),
  );
}
