import { describe, expect, it } from 'vitest';
import { compileGlossary, markTerms, type GlossaryEntry } from '../../src/story/glossary';
import glossary from '../../stories/glossary.json';

const g = (term: string, aliases?: string[]): GlossaryEntry => ({
  term,
  meaning: `${term} means…`,
  plain: 'plain',
  aliases,
});
const forms = compileGlossary([
  g('nil by mouth', ['NBM']),
  g('MAR chart', ['MAR']),
  g('care plan'),
  g('care-plan review'),
  g('obs'),
]);
const marked = (text: string) =>
  markTerms(text, forms)
    .map((s) => (s.entry ? `[${s.text}]` : s.text))
    .join('');

describe('glossary marking', () => {
  it('marks whole terms and aliases, keeping the text as written', () => {
    expect(marked("She's NBM from midnight. The MAR's signed and obs were fine.")).toBe(
      "She's [NBM] from midnight. The [MAR]'s signed and [obs] were fine.",
    );
  });
  it('matches lower-case terms in any case, capitalised ones only as written', () => {
    expect(marked('Nil by mouth, said the mar.')).toBe('[Nil by mouth], said the mar.');
  });
  it('prefers the longest term and never marks part of a word', () => {
    expect(marked('Ask for a care-plan review of her care plan. Jobs and mobs.')).toBe(
      'Ask for a [care-plan review] of her [care plan]. Jobs and mobs.',
    );
  });
  it('treats letters and digits of any script as part of a word, and finds a term just after a near miss', () => {
    expect(marked('NBM2, éNBM, NBMé, 𝐀NBM and (NBM).')).toBe('NBM2, éNBM, NBMé, 𝐀NBM and ([NBM]).');
    expect(marked('Zobs obs')).toBe('Zobs [obs]');
  });
  it('gives back the text unchanged when nothing matches', () => {
    expect(markTerms('Hello there.', forms)).toEqual([{ text: 'Hello there.' }]);
  });
  it('every shipped glossary entry has a term, a meaning and a plain way to say it', () => {
    for (const e of glossary as GlossaryEntry[]) {
      expect(e.term.trim(), JSON.stringify(e)).not.toBe('');
      expect(e.meaning.length, e.term).toBeGreaterThan(10);
      expect(e.plain.length, e.term).toBeGreaterThan(2);
    }
  });
});
