// Optional (--profile): one more cold load of the game at 4x under the V8 sampling profiler, from navigation to
// the first line and the stage drawing it. Self time is summed by script file and by function, to say what costs
// the main thread's time. The profiler slows the page, so these figures explain; they are not the benchmark.
import { basename } from 'node:path';
import { coldPage } from './browser.mjs';
import { startScenario } from './play.mjs';
import { round } from './stats.mjs';

export async function profileLoad(browser, url, title, rate = 4) {
  const { page, cdp, close } = await coldPage(browser, rate);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.fi !== null, null, { timeout: 60_000 });
    await page
      .waitForFunction(() => window.__bench.stageReady !== null, null, { timeout: 60_000, polling: 100 })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    await startScenario(page, title);
    await page.waitForTimeout(1500);
    const { profile } = await cdp.send('Profiler.stop');
    return aggregate(profile);
  } finally {
    await close();
  }
}

function aggregate(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFile = new Map();
  const byFn = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const { callFrame: cf } = byId.get(id);
    const file = cf.url ? basename(cf.url.split('?')[0]) : cf.functionName || '(native)';
    if (file === '(idle)') continue;
    total += us;
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    const fn = `${cf.functionName || '(anonymous)'}  ${file}${cf.url ? `:${cf.lineNumber + 1}:${cf.columnNumber + 1}` : ''}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const top = (m, k) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([what, us]) => ({ what, ms: round(us / 1000) }));
  return { busyMs: round(total / 1000), byFile: top(byFile, 12), byFunction: top(byFn, 25) };
}
