// Where a slow choice goes: plays one scenario at 4x CPU throttling in the built game (as the bench does) and lists
// the slowest choices with the long animation frames around each, and the script Chrome names in each.
// `node scripts/bench/diag-play.mjs DIR [STORY] [RATE]` (DIR: a production build, e.g. from `npx vite build
// --outDir /tmp/game`). For finding where the choice latency's tail comes from; the bench measures, this explains.
import { launch, coldPage } from './browser.mjs';
import { instantFeedbackOff, playPlan, scenarios, startScenario } from './play.mjs';
import { serve } from './serve.mjs';

const [dir, storyId = 'nothing-after-midnight', rateArg = '4'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/bench/diag-play.mjs DIR [STORY] [RATE]');
  process.exit(2);
}
const story = scenarios().find((s) => s.id === storyId);
const server = await serve(dir);
const browser = await launch();
try {
  const { page, close } = await coldPage(browser, Number(rateArg));
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.fi !== null && window.__bench.stageReady !== null, null, {
    timeout: 60_000,
  });
  await instantFeedbackOff(page);
  await startScenario(page, story.title);
  const from = await page.evaluate(() => performance.now());
  const p = await playPlan(page, story.plan, { settleMs: 270 });
  const loafs = await page.evaluate((t) => window.__bench.loafs.filter((l) => l.start >= t), from);
  const sorted = [...p.choice].sort((a, b) => b - a);
  console.log(
    `${story.id} at ${rateArg}x: ${p.choice.length} choices, slowest ${sorted.slice(0, 5).join(', ')} ms`,
  );
  console.log(`long animation frames while playing (> 50 ms): ${loafs.filter((l) => l.dur > 50).length}`);
  for (const l of loafs
    .filter((x) => x.dur > 50)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 15))
    console.log(
      `  ${Math.round(l.dur)} ms at ${Math.round(l.start)} (render ${Math.round(l.render)} ms): ${
        l.scripts
          .map(
            (x) =>
              `${(x.url ?? '').split('/').pop()} ${(x.fn || x.invoker || '').slice(0, 60)} ${Math.round(x.dur)} ms`,
          )
          .join('; ') || 'no script'
      }`,
    );
  await close();
} finally {
  await browser.close();
  await server.close();
}
