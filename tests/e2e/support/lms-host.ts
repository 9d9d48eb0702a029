// A test LMS for the browser tests: a page on the game's origin that hosts the game in a frame filling the window
// (so the mouse and keyboard helpers work unchanged), with scorm-again, a SCORM runtime real LMSs use, as the API.
// The page is served by page.route; scorm-again's own browser bundles come from node_modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

const SCORM_AGAIN = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'scorm-again', 'dist');
export const HOST_PATH = '__lms/host.html';

const HOST_HTML = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Test LMS</title>
<style>html,body{margin:0;height:100%}iframe{position:fixed;inset:0;width:100%;height:100%;border:0}</style>
<script src="scorm12.js"></script><script src="scorm2004.js"></script>
</head><body><script>
  // launch(kind, url, stored): a fresh API for this launch (with what the LMS kept from the last one), then the game.
  window.launch = (kind, url, stored) => {
    const Api = kind === 'scorm12' ? Scorm12API : Scorm2004API;
    const api = new Api({ logLevel: 5, autocommit: false, lmsCommitUrl: false });
    if (stored) api.loadFromJSON(stored);
    window.calls = [];
    window.refuseCommits = 0;
    const names = kind === 'scorm12'
      ? ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
      : ['Initialize', 'SetValue', 'Commit', 'Terminate'];
    for (const name of names) {
      const real = api[name].bind(api);
      api[name] = (...args) => {
        // A commit the LMS refuses (a dropped connection, a busy server): the value is not stored.
        if (name.endsWith('Commit') && window.refuseCommits > 0) {
          window.refuseCommits -= 1;
          window.calls.push([name, 'refused']);
          return 'false';
        }
        window.calls.push([name, ...args]);
        return real(...args);
      };
    }
    window.API = kind === 'scorm12' ? api : undefined;
    window.API_1484_11 = kind === 'scorm2004' ? api : undefined;
    window.api = api;
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'Course';
    document.body.replaceChildren(frame);
  };
  // close(): the learner closes the course window; the LMS keeps what was committed.
  window.closeCourse = () => document.body.replaceChildren();
</script></body></html>`;

/** Serves the test LMS page and scorm-again's bundles beside the game. */
export async function serveLmsHost(page: Page, baseURL: string): Promise<void> {
  await page.route(`${baseURL}__lms/**`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    if (name === 'host.html') return route.fulfill({ contentType: 'text/html', body: HOST_HTML });
    return route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(join(SCORM_AGAIN, name), 'utf8'),
    });
  });
}

/** The game's frame, once it is up. */
export async function gameFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the course frame has no document');
  return frame;
}

/**
 * The game's frame as the play helpers expect a Page: everything from the frame, except the mouse, keyboard and
 * touch screen, which are the page's (the frame fills the window, so its coordinates are the page's).
 */
export function asPage(page: Page, frame: Frame): Page {
  return new Proxy(frame, {
    get(target, prop) {
      if (prop === 'mouse' || prop === 'keyboard' || prop === 'touchscreen') return page[prop];
      const value = (target as unknown as Record<string | symbol, unknown>)[prop];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Page;
}
