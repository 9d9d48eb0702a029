// The role-play pack on screen: opened from the scenario card, it holds the care worker's card, a partner's role
// card for every decision point, the options and feedback, and the trainer's notes; story words stay inert text.
import { afterEach, describe, expect, it } from 'vitest';
import { openPack } from '../../src/ui/roleplay/pack';
import { mountLearner, STORY } from './support/learner';
import { nextTasks } from './support/tasks';

let game: ReturnType<typeof mountLearner> | null = null;
afterEach(() => {
  game?.host.destroy();
  game = null;
});

describe('the role-play pack', () => {
  it('shows a role card for every decision point, then the options and feedback, then the notes', async () => {
    game = mountLearner();
    game.ui.go({ name: 'before', id: STORY });
    await openPack(game.ui, STORY);
    await nextTasks();
    expect(document.body.dataset.view).toBe('roleplay-pack');
    expect(document.title).toContain('Role-play cards');
    const scenario = game.ui.screen.getState().pack!;
    const cards = scenario.roleplay!.cards;
    expect(cards.length).toBeGreaterThanOrEqual(10);
    expect(cards.every((c) => c.partner)).toBe(true);
    const roles = document.querySelectorAll('.pack-role');
    expect(roles).toHaveLength(cards.length);
    const text = document.querySelector('.pack')!.textContent!;
    for (const c of cards) {
      expect(text).toContain(c.partner!.feels);
      for (const o of c.options) expect(text).toContain(o.text);
    }
    for (const n of scenario.roleplay!.notes) expect(text).toContain(n);
    // Four parts, each its own printed page; nothing from a story becomes markup.
    expect(document.querySelectorAll('.pack-page')).toHaveLength(4);
    expect(document.querySelectorAll('.pack script, .pack img, .pack a')).toHaveLength(0);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await nextTasks();
    expect(document.body.dataset.view).toBe('before');
  });
});
