import { describe, expect, it } from 'vitest';
import { StoryRunner, type Beat } from '../../src/story/runner';
import { fixtureRegistries, fixtureStory } from '../support/fixtures';

const runner = (name = 'visit.ink', problems: string[] = []) =>
  new StoryRunner(fixtureStory(name), {
    registries: fixtureRegistries,
    seed: 7,
    onProblem: (p) => problems.push(p.message),
  });

describe('StoryRunner', () => {
  it('reads the story metadata from global tags', () => {
    expect(runner().meta).toMatchObject({
      title: 'A short visit',
      minutes: 2,
      outcomes: ['1.4a', '1.4c'],
      location: 'lounge',
      cast: ['kaur', 'sam'],
    });
  });

  it('gives a line beat with directives, without repeating the global tags', () => {
    const problems: string[] = [];
    const r = runner('visit.ink', problems);
    const first = r.next();
    expect(first).toMatchObject({ kind: 'line', text: 'Mrs Kaur looks up from her chair.', speaker: null });
    if (first.kind !== 'line') throw new Error('expected a line');
    // The tag-only "# ambience: lounge" line is folded into the first line shown.
    expect(first.tags).toEqual(['ambience: lounge', 'mood: kaur worried']);
    expect(first.directives.ambience).toBe('lounge');
    expect(first.directives.moods).toEqual([{ who: 'kaur', mood: 'worried' }]);
    const second = r.next();
    expect(second).toMatchObject({
      kind: 'line',
      speaker: 'kaur',
      directives: { sfx: ['call-bell'], notes: ['What would you say first?'] },
    });
    expect(problems).toEqual([]);
  });

  it('gives a choice point with parsed options, and the same beat when asked again', () => {
    const r = runner();
    r.next();
    r.next();
    const beat = r.next();
    expect(beat.kind).toBe('choices');
    if (beat.kind !== 'choices') return;
    expect(beat.options.map((o) => [o.text, o.meta.rating])).toEqual([
      ['Sit down facing her', 'best'],
      ['Answer from the doorway', 'poor'],
      ['Say nothing yet', 'ok'],
    ]);
    expect(beat.options[0]!.meta.trust).toEqual([{ who: 'kaur', delta: 1 }]);
    expect(r.next()).toEqual(beat);
  });

  it('plays to a named ending and logs the choices', () => {
    const r = runner();
    const beats: Beat[] = [];
    let beat = r.next();
    while (beat.kind !== 'ending') {
      beats.push(beat);
      if (beat.kind === 'choices') r.choose(0);
      if (beat.kind === 'error') throw new Error(beat.error.message);
      beat = r.next();
    }
    expect(beat).toEqual({ kind: 'ending', ending: 'talked-it-through' });
    expect(r.choiceLog).toEqual([
      { index: 0, text: 'Sit down facing her' },
      { index: 0, text: 'Tell Sam her hearing aid is not on her record' },
    ]);
    const lines = beats.filter((b) => b.kind === 'line');
    expect(lines.map((l) => (l.kind === 'line' ? l.speaker : null))).toEqual([
      null,
      'kaur',
      'you',
      null,
      'sam',
      null,
      null,
    ]);
    const handover = lines.find((l) => l.kind === 'line' && l.speaker === 'sam');
    expect(handover).toMatchObject({ directives: { pause: true } });
    expect(r.next()).toEqual(beat);
  });

  it('refuses a choice that is not on offer, as a typed error', () => {
    const r = runner();
    expect(r.choose(0)).toMatchObject({ kind: 'choice' });
    r.next();
    r.next();
    r.next();
    expect(r.choose(9)).toMatchObject({ kind: 'choice', message: 'there is no option 9 to choose here' });
  });

  it('turns an ink runtime error into an error beat instead of throwing', () => {
    const r = runner('runtime-error.ink');
    expect(r.next()).toMatchObject({ kind: 'line', text: 'Before the error.' });
    expect(r.next().kind).toBe('choices');
    r.choose(0);
    const beat = r.next();
    expect(beat.kind).toBe('error');
    if (beat.kind === 'error')
      expect(beat.error).toMatchObject({ kind: 'runtime', near: 'Before the error.' });
    expect(r.next().kind).toBe('error');
  });

  it('reports tag problems through onProblem and keeps playing', () => {
    const problems: string[] = [];
    const r = runner('bad-tags.ink', problems);
    expect(r.next()).toMatchObject({ kind: 'line', text: 'Hello.' });
    expect(r.next().kind).toBe('choices');
    expect(problems).toContain('unknown speaker or cast id "nobody" (in "# speaker: nobody")');
    expect(problems).toContain('unknown tag key "ratng" (in "# ratng: best")');
    expect(problems).toContain('unknown tag key "colour" (in "# colour: blue")');
  });
});
