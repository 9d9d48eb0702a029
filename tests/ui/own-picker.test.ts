// The picker with a trainer's own scenario: listed after the built-in ones with the words "Written here" (not a
// colour alone), its title shown as text, removable with an undo, and an import control with a visible label.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { draftFromFile, type WorkshopDraft } from '../../src/workshop/draft';
import { addToMyScenarios } from '../../src/workshop/library';
import { mountLearner } from './support/learner';
import { nextTasks } from './support/tasks';

let game: ReturnType<typeof mountLearner> | null = null;
afterEach(() => {
  game?.host.destroy();
  game = null;
});

const fixture = () =>
  draftFromFile(
    readFileSync(join(import.meta.dirname, '../fixtures/own/cup-of-tea.scenario.json'), 'utf8'),
  ) as WorkshopDraft;

describe('own scenarios in the picker', () => {
  it('lists an added scenario marked "Written here", with its title as inert text', async () => {
    game = mountLearner();
    game.ui.go({ name: 'picker' });
    await nextTasks();
    expect(document.querySelectorAll('.written-here')).toHaveLength(0);
    const draft = fixture();
    draft.ink = draft.ink.replace('# title: A cup of tea with Mr Okafor', '# title: <b>Tea</b> <img src=x>');
    expect((await addToMyScenarios(draft, game.ui.ownScenarios)).ok).toBe(true);
    const cards = [...document.querySelectorAll('.card')];
    const own = cards.at(-1)!;
    expect(cards[0]!.querySelector('.written-here')).toBeNull();
    expect(own.querySelector('.written-here-label')?.textContent).toBe('Written here');
    expect(own.querySelector('h2')?.textContent).toBe('<b>Tea</b> <img src=x>');
    expect(own.querySelector('h2 b, h2 img')).toBeNull();
    expect(game.ui.catalogue.at(-1)?.id).toBe('own-cup-of-tea');
  });

  it('removes one with a way back, and offers a labelled file input to import a shared scenario', async () => {
    game = mountLearner();
    await addToMyScenarios(fixture(), game.ui.ownScenarios);
    game.ui.go({ name: 'picker' });
    await nextTasks();
    const input = document.querySelector<HTMLInputElement>('#import-scenario')!;
    expect(input.type).toBe('file');
    expect(document.querySelector('label[for="import-scenario"]')?.textContent).toBe(
      'Import a scenario file',
    );
    const remove = [...document.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Remove'))!;
    remove.click();
    await expect.poll(() => document.querySelectorAll('.written-here').length).toBe(0);
    expect(game.told.at(-1)).toMatch(/removed from your scenarios/);
  });
});
