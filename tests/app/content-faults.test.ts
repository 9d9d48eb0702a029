// Content faults at the controller: a story file that loads but is not a story (corrupt, truncated, the wrong
// module), and a saved game that an edited story can no longer follow. Each is said in plain words, leaves the
// learner where they can go on, and keeps what was saved.

import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/app/controller';
import type { Session } from '../../src/state/session';
import type { CatalogueEntry, CompiledScenario } from '../../src/story/scenario';
import { fixtureCompiled } from '../support/fixtures';
import { MemoryStorage } from '../support/memory-storage';
import { storesAndInk } from '../support/controller-deps';

function scenario(file: string): CompiledScenario {
  const c = fixtureCompiled(file);
  return {
    id: 'visit',
    hash: c.hash,
    meta: {
      title: 'A short visit',
      summary: null,
      minutes: 2,
      outcomes: ['1.4a', '1.4c'],
      location: 'lounge',
      cast: [],
      contentNote: null,
    },
    ranges: {},
    endings: [],
    json: c.json,
  };
}

function setup(storage: MemoryStorage, load: () => Promise<{ default: CompiledScenario }>) {
  const entry: CatalogueEntry = { ...scenario('visit.ink').meta, id: 'visit', load };
  const told: string[] = [];
  const asideList: Session[] = [];
  const deps = {
    catalogue: [entry],
    ...storesAndInk(storage),
    captionFor: (id: string) => id,
    tell: (m: string) => told.push(m),
    setAside: (s: Session) => asideList.push(s),
    random: () => 0.5,
  };
  return { controller: new Controller(deps), deps, told, aside: asideList };
}

/** A game saved at its first decision's feedback, in `storage`. */
async function savedGame(storage: MemoryStorage, choose = 0): Promise<Session> {
  const a = setup(storage, async () => ({ default: scenario('visit.ink') }));
  await a.controller.start('visit');
  while (a.deps.session.getState().session!.screen.kind === 'line') a.controller.continue();
  a.controller.choose(choose);
  return a.deps.session.getState().session!;
}

const corrupt: [string, () => Promise<{ default: CompiledScenario }>][] = [
  [
    'ink JSON that is garbage',
    async () => ({ default: { ...scenario('visit.ink'), json: '{"inkVersion": 21, "root": [' } }),
  ],
  [
    'a story from an ink version the runtime cannot read',
    async () => ({ default: { ...scenario('visit.ink'), json: '{"inkVersion": 1, "root": []}' } }),
  ],
  ['a module with no scenario in it', async () => ({ default: undefined as unknown as CompiledScenario })],
  [
    'a scenario with no story',
    async () => ({ default: { ...scenario('visit.ink'), json: undefined as unknown as string } }),
  ],
];

describe('a story file that loads but is damaged', () => {
  for (const [what, load] of corrupt) {
    it(`says so when starting (${what}), and changes nothing`, async () => {
      const storage = new MemoryStorage();
      const s = setup(storage, load);
      const before = JSON.stringify([...storage.map]);
      await expect(s.controller.start('visit')).resolves.toBe(false);
      expect(s.told).toHaveLength(1);
      expect(s.told[0]).toMatch(/could not be opened.*nothing has been lost/i);
      expect(s.deps.session.getState().session).toBeNull();
      expect(JSON.stringify([...storage.map])).toBe(before);
    });

    it(`says so when continuing a saved game (${what}), and keeps the saved game`, async () => {
      const storage = new MemoryStorage();
      const saved = await savedGame(storage);
      const s = setup(storage, load);
      expect(s.deps.session.getState().session).toEqual(saved);
      await expect(s.controller.resume()).resolves.toBe(false);
      expect(s.told[0]).toMatch(/could not be opened.*nothing has been lost/i);
      expect(s.deps.session.getState().session).toEqual(saved);
      // And once the file is whole again, the game carries on from where it was.
      const fixed = setup(storage, async () => ({ default: scenario('visit.ink') }));
      await expect(fixed.controller.resume()).resolves.toBe(true);
      expect(fixed.deps.session.getState().session).toEqual(saved);
    });
  }
});

describe('a saved game the edited story can no longer follow', () => {
  it('keeps the old saved game aside before carrying on from the last decision it could follow', async () => {
    const storage = new MemoryStorage();
    const saved = await savedGame(storage, 2); // "Say nothing yet" is not in the edited story
    const s = setup(storage, async () => ({ default: scenario('visit-edited.ink') }));
    await expect(s.controller.resume()).resolves.toBe(true);
    expect(s.told[0]).toMatch(/updated since you saved.*decision 1/);
    expect(s.aside).toEqual([saved]);
    expect(s.deps.session.getState().session!.screen.kind).toBe('choices');
    expect(s.deps.session.getState().session!.decisions).toEqual([]);
    // Choosing again makes decision 1, once: the option that could not be followed was never counted as chosen.
    s.controller.choose(0);
    const now = s.deps.session.getState().session!;
    expect(now.decisions).toHaveLength(1);
    expect(now.save.choiceLog).toHaveLength(1);
    expect(now.transcript.filter((e) => e.kind === 'choice')).toHaveLength(1);
  });

  it('sets nothing aside when the edited story follows every saved choice', async () => {
    const storage = new MemoryStorage();
    await savedGame(storage, 0);
    const s = setup(storage, async () => ({ default: scenario('visit-edited.ink') }));
    await expect(s.controller.resume()).resolves.toBe(true);
    expect(s.aside).toEqual([]);
    expect(s.told).toEqual([]);
  });
});
