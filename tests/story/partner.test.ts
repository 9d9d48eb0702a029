// Partner directions (role-play in pairs): five line tags read as one role card, or a clear problem.
import { describe, expect, it } from 'vitest';
import { parseLineTags } from '../../src/story/tags';

const reg = { cast: new Set(['kaur', 'funmi']) };
const full = [
  'speaker: kaur',
  'partner: kaur',
  'partner-feels: lost',
  'partner-wants: to know what happens next',
  'partner-well: relaxes',
  'partner-badly: goes quiet',
];

describe('partner directions', () => {
  it('reads the five tags as one role card', () => {
    const { directives, problems } = parseLineTags(full, reg);
    expect(problems).toEqual([]);
    expect(directives.partner).toEqual({
      who: 'kaur',
      feels: 'lost',
      wants: 'to know what happens next',
      well: 'relaxes',
      badly: 'goes quiet',
    });
  });

  it('names what is missing when a part is left out', () => {
    const { directives, problems } = parseLineTags(full.slice(0, 4), reg);
    expect(directives.partner).toBeNull();
    expect(problems[0]?.message).toContain('missing partner-well, partner-badly');
  });

  it('rejects a partner who is not in the cast', () => {
    const { directives, problems } = parseLineTags(['partner: nobody', ...full.slice(2)], reg);
    expect(directives.partner).toBeNull();
    expect(problems[0]?.message).toContain('nobody');
  });

  it('is absent from a line without partner tags', () => {
    expect(parseLineTags(['speaker: kaur'], reg).directives.partner).toBeNull();
  });
});
