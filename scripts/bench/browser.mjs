// Headless Chromium as the architecture note sets it up: Debian's /usr/bin/chromium (never a downloaded browser),
// WebGL through SwiftShader. Every measured load gets a fresh browser context: an empty HTTP cache, no service
// worker, no saved game. CPU throttling is set through the DevTools protocol before navigation.
import { chromium } from 'playwright-core';
import { ensureChromium } from '../ensure-chromium.mjs';
import { probe } from './probe.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

const ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
];

export async function launch() {
  const executablePath = ensureChromium();
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  return browser;
}

/**
 * A cold page: new context, the probe installed, CPU throttled to `rate`. Returns { page, cdp, close }.
 * `probeOpts` go to the in-page probe (see probe.mjs).
 */
export async function coldPage(browser, rate, probeOpts = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'allow',
  });
  await context.addInitScript(probe, probeOpts);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // SwiftShader's "GPU stall due to ReadPixels" is expected; anything else is worth a look.
    if (m.type() === 'error' && !/GPU stall due to ReadPixels/.test(m.text())) errors.push(m.text());
  });
  return {
    page,
    cdp,
    errors,
    close: () => context.close(),
  };
}

/** JS heap in MB after two full garbage collections, with the DOM node and listener counts. */
export async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { mb: usedSize / 2 ** 20, nodes: m.Nodes, listeners: m.JSEventListeners, documents: m.Documents };
}
