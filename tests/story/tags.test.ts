import { describe, expect, it } from 'vitest';
import {
  choiceContractProblems,
  parseChoiceTags,
  parseLineTags,
  parseStoryMeta,
  splitTag,
} from '../../src/story/tags';
import { OUTCOME_IDS } from '../../src/scoring/outcomes';

const reg = {
  cast: new Set(['kaur', 'sam']),
  moods: new Set(['neutral', 'worried']),
  locations: new Set(['lounge', 'office']),
  sounds: new Map([
    ['call-bell', 'sfx'],
    ['lounge', 'ambience'],
  ]),
  outcomes: OUTCOME_IDS,
};

describe('splitTag', () => {
  it('keeps colons inside the value', () => {
    expect(splitTag('feedback: Why: because she asked')).toEqual({
      key: 'feedback',
      value: 'Why: because she asked',
    });
  });
  it('reads a bare flag', () => {
    expect(splitTag(' critical ')).toEqual({ key: 'critical', value: '' });
  });
});

describe('story metadata', () => {
  it('parses every global tag', () => {
    const { meta, problems } = parseStoryMeta(
      [
        'title: Nil by mouth',
        'summary: S.',
        'minutes: 12',
        'outcomes: 1.4a 1.4c',
        'location: lounge',
        'cast: kaur sam',
        'content-note: A fall.',
      ],
      reg,
    );
    expect(problems).toEqual([]);
    expect(meta).toEqual({
      title: 'Nil by mouth',
      summary: 'S.',
      minutes: 12,
      outcomes: ['1.4a', '1.4c'],
      location: 'lounge',
      cast: ['kaur', 'sam'],
      contentNote: 'A fall.',
    });
  });
  it('reports unknown keys, bad minutes and unknown ids', () => {
    const { problems } = parseStoryMeta(
      ['colour: blue', 'minutes: soon', 'outcomes: 1.4a 9.9z', 'cast: nobody', 'speaker: kaur'],
      reg,
    );
    expect(problems.map((p) => p.message)).toEqual([
      'unknown tag key "colour"',
      'minutes must be a whole number of minutes, not "soon"',
      'unknown outcome id "9.9z"',
      'unknown speaker or cast id "nobody"',
      '"speaker" is a line tag, not a global tag (top of the file)',
    ]);
  });
});

describe('line tags', () => {
  it('parses directives, whatever the order of speaker and mood', () => {
    const { directives, problems } = parseLineTags(
      [
        'mood: worried',
        'speaker: kaur',
        'sfx: call-bell',
        'ambience: lounge',
        'location: office',
        'note: Ask the room.',
        'pause',
        'enter: sam',
        'exit: all',
        'ending: done',
      ],
      reg,
    );
    expect(problems).toEqual([]);
    expect(directives).toMatchObject({
      speaker: 'kaur',
      moods: [{ who: 'kaur', mood: 'worried' }],
      sfx: ['call-bell'],
      ambience: 'lounge',
      location: 'office',
      notes: ['Ask the room.'],
      pause: true,
      enter: ['sam'],
      exit: ['all'],
      ending: 'done',
    });
  });
  it('sets another character\'s mood with "mood: ID MOOD"', () => {
    expect(parseLineTags(['mood: sam neutral'], reg).directives.moods).toEqual([
      { who: 'sam', mood: 'neutral' },
    ]);
  });
  it('lets the learner speak as "you"', () => {
    expect(parseLineTags(['speaker: you'], reg).directives.speaker).toBe('you');
  });
  it('reports each kind of mistake once', () => {
    const msgs = (tags: string[]) => parseLineTags(tags, reg).problems.map((p) => p.message);
    expect(msgs(['speaker: nobody', 'mood: worried'])).toEqual(['unknown speaker or cast id "nobody"']);
    expect(msgs(['mood: grumpy', 'speaker: kaur'])).toEqual(['unknown mood "grumpy"']);
    expect(msgs(['mood: worried'])).toEqual([
      '"mood: worried" on a line with no speaker: write "mood: ID worried"',
    ]);
    expect(msgs(['sfx: lounge'])).toEqual(['sound "lounge" is ambience, not sfx']);
    expect(msgs(['location: moon'])).toEqual(['unknown location "moon"']);
    expect(msgs(['pause: now'])).toEqual(['"pause" is a flag and takes no value']);
    expect(msgs(['note'])).toEqual(['"note" needs a value']);
    expect(msgs(['offstage'])).toEqual(['"offstage" needs a speaker on the same line']);
    expect(msgs(['rating: best'])).toEqual(['"rating" is a choice tag (inside the [ ]), not a line tag']);
    expect(msgs(['ending: Good End'])).toEqual(['ending id "Good End" must be lower case a-z 0-9 and -']);
  });
});

describe('choice tags', () => {
  it('parses scores, rating, feedback, trust, critical and record', () => {
    const { meta, problems } = parseChoiceTags(
      [
        'rating: poor',
        'score: 1.4c -2',
        'score: 1.4d +1',
        'critical',
        'feedback: Why: it matters.',
        'trust: kaur -1',
        'record: incident-record',
      ],
      reg,
    );
    expect(problems).toEqual([]);
    expect(meta).toEqual({
      rating: 'poor',
      scores: [
        { outcome: '1.4c', value: -2 },
        { outcome: '1.4d', value: 1 },
      ],
      critical: true,
      feedback: 'Why: it matters.',
      trust: [{ who: 'kaur', delta: -1 }],
      record: 'incident-record',
    });
  });
  it('treats a choice without tags (after a state load) as having none', () => {
    expect(parseChoiceTags(null, reg).meta.scores).toEqual([]);
  });
  it('rejects out-of-range and unsigned scores and unknown outcomes', () => {
    const msgs = parseChoiceTags(
      ['score: 1.4a +3', 'score: 1.4a 1', 'score: 2.2x +1', 'score: 1.4a', 'rating: great'],
      reg,
    ).problems.map((p) => p.message);
    expect(msgs).toEqual([
      '+3 is out of range (-2 to +2)',
      '"1" must be a signed whole number such as +1 or -2',
      'unknown outcome id "2.2x"',
      'score takes "OUTCOME ±N"',
      'rating must be best, ok, poor or none, not "great"',
    ]);
  });
  it('applies the contract: rating, feedback and a score on every visible option', () => {
    const bare = parseChoiceTags([], reg).meta;
    expect(choiceContractProblems(bare)).toEqual([
      'visible choice has no "rating"',
      'visible choice has no "feedback"',
      'visible choice has no "score"',
    ]);
    expect(choiceContractProblems(parseChoiceTags(['rating: none'], reg).meta)).toEqual([]);
    expect(choiceContractProblems(parseChoiceTags(['rating: none', 'score: 1.4a +1'], reg).meta)).toEqual([
      'a "rating: none" navigation choice cannot score',
    ]);
  });
});
