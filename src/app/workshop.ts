// The scenario workshop's page (`?workshop`), loaded only when a trainer opens it. It keeps the draft under the
// profile chosen in this tab, checks it in a worker, and previews it on the stage with self-study's screens, in
// stores of its own (app/workshop-preview.ts). The learner's saves are only read for the profile and settings.
import { browserStorage } from '../state/persist';
import { GUEST, activeProfile, loadProfiles, scopedStorage, type Profile } from '../state/profiles';
import { createOwnScenariosStore } from '../state/own-scenarios';
import { createSettingsStore } from '../state/settings';
import type { SourceCheck } from '../../tools/checker/check-source.ts';
import { mountAnnouncer } from '../ui/announcer';
import { h } from '../ui/dom';
import { mountNotices } from '../ui/host/notices';
import { applyReadingSettings } from '../ui/reading-settings';
import { mountWorkshop } from '../ui/workshop/workshop-screen';
import { workerPort } from '../workshop/checking';
import type { WorkshopDraft } from '../workshop/draft';
import { loadDraft, newDraft, saveDraft } from '../workshop/drafts';
import { previewScenario } from '../workshop/preview-scenario';
import { STARTER_TEMPLATE } from '../workshop/template';
import { writeBehind } from '../state/write-behind';
import { createPreview } from './workshop-preview';

const FULL =
  'This device is out of storage space, so your latest change could not be kept. Export your scenario.';

const OWN_FULL =
  'This device is out of storage space, so your scenario could not be added. Export it to a file to keep it.';

function tabStorage() {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function bootWorkshop(root: HTMLElement): void {
  root.replaceChildren();
  const noticeBox = h('div', { id: 'notices', role: 'status', 'aria-live': 'polite' });
  const editorBox = h('div', { id: 'workshop' });
  const previewBar = h('div', { class: 'preview-bar', hidden: true });
  const main = h('main', { id: 'app' });
  root.append(noticeBox, previewBar, editorBox, main);
  mountAnnouncer(root);
  const notices = mountNotices(noticeBox);
  const notify = (n: { message: string }) => notices.tell(n.message);
  const storage = browserStorage();
  const chosen = activeProfile(tabStorage());
  const profile: Profile = loadProfiles(storage, notify).find((p) => p.id === chosen) ?? GUEST;
  const own = storage ? scopedStorage(storage, profile.id) : null;
  const settings = createSettingsStore(own, notify);
  applyReadingSettings(settings);
  const later = writeBehind();
  let toldFull = false;
  const keep = (draft: WorkshopDraft) =>
    later.later(() => {
      if (saveDraft(own, draft) === 'full' && !toldFull) {
        toldFull = true;
        notices.tell(FULL);
      }
    });
  const editing = (on: boolean) => {
    editorBox.hidden = !on;
    previewBar.hidden = on;
    main.hidden = on;
    document.body.dataset.preview = on ? 'off' : 'on';
    if (on) document.body.dataset.view = 'workshop';
    document.title = on ? 'Scenario workshop – Care Conversations' : document.title;
  };
  const preview = createPreview({
    main,
    settings,
    profile: () => profile,
    notices,
    back: () => editing(true),
  });
  previewBar.append(
    h('span', { class: 'preview-label' }, 'Preview of your scenario'),
    h(
      'button',
      { type: 'button', id: 'back-to-editor', onclick: () => preview.stop() },
      'Back to the editor',
    ),
  );
  const play = (draft: WorkshopDraft, check: SourceCheck, from: string | null) => {
    if (!check.compiled) return;
    editing(false);
    void preview.play(previewScenario(draft.ink, check.compiled), from).then((ok) => ok || editing(true));
  };
  const draft = loadDraft(own, notify) ?? newDraft(STARTER_TEMPLATE);
  editing(true);
  const ownScenarios = createOwnScenariosStore(own, notify, (r) => {
    if (r === 'full') notices.tell(OWN_FULL);
  });
  mountWorkshop(editorBox, {
    draft,
    keep,
    port: workerPort(),
    preview: play,
    own: ownScenarios,
    tell: notices.tell,
  });
}
