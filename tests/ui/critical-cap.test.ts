// An unsafe route is never praised in presenter mode either: the room takes the best route with one critical option
// of "Found on the floor", voting at each decision and carrying on after the unsafe one, and the group debrief shows
// "Needs more practice" for both demonstrate outcomes (1.4c and 1.4d). The learner's screens for the same route are
// checked in Chromium (tests/e2e/critical-cap.test.ts).
//
// The real presenter composition in happy-dom, driven by the clicker's commands. The press guard reads
// performance.now(), so the clock is moved on a second at each reading instead of waited out.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presenterParts } from '../../src/app/presenter';
import type { Command } from '../../src/presenter/commands';
import { createPresenterStores } from '../../src/presenter/stores';
import { mountPresenter } from '../../src/ui/presenter/shell';
import { catalogueEntry, planChoices } from './support/learner';
import { nextTasks } from './support/tasks';

const FLOOR = 'found-on-the-floor';
const PRACTICE = 'Needs more practice';
const STRONG = /Strong evidence|Ready to discuss with your assessor/;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the group debrief after the best route with one critical option', () => {
  it('shows needs-more-practice for 1.4c and 1.4d', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1000));
    const root = document.createElement('div');
    document.body.append(root);
    const parts = presenterParts([catalogueEntry(FLOOR)], createPresenterStores(), () => undefined);
    mountPresenter(root, parts);
    const { room, presenter, stores } = parts;
    room.choose(FLOOR);
    await room.start(FLOOR);
    await nextTasks(); // the room is a new view: built in the task after the start
    const send = (cmd: Command) => expect(presenter.dispatch(cmd), cmd.type).toBe(true);
    const screen = () => stores.session.getState().session!.screen;

    const choices = planChoices('best path with one critical option', FLOOR);
    let decisions = 0;
    let unsafe = 0;
    for (let step = 0; step < 400 && screen().kind !== 'ending'; step += 1) {
      const s = screen();
      if (s.kind === 'choices') {
        // The room votes: three hands for the planned option, one for another; Next confirms, Next plays.
        const target = s.options.findIndex((o) => o.text.includes(choices[decisions]!));
        expect(target, `decision ${decisions + 1}: "${choices[decisions]}"`).toBeGreaterThanOrEqual(0);
        for (const option of [target, target === 0 ? 1 : 0, target, target])
          send({ type: 'hand', option, delta: 1 });
        send({ type: 'next' });
        send({ type: 'next' });
        decisions += 1;
      } else if (s.kind === 'feedback') {
        // Next reveals; after an unsafe option Next offers to try again, Back turns that to carrying on.
        send({ type: 'next' });
        if (document.getElementById('pm-unsafe-offer') === null) {
          send({ type: 'next' });
          continue;
        }
        unsafe += 1;
        send({ type: 'next' });
        send({ type: 'back' });
        expect(document.getElementById('pm-unsafe-offer')?.textContent).toMatch(/Carry on/);
        send({ type: 'next' });
      } else {
        expect(s.kind).toBe('line');
        send({ type: 'next' });
      }
    }
    expect(screen().kind).toBe('ending');
    expect(decisions).toBe(choices.length);
    expect(unsafe).toBe(1);

    const outcomes = [...document.querySelectorAll('.pm-evidence > li')].map((li) => li.textContent ?? '');
    expect(outcomes).toHaveLength(4);
    for (const id of ['1.4c', '1.4d']) {
      const hit = outcomes.filter((t) => t.includes(id));
      expect(hit, id).toHaveLength(1);
      expect(hit[0], id).toContain(PRACTICE);
      expect(hit[0], id).not.toMatch(STRONG);
    }
  });
});
