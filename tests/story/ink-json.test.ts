// The compiled story as the game hands it to the ink runtime (src/story/ink-json.ts): plain JSON.parse, with ink's
// integral floats marked as inkjs's own reader marks them, so a story plays the same either way.
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { readInkJson, storyFromJson } from '../../src/story/ink-json';
import { compileInkSource } from '../../tools/ink/compile-source';
import { compiled, STORIES_DIR } from '../support/stories';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function compile(source: string): string {
  const c = compileInkSource(source, 'floats.ink');
  if (!c.json) throw new Error(c.errors.map((e) => e.message).join('\n'));
  return c.json;
}

function playAll(story: Story): string {
  let out = '';
  for (;;) {
    out += story.ContinueMaximally();
    if (story.currentChoices.length === 0) return out;
    story.ChooseChoiceIndex(story.currentChoices.length - 1);
  }
}

describe('reading compiled ink for the runtime', () => {
  it('keeps a float written 1.0 a float, and whole numbers whole', () => {
    // inkjs's compiler writes the float 1.0 as 1 (a JavaScript number has no ".0"); ink's own compiler, inklecate,
    // writes 1.0, and the runtime reads that as a float. Here the compiled text is given inklecate's spelling.
    const json = compile(['VAR dose = 1.5', 'VAR count = 3', '{dose / 2} {count / 2}', '-> END'].join('\n'));
    const inklecate = json.replace('1.5,{"VAR=":"dose"}', '1.0,{"VAR=":"dose"}');
    expect(inklecate).not.toBe(json);
    expect(storyFromJson(Story, inklecate).ContinueMaximally()).toBe('0.5 1\n');
    // And as inkjs reads the text itself (in Node, its own pattern for floats after a comma):
    expect(new Story(inklecate).ContinueMaximally()).toBe('0.5 1\n');
  });

  it('leaves numbers inside the words alone', () => {
    const json = compile('Take 1.0 mg, not 2.0, at 10.05. # dose: 1.0\n-> END');
    const story = storyFromJson(Story, json);
    expect(story.Continue()).toBe('Take 1.0 mg, not 2.0, at 10.05.\n');
    expect(story.currentTags).toEqual(['dose: 1.0']);
  });

  it('marks only numbers ending in .0, as the runtime does', () => {
    expect(readInkJson('[1.0, -2.0, 3.05, 4.50, 5, 6e1, "7.0", "a \\"8.0\\" b", {"k": 9.0}]')).toEqual([
      '1.0f',
      '-2.0f',
      3.05,
      4.5,
      5,
      60,
      '7.0',
      'a "8.0" b',
      { k: '9.0f' },
    ]);
  });

  it('throws on text that is not JSON, as JSON.parse does', () => {
    expect(() => readInkJson('{"inkVersion": 21, "root": [')).toThrow(SyntaxError);
    expect(() => readInkJson('[1.0,')).toThrow(SyntaxError);
  });

  it('plays every shipped story exactly as inkjs reading the text itself', () => {
    const files = readdirSync(STORIES_DIR).filter((f) => f.endsWith('.ink'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const { json } = compiled(join(STORIES_DIR, f));
      const ours = storyFromJson(Story, json);
      const theirs = new Story(json);
      ours.state.storySeed = theirs.state.storySeed = 7;
      expect(playAll(ours), f).toBe(playAll(theirs));
      expect(ours.state.toJson(), f).toBe(theirs.state.toJson());
    }
  });
});
