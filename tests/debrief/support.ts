// A controller over a fixture or shipped story, in Node, for building debriefs and records from real sessions.
import { join } from 'node:path';
import { Controller } from '../../src/app/controller';
import { storesAndInk } from '../support/controller-deps';
import type { Session } from '../../src/state/session';
import type { CatalogueEntry, CompiledScenario } from '../../src/story/scenario';
import { parseStoryMeta } from '../../src/story/tags';
import { checkCompiled } from '../../tools/checker/check';
import { compileInkFile } from '../../tools/ink/compile';
import { loadStoryData, registriesFrom } from '../../tools/ink/registries';
import { buildDebrief, type Debrief } from '../../src/debrief/debrief';
import { snapshotBeforeRetry } from '../../src/debrief/replay';
import { FIXTURES } from '../support/fixtures';
import { STORIES_DIR } from '../support/stories';
import { MemoryStorage } from '../support/memory-storage';
import { cast } from '../../src/story/registries';

export { cast };

export function compiledScenario(file: string, id: string): CompiledScenario {
  const c = compileInkFile(file);
  if (c.errors.length) throw new Error(c.errors.map((e) => e.message).join('\n'));
  const registries = registriesFrom(loadStoryData(join(file, '..')));
  const report = checkCompiled(c, { registries, bar: false });
  const { meta } = parseStoryMeta(c.story?.globalTags ?? [], registries);
  return {
    id,
    hash: c.hash,
    meta,
    ranges: Object.fromEntries(
      Object.entries(report.outcomes).map(([k, o]) => [k, { min: o.min, max: o.max }]),
    ),
    endings: report.endings,
    decisions: { min: report.minDecisions, max: report.maxDecisions },
    json: c.json,
    roleplay: report.roleplay,
  };
}

export const fixtureFile = (name: string) => join(FIXTURES, name);
export const storyFile = (id: string) => join(STORIES_DIR, `${id}.ink`);

export function setup(scenario: CompiledScenario, storage = new MemoryStorage()) {
  const entry: CatalogueEntry = {
    ...scenario.meta,
    id: scenario.id,
    load: async () => ({ default: scenario }),
  };
  let clock = Date.parse('2026-11-25T12:00:00Z');
  const deps = {
    catalogue: [entry],
    ...storesAndInk(storage),
    captionFor: (id: string) => `caption for ${id}`,
    now: () => new Date((clock += 1000)),
    random: () => 0.5,
  };
  const controller = new Controller(deps);
  const session = () => deps.session.getState().session!;
  /** Continue through lines and feedback to the next choice point or the end. */
  const toChoice = () => {
    while (session().screen.kind === 'line' || session().screen.kind === 'feedback') controller.continue();
    return session().screen;
  };
  /** At each decision, chooses the one option containing the words given. */
  const follow = (choices: readonly string[]) => {
    for (const want of choices) {
      const screen = toChoice();
      if (screen.kind !== 'choices') throw new Error(`expected a choice for "${want}", found ${screen.kind}`);
      const hits = screen.options.map((o, i) => (o.text.includes(want) ? i : -1)).filter((i) => i >= 0);
      if (hits.length !== 1) throw new Error(`"${want}" matches ${hits.length} options`);
      controller.choose(hits[0]!);
    }
    return toChoice();
  };
  const debrief = (endingsSeen?: string[]): Debrief =>
    buildDebrief({
      session: session(),
      scenario: {
        title: scenario.meta.title,
        ranges: scenario.ranges,
        endings: scenario.endings,
        cast: scenario.meta.cast,
      },
      cast,
      endingsSeen: endingsSeen ?? deps.progress.getState()[scenario.id]?.endings ?? [],
    });
  /** What the debrief's "Try this decision again" does: keep the evidence, wind back, note it on the session. */
  const tryAgain = (index: number) => {
    const snapshot = snapshotBeforeRetry(session(), controller.evidence(), index);
    controller.retry(index);
    const after: Session = session();
    if (snapshot) deps.session.setState({ session: { ...after, previousEvidence: snapshot } });
  };
  return { controller, deps, session, toChoice, follow, debrief, tryAgain, storage };
}
