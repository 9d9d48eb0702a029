// Reliability and security in the production build: a strict CSP with no violations, no request to any other
// origin, bad or missing storage handled without losing good data, a story that will not load, learner text shown
// as inert text, and two tabs on one profile.

import { describe, expect, it } from 'vitest';
import { loadPlan, settle, startScenario, useBrowser } from './support/browser';
import { quicken } from './support/fast';
import { playPlanQuickly } from './support/fast-plan';

const browser = useBrowser();
const KEY = 'care-conversations:p:guest:';

describe('security and privacy', () => {
  it('plays a whole scenario under the strict CSP with no violation and no request to another origin', async () => {
    const game = await browser.open();
    const { page } = game;
    // With the stage and the service worker, as shipped; quickly, as the pace of play is not under test here.
    await quicken(game, { stage: true });
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.addInitScript(() => {
      const v: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = v;
      document.addEventListener('securitypolicyviolation', (e) =>
        v.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await game.goto();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    await startScenario(page, 'Nothing after midnight');
    const done = await playPlanQuickly(page, loadPlan('nothing-after-midnight', 'mixed path'), {
      input: 'keyboard',
    });
    expect(done.finished).toBe(true);
    await page.locator('body[data-stage="ready"]').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect([...origins]).toEqual([new URL(page.url()).origin]);
  });

  it('shows markup typed as a profile name as plain text', async () => {
    const game = await browser.open();
    const { page } = game;
    await game.goto();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    await page.getByRole('button', { name: /^Playing as/ }).click();
    await page.getByLabel('Add a profile').fill(payload);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('body[data-view="title"]').waitFor();
    const name = payload.slice(0, 20);
    await expect.poll(() => page.getByRole('button', { name: `Playing as ${name}: change` }).count()).toBe(1);
    expect(await page.locator('#app img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});

describe('storage faults', () => {
  it('sets aside garbage in every saved key, tells the learner, and keeps what was still good', async () => {
    const game = await browser.open();
    const { page } = game;
    await game.goto();
    const good = {
      version: 1,
      data: {
        'nothing-after-midnight': {
          finished: true,
          endings: ['test-cancelled'],
          best: { '1.4a': 30 },
          lastPlayed: '2026-11-20T10:00:00.000Z',
        },
      },
    };
    await page.evaluate(
      ([k, g]) => {
        localStorage.setItem(`${k}settings`, '{"version":1,"data":"not settings"');
        localStorage.setItem(
          `${k}session`,
          JSON.stringify({ version: 1, data: { session: { scenarioId: 'x' } } }),
        );
        localStorage.setItem(`${k}progress`, JSON.stringify(g));
        localStorage.setItem('care-conversations:profiles', 'another app was here');
      },
      [KEY, good] as const,
    );
    await page.reload();
    await page.locator('body[data-view="title"]').waitFor();
    const notices = await page.locator('#notices').innerText();
    expect(notices).toMatch(/settings could not be read/i);
    expect(notices).toMatch(/game was damaged/i);
    // Progress from before the scoring changed is kept, re-banded, and the learner is told once.
    expect(notices).toMatch(/The way the game scores has changed/);
    const backups = await page.evaluate(
      () => Object.keys(localStorage).filter((k) => k.includes(':backup:')).length,
    );
    expect(backups).toBe(3);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    expect(await page.locator('#app').innerText()).toContain('Endings seen: 1');
  });

  it('keeps playing, and says so, when storage is full', async () => {
    const game = await browser.open();
    const { page } = game;
    await game.goto();
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await startScenario(page, 'Found on the floor');
    await settle(page);
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await page.locator('#notices').innerText()).toMatch(/out of storage space/);
    expect(await page.locator('#line-text').count()).toBe(1);
  });

  it('plays, and says progress cannot be kept, when storage is unavailable', async () => {
    const game = await browser.open();
    const { page } = game;
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await game.goto();
    expect(await page.locator('#notices').innerText()).toMatch(/not letting the game save/);
    await startScenario(page, 'Found on the floor');
    expect((await settle(page)).kind).toBe('line');
  });

  it('merges progress from another tab on the same profile and warns about a shared saved game', async () => {
    const a = await browser.open();
    await a.goto();
    const b = await a.context.newPage();
    await b.goto(a.page.url());
    await b.locator('body[data-view="title"]').waitFor();
    // Tab B finishes a scenario (written straight to storage, as its stores would).
    const theirs = {
      version: 1,
      data: {
        'found-on-the-floor': {
          finished: true,
          endings: ['home-and-heard'],
          best: { '1.4c': 90 },
          lastPlayed: '2026-11-25T09:00:00.000Z',
        },
      },
    };
    await b.evaluate(([k, v]) => localStorage.setItem(`${k}progress`, JSON.stringify(v)), [
      KEY,
      theirs,
    ] as const);
    await startScenario(a.page, 'Nothing after midnight');
    await settle(a.page);
    const merged = await a.page.evaluate(
      (k) => JSON.parse(localStorage.getItem(`${k}progress`) ?? '{}'),
      KEY,
    );
    expect(Object.keys(merged.data).sort()).toEqual(['found-on-the-floor', 'nothing-after-midnight']);
    await b.reload();
    await b.locator('body[data-view="title"]').waitFor();
    await a.page.keyboard.press('Enter');
    await expect.poll(() => b.locator('#notices').innerText()).toMatch(/also open in another tab/);
  });
});

describe('content faults', () => {
  it('says so, and loses nothing, when a scenario file will not load', async () => {
    const game = await browser.open();
    const { page } = game;
    game.allow({
      why: 'the test blocks the story file on purpose',
      matches: (e) => /Failed to load resource|dynamically imported module/.test(e.text),
    });
    await page.route(/found-on-the-floor-[^/]*\.js$/, (route) =>
      route.fulfill({ status: 404, body: 'gone' }),
    );
    await game.goto();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Play Found on the floor', exact: true }).click();
    await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
    await expect.poll(() => page.locator('#notices').innerText()).toMatch(/could not be loaded/);
    expect(await page.locator('#app').innerText()).toContain('Start the scenario');
  });
});
