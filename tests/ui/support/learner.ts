// The learner's game in happy-dom: the real composition (app/learner.ts learnerContext: stores on this page's
// storage, createGame, records) over a shipped story, and the real shell mounted in <main>. No stage or sound.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnerContext } from '../../../src/app/learner-context';
import type { CatalogueEntry } from '../../../src/story/scenario';
import { mountShell } from '../../../src/ui/shell';
import { h } from '../../../src/ui/dom';
import { compiledScenario, storyFile } from '../../debrief/support';

export const STORY = 'nothing-after-midnight';

/** A shipped story as the game's catalogue lists it, compiled here in Node. */
export function catalogueEntry(id: string): CatalogueEntry {
  const scenario = compiledScenario(storyFile(id), id);
  return { ...scenario.meta, id, load: async () => ({ default: scenario }) };
}

export const entry: CatalogueEntry = catalogueEntry(STORY);

/** The choices of one of a story's test plans (tests/plans/<id>.plans.json). */
export function planChoices(name: string, id = STORY): string[] {
  const plans = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../plans', `${id}.plans.json`), 'utf8'),
  );
  const plan = plans.plans.find((p: { name: string }) => p.name === name);
  if (!plan) throw new Error(`${id} has no plan called "${name}"`);
  return plan.choices;
}

export function bestPath(): string[] {
  return planChoices('best path');
}

export function mountLearner() {
  localStorage.clear();
  sessionStorage.clear();
  document.body.replaceChildren();
  const told: string[] = [];
  const { ui, stores } = learnerContext([entry], { tell: (m: string) => void told.push(m) });
  const main = h('main', { id: 'app' });
  document.body.append(main);
  const host = mountShell(main, ui);
  const session = () => stores.session.getState().session!;
  /** Lines and feedback are moved past until a decision or the end. */
  const toChoice = () => {
    while (['line', 'feedback'].includes(session().screen.kind)) ui.controller.continue();
    return session().screen;
  };
  const choose = (words: string) => {
    const screen = toChoice();
    if (screen.kind !== 'choices') throw new Error(`no decision for "${words}"`);
    ui.controller.choose(screen.options.findIndex((o: { text: string }) => o.text.includes(words)));
  };
  return { ui, stores, host, main, told, session, toChoice, choose };
}
