// The game launched by a cmi5 LMS, with a small LRS of our own on the test server (page.route): it answers the
// auth-token fetch, keeps the launch data and the game's resume state, and checks every statement with
// xapi-validation (a maintained xAPI validator). The learner plays half way by clicking and closes the window, then
// comes back to the same line and plays to the ending. Checked: the launch data is fetched before anything is sent,
// initialized comes first and terminated last in each session, completed comes once, every statement carries the
// registration and the LMS's context, decisions and the ending are recorded, and nothing is passed or failed.
import { describe, expect, inject, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import validateStatement from 'xapi-validation';
import { launchUrl } from '../../scripts/package/manifests';
import { RESUME_STATE_ID } from '../../src/lms/cmi5';
import { clickLikeALearner, loadPlan, NO_MOTION, playPlan, settle, useBrowser } from './support/browser';
import { leaveOutStage, quickClock } from './support/fast';
import type { ScreenInfo } from './support/screen-watch';

const SCENARIO = 'just-being-friendly';
const ACTIVITY = `urn:care-conversations:au:${SCENARIO}`;
const REGISTRATION = '6a2b0b4e-4f52-4d3c-9f4e-0d8a2b1c3e5f';
const ACTOR = {
  objectType: 'Agent',
  account: { homePage: 'https://lms.example', name: 'learner-1' },
  name: 'Sam',
};
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const browser = useBrowser();

interface Lrs {
  /** Everything asked of the LRS, in order: "fetch", "launch-data", "state", or a statement's verb. */
  log: string[];
  statements: Record<string, unknown>[];
  invalid: string[];
}

function verbOf(s: Record<string, unknown>): string {
  return ((s.verb as { id: string }).id.split('/').pop() ?? '').toLowerCase();
}

async function serveLrs(page: Page, base: string, session: string, lrs: Lrs, kept: { state: string | null }) {
  await page.route(`${base}__lrs/**`, async (route: Route) => {
    const req = route.request();
    const url = new URL(req.url());
    const path = url.pathname.split('__lrs/')[1];
    const json = (body: unknown, status = 200) =>
      route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
    if (path === 'fetch') return (lrs.log.push('fetch'), json({ 'auth-token': 'dGVzdDp0ZXN0' }));
    if (path === 'agents/profile') return json({ languagePreference: 'en-GB', audioPreference: 'on' });
    if (path === 'activities/state') {
      const stateId = url.searchParams.get('stateId');
      if (stateId === 'LMS.LaunchData') {
        lrs.log.push('launch-data');
        return json({
          contextTemplate: {
            contextActivities: { grouping: [{ id: 'urn:care-conversations:course:all' }] },
            extensions: { [SESSION]: session },
          },
          launchMode: 'Normal',
          moveOn: 'Completed',
        });
      }
      if (req.method() === 'GET')
        return kept.state ? json(JSON.parse(kept.state)) : route.fulfill({ status: 404, body: '' });
      lrs.log.push('state');
      kept.state = req.postData();
      return route.fulfill({ status: 204, body: '' });
    }
    if (path === 'statements') {
      const body = JSON.parse(req.postData() ?? 'null') as unknown;
      const list = (Array.isArray(body) ? body : [body]) as Record<string, unknown>[];
      for (const s of list) {
        const warnings = validateStatement(s);
        if (warnings.length) lrs.invalid.push(`${verbOf(s)}: ${JSON.stringify(warnings)}`);
        lrs.statements.push(s);
        lrs.log.push(verbOf(s));
      }
      return json(list.map((s) => s.id));
    }
    return route.fulfill({ status: 404, body: '' });
  });
}

function launchAddress(base: string): string {
  const q = new URLSearchParams({
    endpoint: `${base}__lrs/`,
    fetch: `${base}__lrs/fetch`,
    actor: JSON.stringify(ACTOR),
    registration: REGISTRATION,
    activityId: ACTIVITY,
  });
  return `${launchUrl('cmi5', SCENARIO)}&${q}`;
}

/** cmi5's rules for one session's statements (the LRS log from one launch). */
function checkSession(log: string[], statements: Record<string, unknown>[], session: string) {
  expect(log.slice(0, 2)).toEqual(['fetch', 'launch-data']);
  const verbs = log.filter((v) => !['fetch', 'launch-data', 'state'].includes(v));
  expect(verbs[0]).toBe('initialized');
  expect(verbs.at(-1)).toBe('terminated');
  expect(verbs.filter((v) => v === 'initialized' || v === 'terminated')).toHaveLength(2);
  for (const s of statements) {
    const context = s.context as { registration: string; extensions: Record<string, string> };
    expect(context.registration).toBe(REGISTRATION);
    expect(context.extensions[SESSION]).toBe(session);
    expect(JSON.stringify(s)).not.toMatch(/"success":|\/passed"|\/failed"/);
  }
}

/** The learner closes the window: the page hears pagehide, as it would. (Playwright cannot route the requests a
 *  page sends with keepalive once it has really gone, so the page stays open until the LRS has them.) */
async function closeWindow(page: Page): Promise<void> {
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
}

/** xAPI's answer for a state document never written (a first launch) is 404, which the browser logs. */
const noStateYet = {
  why: 'the LRS has no resume state before the first save',
  matches: (e: { text: string; url: string }) =>
    e.text.includes('404') && e.url.includes(`stateId=${encodeURIComponent(RESUME_STATE_ID)}`),
};

describe('in a cmi5 LMS', () => {
  it('records each decision and the ending in order, resumes at the same line, and completes once', async () => {
    const plan = loadPlan(SCENARIO, 'best path');
    const base = inject('baseURL');
    const kept = { state: null as string | null };
    const first: Lrs = { log: [], statements: [], invalid: [] };
    const options = { ...NO_MOTION, viewport: { width: 1280, height: 900 } };
    let open = await browser.open(options);
    // What the LRS hears is the subject, not the pictures or the pace: the stage is left out, the guard skipped.
    await leaveOutStage(open.page);
    await quickClock(open.page);
    open.allow(noStateYet);
    await serveLrs(open.page, base, 'session-1', first, kept);
    await open.page.goto(launchAddress(base));
    await open.page.locator('body[data-view="play"]').waitFor({ timeout: 30_000 });
    await playPlan(open.page, plan, { input: 'mouse', until: 5 });
    let here = await open.page.evaluate(() =>
      (window as never as { __e2e: { read(): ScreenInfo } }).__e2e.read(),
    );
    if (here.kind !== 'line') {
      await clickLikeALearner(open.page, open.page.getByRole('button', { name: 'Continue', exact: true }));
      here = (await settle(open.page)) as never;
    }
    await expect.poll(() => first.log.filter((v) => v === 'answered').length).toBe(5);
    await expect.poll(() => kept.state ?? '').toContain('|l|');
    await closeWindow(open.page);
    await expect.poll(() => first.log.at(-1)).toBe('terminated');
    checkSession(first.log, first.statements, 'session-1');
    expect(first.log).not.toContain('completed');

    const second: Lrs = { log: [], statements: [], invalid: [] };
    open = await browser.open(options);
    await leaveOutStage(open.page);
    await quickClock(open.page);
    await serveLrs(open.page, base, 'session-2', second, kept);
    await open.page.goto(launchAddress(base));
    await open.page.locator('body[data-view="play"]').waitFor({ timeout: 30_000 });
    const back = await settle(open.page);
    expect(back.line).toBe(here.line);
    const played = await playPlan(open.page, plan, { input: 'mouse', from: 5 });
    expect(played.finished).toBe(true);
    await expect.poll(() => second.log.includes('completed')).toBe(true);
    await closeWindow(open.page);
    await expect.poll(() => second.log.at(-1)).toBe('terminated');
    checkSession(second.log, second.statements, 'session-2');

    const all = [...first.statements, ...second.statements];
    expect([...first.invalid, ...second.invalid]).toEqual([]);
    expect(all.filter((s) => verbOf(s) === 'completed')).toHaveLength(1);
    expect(all.filter((s) => verbOf(s) === 'answered')).toHaveLength(plan.choices.length);
    const scored = second.statements.filter((s) => verbOf(s) === 'scored');
    expect(scored.map((s) => (s.object as { id: string }).id.split('/').pop())).toEqual([
      'outcome-1.4a',
      'outcome-1.4b',
      'outcome-1.4c',
      'outcome-1.4d',
    ]);
    // The ending comes before completed, and completed before terminated.
    const order = second.log.filter((v) => ['experienced', 'completed', 'terminated'].includes(v));
    expect(order).toEqual(['experienced', 'completed', 'terminated']);
  });
});
