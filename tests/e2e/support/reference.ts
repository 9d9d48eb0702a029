// The uninterrupted result of a choice log, worked out in Node: the same compiled story the build ships (imported
// through the ink plugin, so the same JSON and content hash), the same ink seed, the same choices, played straight
// through by the StoryRunner with no save, reload or restore. What the browser ends with is compared with this.

import { Story } from 'inkjs';
import { StoryRunner, type LoggedChoice } from '../../../src/story/runner';
import type { InkStory } from '../../../src/story/ink';
import type { CompiledScenario } from '../../../src/story/scenario';
import { foldEvidence, type ChosenOption } from '../../../src/scoring/evidence';
import { outcome } from '../../../src/scoring/outcomes';
import { bandWords } from '../../../src/debrief/words';
import { applyLine, openingStage, type StageState } from '../../../src/story/staging';

export interface Reference {
  /** Every line shown, in order. */
  lines: string[];
  /** The text of each option chosen, in order. */
  chosen: string[];
  ending: string | null;
  /** Outcome id -> percent, as the summary's bars and the progress store show it. */
  percents: Record<string, number>;
  /** Each outcome's band in the words the summary shows (bandWords). */
  bands: Record<string, string>;
  /** Who is on the stage at the end, where, in which mood. */
  stage: StageState;
}

export function uninterrupted(
  scenario: CompiledScenario,
  seed: number,
  log: readonly LoggedChoice[],
): Reference {
  const runner = new StoryRunner(new Story(scenario.json) as unknown as InkStory, { seed });
  const lines: string[] = [];
  const chosen: ChosenOption[] = [];
  let stage = openingStage(scenario.meta.location);
  for (let guard = 0; guard < 10_000; guard += 1) {
    const beat = runner.next();
    if (beat.kind === 'line') {
      lines.push(beat.text);
      stage = applyLine(stage, beat.directives);
    } else if (beat.kind === 'error')
      throw new Error(`the replay hit a runtime error: ${beat.error.message}`);
    else if (beat.kind === 'ending') {
      if (chosen.length < log.length)
        throw new Error(`the replay ended after ${chosen.length} of ${log.length} logged choices`);
      const evidence = foldEvidence(chosen, scenario.ranges);
      const percents = Object.fromEntries(Object.values(evidence).map((e) => [e.outcome, e.percent]));
      const bands = Object.fromEntries(
        Object.values(evidence).map((e) => [e.outcome, bandWords(e.band, outcome(e.outcome)!.kind)]),
      );
      return { lines, chosen: chosen.map((c) => c.text), ending: beat.ending, percents, bands, stage };
    } else {
      const logged = log[chosen.length];
      if (!logged) throw new Error(`the log has ${log.length} choices, but the story asks for another`);
      const option = beat.options.find((o) => o.index === logged.index);
      if (!option || option.text !== logged.text) {
        throw new Error(
          `logged choice ${chosen.length + 1} ("${logged.text}", index ${logged.index}) is not offered: ${beat.options.map((o) => o.text).join(' | ')}`,
        );
      }
      chosen.push({ text: option.text, meta: option.meta });
      const err = runner.choose(option.index);
      if (err) throw new Error(err.message);
    }
  }
  throw new Error('the replay did not end');
}
