// Data-driven test plans (tests/plans/*.plans.json): scripted routes through each shipped scenario, asserting the
// ending reached, the evidence per outcome, the critical options taken and any document the learner wrote.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryRunner, type Option } from '../../src/story/runner';
import { foldEvidence } from '../../src/scoring/evidence';
import { buildDocuments } from '../../src/scoring/documents';
import { OUTCOMES } from '../../src/scoring/outcomes';
import { STORIES_DIR, freshStory, play, registries } from '../support/stories';

interface Plan {
  name: string;
  choices: string[];
  ending: string;
  evidence: Record<string, number>;
  criticals?: number;
  documents?: Record<string, string[]>;
}

const plansDir = join(import.meta.dirname, '..', 'plans');
const planFiles = readdirSync(plansDir).filter((f) => f.endsWith('.plans.json'));

describe('test plans', () => {
  it('every shipped scenario has a best, a poor and a mixed plan, and the best path with one critical option', () => {
    const stories = readdirSync(STORIES_DIR)
      .filter((f) => f.endsWith('.ink'))
      .map((f) => f.replace(/\.ink$/, ''));
    for (const id of stories) {
      const file = join(plansDir, `${id}.plans.json`);
      const names = (JSON.parse(readFileSync(file, 'utf8')) as { plans: Plan[] }).plans.map((p) => p.name);
      expect(names, id).toEqual(
        expect.arrayContaining([
          'best path',
          'poor path',
          'mixed path',
          'best path with one critical option',
        ]),
      );
    }
  });

  for (const planFile of planFiles) {
    const { story, plans } = JSON.parse(readFileSync(join(plansDir, planFile), 'utf8')) as {
      story: string;
      plans: Plan[];
    };
    describe(story, () => {
      for (const plan of plans) {
        it(plan.name, () => {
          const problems: string[] = [];
          const runner = new StoryRunner(freshStory(join(STORIES_DIR, `${story}.ink`)), {
            registries,
            seed: 1,
            onProblem: (p) => problems.push(p.message),
          });
          const pick = (options: Option[], step: number): Option => {
            const want = plan.choices[step];
            const texts = options.map((o) => `  - ${o.text}`).join('\n');
            if (want === undefined)
              throw new Error(`plan has no choice for decision ${step + 1}; options:\n${texts}`);
            const hits = options.filter((o) => o.text.includes(want));
            if (hits.length !== 1)
              throw new Error(`decision ${step + 1}: "${want}" matches ${hits.length} options:\n${texts}`);
            return hits[0]!;
          };
          const played = play(runner, pick);
          expect(problems).toEqual([]);
          expect(played.chosen.length, 'every planned choice was used').toBe(plan.choices.length);
          expect(played.ending).toBe(plan.ending);
          const evidence = foldEvidence(played.chosen, {});
          const sums = Object.fromEntries(OUTCOMES.map((o) => [o.id, evidence[o.id]!.sum]));
          expect(sums).toEqual(plan.evidence);
          if (plan.criticals !== undefined)
            expect(played.chosen.filter((o) => o.meta.critical).length).toBe(plan.criticals);
          // An unsafe route is never praised: one critical option caps both demonstrate outcomes, however well the
          // rest went.
          if (played.chosen.some((o) => o.meta.critical)) {
            expect(evidence['1.4c']!.band, '1.4c after a critical option').toBe('practice');
            expect(evidence['1.4d']!.band, '1.4d after a critical option').toBe('practice');
          }
          if (plan.documents) {
            const docs = buildDocuments(played.chosen);
            for (const [doc, sentences] of Object.entries(plan.documents)) {
              expect(docs[doc]?.map((s) => s.text)).toEqual(sentences);
            }
          }
        });
      }
    });
  }
});
