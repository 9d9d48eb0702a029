import { describe, expect, it } from 'vitest';
import { applyLine, openingStage, samePicture } from '../../src/story/staging';
import { emptyLineDirectives, type LineDirectives } from '../../src/story/tags';

const line = (d: Partial<LineDirectives>): LineDirectives => ({ ...emptyLineDirectives(), ...d });

describe('staging', () => {
  it('brings a speaker on, sets moods, and marks who is speaking', () => {
    let s = openingStage('lounge');
    s = applyLine(s, line({ speaker: 'kaur', moods: [{ who: 'kaur', mood: 'worried' }] }));
    expect(s).toEqual({
      location: 'lounge',
      people: [{ id: 'kaur', mood: 'worried', offstage: false }],
      speaking: 'kaur',
      ambience: null,
    });
    s = applyLine(s, line({ speaker: 'you' }));
    expect(s.speaking).toBeNull();
    expect(s.people).toHaveLength(1);
  });

  it('clears the stage on a new location and on exit: all', () => {
    let s = applyLine(openingStage('lounge'), line({ enter: ['kaur', 'jas'] }));
    expect(s.people.map((p) => p.id)).toEqual(['kaur', 'jas']);
    s = applyLine(s, line({ location: 'bedroom', speaker: 'kaur' }));
    expect(s.people.map((p) => p.id)).toEqual(['kaur']);
    s = applyLine(s, line({ exit: ['all'] }));
    expect(s.people).toEqual([]);
  });

  it('keeps an offstage voice off the stage, and sets moods of others by id', () => {
    let s = applyLine(openingStage('office'), line({ speaker: 'rhys', offstage: true }));
    expect(s.people).toEqual([{ id: 'rhys', mood: 'neutral', offstage: true }]);
    s = applyLine(s, line({ moods: [{ who: 'rhys', mood: 'angry' }] }));
    expect(s.people[0]).toEqual({ id: 'rhys', mood: 'angry', offstage: true });
  });

  it('starts and stops ambience', () => {
    let s = applyLine(openingStage(null), line({ ambience: 'night' }));
    expect(s.ambience).toBe('night');
    s = applyLine(s, line({}));
    expect(s.ambience).toBe('night');
    s = applyLine(s, line({ ambience: 'none' }));
    expect(s.ambience).toBeNull();
  });

  it('never has more than four people on stage', () => {
    const s = applyLine(openingStage('lounge'), line({ enter: ['a', 'b', 'c', 'd', 'e'] }));
    expect(s.people.map((p) => p.id)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('knows when a line leaves the picture as it was, and when it changes what is drawn', () => {
    const talking = applyLine(openingStage('lounge'), line({ speaker: 'kaur', enter: ['jas'] }));
    // Narration after narration, or the same speaker going on: a new state, the same picture.
    const again = applyLine(talking, line({ speaker: 'kaur' }));
    expect(again).not.toBe(talking);
    expect(samePicture(again, talking)).toBe(true);
    // The ambience is heard, not drawn.
    expect(samePicture(applyLine(talking, line({ speaker: 'kaur', ambience: 'tv' })), talking)).toBe(true);
    // Each of these is drawn: another speaker, a mood, someone leaving, another room, a voice heard and not seen.
    const changes = [
      line({ speaker: 'jas' }),
      line({}),
      line({ speaker: 'kaur', moods: [{ who: 'kaur', mood: 'worried' }] }),
      line({ speaker: 'kaur', exit: ['jas'] }),
      line({ speaker: 'kaur', location: 'bedroom' }),
      line({ speaker: 'kaur', enter: ['sam'] }),
    ];
    for (const d of changes)
      expect(samePicture(applyLine(talking, d), talking), JSON.stringify(d)).toBe(false);
    const phone = applyLine(openingStage('office'), line({ speaker: 'rhys', offstage: true }));
    const inPerson = { ...phone, people: phone.people.map((p) => ({ ...p, offstage: false })) };
    expect(samePicture(inPerson, phone)).toBe(false);
  });
});
