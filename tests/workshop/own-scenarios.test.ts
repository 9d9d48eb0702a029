// "My scenarios": adding a checked draft, keeping it per profile, refusing one with errors, repairing what storage
// holds, and the catalogue the picker and presenter mode list, down to playing the scenario to its ending.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followOwn, withOwn } from '../../src/app/own-catalogue';
import { createOwnScenariosStore, readOwnScenarios } from '../../src/state/own-scenarios';
import { PREFIX } from '../../src/state/persist';
import { cast, glossary } from '../../src/story/registries';
import type { CatalogueEntry } from '../../src/story/scenario';
import { draftFromFile, registriesWith, type WorkshopDraft } from '../../src/workshop/draft';
import { addToMyScenarios, importScenarioFile, removeFromMyScenarios } from '../../src/workshop/library';
import { checkCompiled } from '../../tools/checker/check';
import { checkSource } from '../../tools/checker/check-source';
import { compileInkFile } from '../../tools/ink/compile';
import { setup } from '../debrief/support';
import { MemoryStorage } from '../support/memory-storage';

const FILE = join(import.meta.dirname, '../fixtures/own/cup-of-tea.scenario.json');
const fileText = () => readFileSync(FILE, 'utf8');
const fixture = () => draftFromFile(fileText()) as WorkshopDraft;
const openStore = (storage = new MemoryStorage()) => {
  const told: string[] = [];
  return { storage, told, store: createOwnScenariosStore(storage, (n) => told.push(n.message)) };
};

describe('the fixture scenario file', () => {
  it("reads as a draft and passes the game's own checker with its new person", () => {
    const d = fixture();
    expect(d.cast.okafor?.name).toBe('Mr Emeka Okafor');
    const compiled = compileInkFile(join(import.meta.dirname, 'cup-of-tea.ink'), { source: d.ink });
    expect(compiled.errors).toEqual([]);
    const report = checkCompiled(compiled, { registries: registriesWith(d), bar: false });
    expect(report.errors).toEqual([]);
    // The workshop's check agrees with the build's on what the scoring needs.
    const own = checkSource(d.ink, registriesWith(d), { bar: 'advice' });
    expect(own.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(new Set(own.compiled!.endings)).toEqual(new Set(report.endings));
    for (const [id, r] of Object.entries(report.outcomes))
      expect(own.compiled!.ranges[id]).toEqual({ min: r.min, max: r.max });
  });
});

describe('my scenarios', () => {
  it("adds a checked draft, keeps it on the profile's storage, and removes it", async () => {
    const { storage, store } = openStore();
    const added = await addToMyScenarios(fixture(), store, new Date('2026-12-02T20:00:00Z'));
    expect(added.ok).toBe(true);
    const [kept] = store.getState().scenarios;
    expect(kept?.id).toBe('own-cup-of-tea');
    expect(kept?.meta.title).toBe('A cup of tea with Mr Okafor');
    expect(kept?.meta.outcomes).toEqual(['1.4a', '1.4c']);
    expect(kept?.compiled.decisions).toEqual({ min: 2, max: 2 });
    // A second start (a reload) reads the same scenario back, through the file's checks.
    expect(openStore(storage).store.getState().scenarios).toEqual(store.getState().scenarios);
    expect(readOwnScenarios(storage)).toEqual(store.getState().scenarios);
    removeFromMyScenarios(store, 'own-cup-of-tea');
    expect(openStore(storage).store.getState().scenarios).toEqual([]);
  });

  it('adds nothing when the checker finds an error, and says where', async () => {
    const { store } = openStore();
    const broken = { ...fixture(), ink: fixture().ink.replace('# mood: pleased', '# mood: delighted') };
    const added = await addToMyScenarios(broken, store);
    expect(added.ok).toBe(false);
    expect(!added.ok && added.error).toMatch(/errors to put right first:.*delighted/);
    expect(store.getState().scenarios).toEqual([]);
  });

  it('imports a file, and refuses a file that is not a scenario with a plain message', async () => {
    const { store } = openStore();
    expect((await importScenarioFile(new Blob([fileText()]), store)).ok).toBe(true);
    const bad = await importScenarioFile(new Blob(['<html>hello</html>']), store);
    expect(!bad.ok && bad.error).toMatch(/not a scenario file/);
    const huge = await importScenarioFile(new Blob(['x'.repeat(500 * 1024)]), store);
    expect(!huge.ok && huge.error).toMatch(/too big/);
    expect(store.getState().scenarios).toHaveLength(1);
  });

  it('refuses a second scenario with a different person under the same id', async () => {
    const { store } = openStore();
    await addToMyScenarios(fixture(), store);
    const other = fixture();
    other.id = 'another-cup';
    other.cast.okafor = { ...other.cast.okafor!, age: 60 };
    const added = await addToMyScenarios(other, store);
    expect(!added.ok && added.error).toMatch(/different person with the id "okafor"/);
  });

  it('drops a kept scenario that storage edited by hand made unsafe, and keeps the rest', async () => {
    const { storage, store } = openStore();
    await addToMyScenarios(fixture(), store);
    const key = `${PREFIX}own-scenarios`;
    const env = JSON.parse(storage.getItem(key)!);
    const good = env.data.scenarios[0];
    const evil = structuredClone(good);
    evil.id = 'own-evil';
    evil.draft.id = 'evil';
    evil.draft.cast = { okafor: { ...good.draft.cast.okafor, picture: 'https://example.com/x.png' } };
    env.data.scenarios.push(evil);
    storage.setItem(key, JSON.stringify(env));
    expect(
      openStore(storage)
        .store.getState()
        .scenarios.map((s) => s.id),
    ).toEqual(['own-cup-of-tea']);
  });
});

describe('the catalogue with own scenarios', () => {
  const builtIn: CatalogueEntry[] = [
    {
      id: 'built-in',
      title: 'Built in',
      summary: null,
      minutes: 5,
      outcomes: [],
      location: null,
      cast: [],
      contentNote: null,
      load: async () => {
        throw new Error('not used');
      },
    },
  ];

  it('lists them after the built-in ones, marked as written here, and plays one to its ending', async () => {
    const { store } = openStore();
    await addToMyScenarios(fixture(), store);
    const catalogue = withOwn(builtIn, store.getState().scenarios);
    expect(catalogue.map((c) => [c.id, c.writtenHere ?? false])).toEqual([
      ['built-in', false],
      ['own-cup-of-tea', true],
    ]);
    expect(cast.okafor?.short).toBe('Mr Okafor'); // registered, so lists and the stage can name him
    const { default: scenario } = await catalogue[1]!.load();
    expect(glossary.some((g) => g.term === 'tea round card')).toBe(true);
    const game = setup(scenario);
    await game.controller.start('own-cup-of-tea');
    const end = game.follow(['Ask him how he likes', 'Tell her what he said']);
    expect(end.kind).toBe('ending');
    expect(game.session().stage.people.map((p) => p.id)).toContain('okafor');
    const debrief = game.debrief();
    expect(debrief.ending).toBe('known');
    expect(debrief.finished).toBe(true);
  });

  it('follows the store in place: added and removed scenarios appear and go, the built-in ones stay', async () => {
    const { store } = openStore();
    const catalogue = withOwn(builtIn, []);
    const same = catalogue;
    followOwn(catalogue, builtIn.length, store);
    await addToMyScenarios(fixture(), store);
    expect(same.map((c) => c.id)).toEqual(['built-in', 'own-cup-of-tea']);
    removeFromMyScenarios(store, 'own-cup-of-tea');
    expect(same.map((c) => c.id)).toEqual(['built-in']);
  });
});
