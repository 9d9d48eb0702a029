// One cold load: navigation to the first usable control, and to the first line of the bench story.
// The game: title (Start) -> picker (Play <title>) -> before (Start the scenario) -> first line, with the clicks
// made once the stage has booted, as a learner reading the title would. The baselines show their first line
// straight away, so their first line is timed from navigation.
import { coldPage } from './browser.mjs';
import { startScenario } from './play.mjs';
import { longTaskSummary } from './stats.mjs';

const TAIL_MS = 1000; // after the first line: the stage draws the room and people (textures from SVG)

export async function coldLoad(browser, target, rate, { url, title }) {
  // The game's first control is the title's Start button; a baseline's is its first Continue (or option).
  const probeOpts = target === 'game' ? { firstControlName: 'Start' } : {};
  const { page, cdp, errors, close } = await coldPage(browser, rate, probeOpts);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.fi !== null, null, { timeout: 60_000 });
    let firstLineMs;
    let firstLineAt;
    if (target === 'game') {
      await page
        .waitForFunction(() => window.__bench.stageReady !== null, null, { timeout: 60_000, polling: 100 })
        .catch(() => undefined);
      await page.waitForTimeout(300);
      const shown = await startScenario(page, title, 60_000);
      if (shown.kind !== 'line')
        throw new Error(`after "Start the scenario" expected a line, got ${shown.kind}`);
      firstLineMs = shown.paint;
      firstLineAt = shown.at + shown.paint;
    } else {
      await page.waitForFunction(() => window.__bench.firstLine !== null, null, { timeout: 60_000 });
    }
    await page.waitForTimeout(TAIL_MS);
    const b = await page.evaluate(() => {
      const B = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource');
      const resources = [
        {
          url: nav.name,
          type: 'document',
          start: 0,
          end: nav.responseEnd,
          encoded: nav.encodedBodySize,
          decoded: nav.decodedBodySize,
        },
        ...res.map((r) => ({
          url: r.name,
          type: r.initiatorType,
          start: r.startTime,
          end: r.responseEnd,
          encoded: r.encodedBodySize,
          decoded: r.decodedBodySize,
        })),
      ];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      return {
        fi: B.fi,
        fiLabel: B.fiLabel,
        firstLine: B.firstLine,
        stageReady: B.stageReady,
        fcp,
        longTasks: B.longTasks,
        loafs: B.loafs,
        resources,
      };
    });
    const m = await cdp.send('Performance.getMetrics');
    const metric = Object.fromEntries(m.metrics.map((x) => [x.name, x.value]));
    return {
      firstInteractiveMs: b.fi,
      firstControl: b.fiLabel,
      firstLineMs: target === 'game' ? firstLineMs : b.firstLine,
      firstLineAt: target === 'game' ? firstLineAt : b.firstLine,
      stageReadyMs: b.stageReady,
      fcpMs: b.fcp,
      longTasks: longTaskSummary(b.longTasks, b.fi),
      loafs: b.loafs.filter((l) => l.start + l.dur >= b.fi),
      resources: b.resources,
      scriptMs: metric.ScriptDuration * 1000,
      taskMs: metric.TaskDuration * 1000,
      errors,
    };
  } finally {
    await close();
  }
}
