import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import type { InkStory } from '../../src/story/ink';
import { StoryRunner, type Beat } from '../../src/story/runner';
import { isStorySave, makeSave, restore } from '../../src/story/save';
import { fixtureCompiled, fixtureRegistries, fixtureStory } from '../support/fixtures';

const opts = { registries: fixtureRegistries };
const hash = fixtureCompiled('visit.ink').hash;

/** Plays the first `choices` decisions (always the first option) and then `lines` more lines. */
function playTo(choices: number, lines: number): StoryRunner {
  const r = new StoryRunner(fixtureStory('visit.ink'), { ...opts, seed: 3 });
  let made = 0;
  for (;;) {
    const b = r.next();
    if (b.kind === 'choices') {
      if (made === choices) break;
      r.choose(0);
      made += 1;
    }
    if (b.kind === 'line' && made === choices && r.linesSinceLastChoice >= lines) break;
    if (b.kind === 'ending' || b.kind === 'error') break;
  }
  return r;
}

const rest = (r: StoryRunner): Beat[] => {
  const out: Beat[] = [];
  for (let b = r.next(); ; b = r.next()) {
    out.push(b);
    if (b.kind === 'choices') r.choose(0);
    else if (b.kind !== 'line') return out;
  }
};

describe('save and restore', () => {
  it('round-trips through JSON and validates its shape', () => {
    const save = makeSave(playTo(1, 1), 'visit', hash);
    expect(isStorySave(JSON.parse(JSON.stringify(save)))).toBe(true);
    expect(isStorySave({ ...save, choiceLog: [{ index: 'x' }] })).toBe(false);
    expect(isStorySave(null)).toBe(false);
    expect(isStorySave('{"version":1}')).toBe(false);
  });

  it('restores ink state exactly when the story is unchanged', () => {
    const original = playTo(1, 2);
    const save = makeSave(original, 'visit', hash);
    const restored = restore(() => fixtureStory('visit.ink'), hash, save, opts);
    expect(restored.how).toBe('state');
    expect(restored.divergence).toBeNull();
    expect(rest(restored.runner)).toEqual(rest(original));
  });

  it('replays the choice log when the story changed, matching options by text', () => {
    const save = makeSave(playTo(1, 1), 'visit', hash);
    const edited = fixtureCompiled('visit-edited.ink');
    const restored = restore(() => new Story(edited.json) as unknown as InkStory, edited.hash, save, opts);
    expect(restored.how).toBe('replay');
    expect(restored.divergence).toBeNull();
    // "Sit down facing her" moved from first to second place; the replay follows the text, not the index.
    expect(restored.runner.choiceLog).toEqual([{ index: 1, text: 'Sit down facing her' }]);
    expect(
      restored.replayed.filter((b) => b.kind === 'line').map((b) => (b.kind === 'line' ? b.text : '')),
    ).toEqual([
      'Mrs Kaur looks up from her chair, smiling.',
      '"What is happening tomorrow?"',
      'You sit down facing her.',
    ]);
  });

  it('reports where a replay diverges when a chosen option is gone', () => {
    const r = playTo(2, 0);
    const save = makeSave(r, 'visit', hash);
    save.choiceLog[1] = { index: 1, text: 'Keep it to yourself' };
    const restored = restore(() => fixtureStory('visit-edited.ink'), 'another-hash', save, opts);
    expect(restored.divergence).toEqual({
      step: 1,
      reason: 'the option "Keep it to yourself" is no longer offered here',
    });
    // The runner is left at the last decision it could follow, ready to play on.
    expect(restored.runner.next().kind).toBe('choices');
  });

  it('keeps the ending name when saved on the last line (state restore)', () => {
    const r = new StoryRunner(fixtureStory('visit.ink'), { ...opts, seed: 3 });
    for (let b = r.next(); ; b = r.next()) {
      if (b.kind === 'choices') r.choose(0);
      else if (b.kind === 'line' && b.directives.ending) break;
    }
    const save = JSON.parse(JSON.stringify(makeSave(r, 'visit', hash)));
    expect(r.next()).toEqual({ kind: 'ending', ending: 'talked-it-through' });
    const restored = restore(() => fixtureStory('visit.ink'), hash, save, opts);
    expect(restored.how).toBe('state');
    expect(restored.runner.next()).toEqual({ kind: 'ending', ending: 'talked-it-through' });
  });

  it('falls back to replay when the saved ink state is corrupt', () => {
    const save = { ...makeSave(playTo(1, 1), 'visit', hash), inkState: '{"broken":' };
    const restored = restore(() => fixtureStory('visit.ink'), hash, save, opts);
    expect(restored.how).toBe('replay');
    expect(restored.divergence).toBeNull();
    expect(restored.runner.choiceLog.length).toBe(1);
  });
});
