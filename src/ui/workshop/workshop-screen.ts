// The Workshop: the editor on the left; beside it the preview controls, the checker's figures and problems, and the
// guide. The text is checked in a worker as the trainer types, and kept on this device after every change.
// Preview hands the checked scenario to the game (app/workshop-preview.ts); this screen only stays hidden meanwhile,
// so the text, the undo history and the place in it are all still there on return.
import type { SourceCheck } from '../../../tools/checker/check-source.ts';
import type { CheckReply } from '../../workshop/check-worker';
import { createChecking, type CheckPort } from '../../workshop/checking';
import type { WorkshopDraft } from '../../workshop/draft';
import { knotsOf } from '../../workshop/knots';
import { STARTER_TEMPLATE } from '../../workshop/template';
import { vocabularyFor } from '../../workshop/vocabulary';
import { h } from '../dom';
import { inkEditor, type InkEditor } from './editor';
import { errorsIn, figuresPanel, statusLine, type CheckStatus } from './figures';
import { guidePanel } from './guide';
import { workshopActions, type WorkshopHandle } from './workshop-actions';
import { titleFromInk } from '../../workshop/drafts';
import type { OwnScenariosStore } from '../../state/own-scenarios';
import './workshop.css';

export interface WorkshopDeps {
  draft: WorkshopDraft;
  /** Keeps the draft on this device (called after every change). */
  keep(draft: WorkshopDraft): void;
  port: CheckPort;
  /** Plays the checked scenario on the stage, from the start (null) or from a knot. */
  preview(draft: WorkshopDraft, check: SourceCheck, from: string | null): void;
  /** This profile's own scenarios ("Add to my scenarios"). */
  own: OwnScenariosStore;
  tell(message: string): void;
}

export interface Workshop extends WorkshopHandle {
  element: HTMLElement;
  editor: InkEditor;
}

interface Parts {
  status: HTMLElement;
  figures: HTMLElement;
  from: HTMLSelectElement;
  previewButton: HTMLButtonElement;
  editorBox: HTMLElement;
  people: HTMLElement;
}

function layout(parts: Parts, actions: HTMLElement): HTMLElement {
  return h(
    'section',
    { class: 'workshop', 'aria-labelledby': 'workshop-heading' },
    h(
      'header',
      { class: 'workshop-bar' },
      h('h1', { id: 'workshop-heading' }, 'Scenario workshop'),
      actions,
      h('a', { href: './', class: 'workshop-leave' }, 'Back to the game'),
    ),
    parts.status,
    h(
      'div',
      { class: 'workshop-columns' },
      h(
        'div',
        { class: 'workshop-write' },
        h('h2', { id: 'editor-heading' }, 'Your scenario'),
        parts.editorBox,
      ),
      h(
        'div',
        { class: 'workshop-side' },
        h(
          'section',
          { class: 'workshop-preview', 'aria-label': 'Preview' },
          h('label', { for: 'preview-from' }, 'Start from '),
          parts.from,
          ' ',
          parts.previewButton,
        ),
        parts.figures,
        parts.people,
        guidePanel(),
      ),
    ),
  );
}

/** The knot picker's choices: the beginning, then every knot and stitch. Kept when it still exists. */
function fillKnots(select: HTMLSelectElement, source: string): void {
  const chosen = select.value;
  const knots = knotsOf(source);
  select.replaceChildren(
    h('option', { value: '' }, 'the beginning'),
    ...knots.map((k) => h('option', { value: k }, k)),
  );
  select.value = knots.includes(chosen) ? chosen : '';
}

export function mountWorkshop(parent: HTMLElement, deps: WorkshopDeps): Workshop {
  let draft = deps.draft;
  let status: CheckStatus = 'checking';
  const parts: Parts = {
    status: h('p', { class: 'check-status', id: 'check-status', role: 'status' }, statusLine(null, status)),
    figures: h('div', { class: 'figures-box' }),
    from: h('select', { id: 'preview-from' }),
    previewButton: h(
      'button',
      { type: 'button', id: 'preview', class: 'primary', disabled: true },
      'Preview',
    ),
    editorBox: h('div', { class: 'workshop-editor', 'aria-labelledby': 'editor-heading' }),
    people: h('div', { class: 'people-box' }),
  };
  const show = (reply: CheckReply | null) => {
    const check = reply?.check ?? null;
    parts.status.textContent = statusLine(check, status);
    parts.status.classList.toggle('has-errors', errorsIn(check).length > 0);
    parts.figures.replaceChildren(figuresPanel(check, status, (line) => editor.goToLine(line)));
    parts.previewButton.disabled = !check || errorsIn(check).length > 0;
    actions.update(check);
  };
  const checking = createChecking(deps.port, (reply) => {
    status = 'done';
    editor.showChecks(reply.check.diagnostics);
    fillKnots(parts.from, draft.ink);
    show(reply);
    // For the browser tests' timings: when the figures for the text as it stands were put on screen.
    parent.dataset.checked = String(reply.seq);
    parent.dataset.checkMs = String(Math.round(reply.ms));
  });
  const changed = (ink: string) => {
    draft = { ...draft, ink, title: titleFromInk(ink) ?? draft.title, updatedAt: new Date().toISOString() };
    deps.keep(draft);
    status = 'checking';
    delete parent.dataset.checked;
    checking.changed(draft);
  };
  const editor = inkEditor(parts.editorBox, draft.ink, changed, () => vocabularyFor(draft));
  const workshop: Workshop = {
    element: parent,
    editor,
    checking,
    draft: () => draft,
    open(next) {
      draft = next;
      editor.view.dispatch({ changes: { from: 0, to: editor.view.state.doc.length, insert: next.ink } });
    },
  };
  const actions = workshopActions({
    workshop,
    people: parts.people,
    own: deps.own,
    tell: deps.tell,
    template: () => {
      workshop.open({ ...draft, ink: STARTER_TEMPLATE });
      deps.tell(
        'The starter scenario has replaced your text. To get your text back, press Ctrl+Z in the editor.',
      );
    },
    setCast: (cast) => {
      draft = { ...draft, cast };
      deps.keep(draft);
      checking.now(draft);
    },
  });
  parts.previewButton.addEventListener('click', () => {
    void checking.settled(draft).then((reply) => {
      if (errorsIn(reply.check).length === 0) deps.preview(draft, reply.check, parts.from.value || null);
      else editor.goToLine(errorsIn(reply.check)[0]!.line);
    });
  });
  parent.replaceChildren(layout(parts, actions.element));
  show(null);
  fillKnots(parts.from, draft.ink);
  checking.now(draft);
  return workshop;
}
