// Role-play in pairs: the role card written before a decision reaches the options on screen and the decision kept,
// and a game saved on the line before the options still has it after a reload.
import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/app/controller';
import { compiledScenario, setup, storyFile } from '../debrief/support';

const STORY = 'nothing-after-midnight';
const scenario = compiledScenario(storyFile(STORY), STORY);

describe('partner directions in play', () => {
  it('puts the role card on the options and on the decision made', async () => {
    const { controller, session, toChoice } = setup(scenario);
    await controller.start(STORY);
    const screen = toChoice();
    expect(screen.kind).toBe('choices');
    const partner = screen.kind === 'choices' ? screen.partner : undefined;
    expect(partner?.who).toBeTruthy();
    expect(partner?.feels.length).toBeGreaterThan(0);
    controller.choose(0);
    expect(session().decisions[0]?.partner).toEqual(partner);
    expect(session().partner).toBeUndefined();
  });

  it('keeps the role card for the coming decision across a reload on the line before it', async () => {
    const first = setup(scenario);
    await first.controller.start(STORY);
    // Move to the last line before the first decision.
    while (first.session().partner === undefined) first.controller.continue();
    const saved = first.session().partner;
    const again = new Controller({ ...first.deps });
    expect(await again.resume()).toBe(true);
    while (first.deps.session.getState().session!.screen.kind === 'line') again.continue();
    const screen = first.deps.session.getState().session!.screen;
    expect(screen.kind === 'choices' && screen.partner).toEqual(saved);
  });
});
