// The workshop's buttons beyond the editor: a fresh start from the template, and the hooks into the library
// (export, import, add to my scenarios) and the character builder ("People"). "Add to my scenarios" waits for a
// check without errors, as Preview does. The library's functions live in workshop/library.ts and
// ui/workshop/people-builder.ts; this file only joins them to the buttons.
import type { SourceCheck } from '../../../tools/checker/check-source.ts';
import type { OwnScenariosStore } from '../../state/own-scenarios';
import { builtInCast, type CastEntry } from '../../story/registries';
import type { Checking } from '../../workshop/checking';
import type { WorkshopDraft } from '../../workshop/draft';
import { addToMyScenarios, exportDraft, readScenarioFile } from '../../workshop/library';
import { button, h } from '../dom';
import { errorsIn } from './figures';
import { peopleBuilder } from './people-builder';

/** What the buttons need of the workshop (the screen, workshop-screen.ts). */
export interface WorkshopHandle {
  checking: Checking;
  draft(): WorkshopDraft;
  open(draft: WorkshopDraft): void;
}

export interface ActionDeps {
  workshop: WorkshopHandle;
  people: HTMLElement;
  /** This profile's own scenarios, where "Add to my scenarios" keeps the draft. */
  own: OwnScenariosStore;
  tell(message: string): void;
  template(): void;
  setCast(cast: Record<string, CastEntry>): void;
}

function importButton(d: ActionDeps): HTMLElement[] {
  // A file input the button opens: the file is read on this device, never sent anywhere.
  const input = h('input', {
    type: 'file',
    accept: '.json,application/json',
    hidden: true,
    id: 'import-file',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void readScenarioFile(file).then((read) =>
      'error' in read ? d.tell(read.error) : d.workshop.open(read),
    );
  });
  return [input, button('Import', () => input.click(), { id: 'import' })];
}

function addButton(d: ActionDeps): HTMLButtonElement {
  return button(
    'Add to my scenarios',
    () => {
      const w = d.workshop;
      void w.checking.settled(w.draft()).then(async (reply) => {
        if (!reply.check.compiled || errorsIn(reply.check).length > 0) {
          d.tell('Fix the errors first: a scenario with errors cannot be added to your scenarios.');
          return;
        }
        const added = await addToMyScenarios(w.draft(), d.own);
        d.tell(
          added.ok
            ? `"${added.scenario.meta.title}" is in your scenarios now, marked Written here. Find it in Choose a scenario.`
            : added.error,
        );
      });
    },
    { id: 'add-to-mine', disabled: true },
  );
}

export function workshopActions(d: ActionDeps) {
  const add = addButton(d);
  // The builder opens in its box beside the editor; a new person joins the draft's cast, and the box closes.
  const people = () => {
    const cast = d.workshop.draft().cast;
    const close = () => d.people.replaceChildren();
    d.people.replaceChildren(
      peopleBuilder({
        taken: new Set([...Object.keys(builtInCast), ...Object.keys(cast)]),
        onDone: ({ id, entry }) => {
          d.setCast({ ...d.workshop.draft().cast, [id]: entry });
          close();
          d.tell(`${entry.name} can be used in your scenario now as "${id}" (for example # speaker: ${id}).`);
        },
        onCancel: close,
      }),
    );
  };
  const element = h(
    'div',
    { class: 'workshop-actions' },
    button('Start from the template', d.template, { id: 'use-template' }),
    button('People', people, { id: 'people' }),
    ...importButton(d),
    button(
      'Export',
      () => {
        const draft = d.workshop.draft();
        // A file without a title could not be imported again: say so now, not on another device.
        if (!draft.title.trim()) d.tell('Give your scenario a title first: a line "# title: …" at the top.');
        else exportDraft(draft);
      },
      { id: 'export' },
    ),
    add,
  );
  return {
    element,
    update(check: SourceCheck | null) {
      add.disabled = !check || errorsIn(check).length > 0;
    },
  };
}
