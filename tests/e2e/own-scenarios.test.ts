// A trainer's own scenario in Chromium (production build): imported from a file under one profile, listed in the
// picker as "Written here", played to its debrief in self-study with its new person on the stage; saved as a file,
// imported under a second profile (which did not see the first one's), and run with a room in presenter mode.
// Also a screenshot of the character builder at tablet size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { draftFromFile, type WorkshopDraft } from '../../src/workshop/draft';
import { peopleBuilder } from '../../src/ui/workshop/people-builder';
import { playPlan, screenshot, useBrowser, type Plan } from './support/browser';
import { addProfile, importFile, toPicker } from './support/own';
import { openPresenter, runToDebrief } from './support/presenter';

const FIXTURE = join(import.meta.dirname, '../fixtures/own/cup-of-tea.scenario.json');
const TITLE = 'A cup of tea with Mr Okafor';
const PLAN: Plan = {
  name: 'own best',
  choices: ['Ask him how he likes', 'Tell her what he said'],
  ending: 'known',
};

const browser = useBrowser();

describe('own scenarios', () => {
  it('imports a scenario file, plays it to the debrief, and shares it with another profile for presenter mode', async () => {
    const game = await browser.open();
    const { page } = game;
    await game.goto();
    await addProfile(page, 'Trainer A');
    await toPicker(page);
    // A file that is not a scenario: a plain refusal, and nothing added.
    await page.getByLabel('Import a scenario file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "<b>world</b>"}'),
    });
    await expect
      .poll(() => page.locator('#notices').innerText())
      .toMatch(/could not be added. This is not a scenario file/);
    expect(await page.locator('.card.own').count()).toBe(0);

    await importFile(page, FIXTURE);
    const card = page.locator('.card.own');
    await expect(card.locator('h2').innerText()).resolves.toBe(TITLE);
    await expect(card.locator('.written-here-label').innerText()).resolves.toBe('Written here');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'own-scenario-picker');

    // Self-study, to the end: the new person is on the stage, named, and the debrief opens.
    await page.getByRole('button', { name: `Play ${TITLE}`, exact: true }).click();
    await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
    await page.locator('body[data-view="play"]').waitFor();
    await expect.poll(() => page.locator('#scene-description').textContent()).toMatch(/Mr Okafor looks/);
    const played = await playPlan(page, PLAN, { input: 'keyboard' });
    expect(played.finished).toBe(true);
    expect(played.lines.some((l) => l.startsWith('Mr Okafor: '))).toBe(true);
    await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
    await page.locator('body[data-view="debrief"]').waitFor();
    expect(await page.locator('.debrief-screen').innerText()).toContain(TITLE);

    // Saved as a file: the same scenario as the one imported.
    await game.goto();
    await toPicker(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Save ${TITLE} as a file`, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cup-of-tea.scenario.json');
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(draftFromFile(exported)).toEqual(draftFromFile(readFileSync(FIXTURE, 'utf8')));

    // Another profile does not see the first one's scenarios, and imports the exported file.
    await game.goto();
    await addProfile(page, 'Trainer B');
    await toPicker(page);
    expect(await page.locator('.card.own').count()).toBe(0);
    await importFile(page, { name: 'cup-of-tea.scenario.json', buffer: Buffer.from(exported) });

    // Presenter mode, in the same tab (so under Trainer B): listed as written here, run with a room to the end.
    await page.goto('./?mode=presenter');
    await page.locator('body[data-view="presenter-start"]').waitFor();
    const listed = page.locator('.pm-scenarios li', { hasText: TITLE });
    await expect(listed.locator('.pm-written-here').innerText()).resolves.toMatch(/Written here/);
    await openPresenter(game, TITLE);
    const decisions = await runToDebrief(page, PLAN);
    expect(decisions).toBe(2);
    await expect(page.locator('.pm-decisions > li').count()).resolves.toBe(2);
  });

  it('shows the character builder at tablet size: labelled controls and every mood', async () => {
    // Drawn by the game's own code (in happy-dom), then shown in Chromium with the game's styles.
    const window = new Window();
    const saved = globalThis.document;
    globalThis.document = window.document as unknown as Document;
    let html: string;
    try {
      // Mr Okafor from the fixture, as a trainer changing him would see him.
      const d = draftFromFile(readFileSync(FIXTURE, 'utf8')) as WorkshopDraft;
      const initial = { id: 'okafor', entry: d.cast.okafor! };
      html = peopleBuilder({ initial, onDone: () => undefined, onCancel: () => undefined }).outerHTML;
    } finally {
      globalThis.document = saved;
    }
    const css = ['../../src/ui/styles.css', '../../src/ui/workshop/people-builder.css']
      .map((f) => readFileSync(join(import.meta.dirname, f), 'utf8').replace(/@import[^;]+;/g, ''))
      .join('\n');
    const game = await browser.open({ viewport: { width: 768, height: 1024 } });
    const { page } = game;
    await page.setContent(
      `<!doctype html><html lang="en"><head><style>${css}</style></head><body><main id="app">${html}</main></body></html>`,
    );
    await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
    const moods = await page
      .locator('.pb-mood img')
      .evaluateAll((els) => els.map((e) => (e as HTMLImageElement).naturalWidth));
    expect(moods.length).toBe(10);
    expect(moods.every((w) => w > 0)).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'people-builder-768x1024');
  });
});
