// Text in order without the browser's collation (src/state/order.ts), and the record's dates spelt out without its
// date formats (src/ui/debrief/record-sheet.ts): both gave the same answers as the locale functions they replace.
import { describe, expect, it } from 'vitest';
import { byText } from '../../src/state/order';
import { longDate } from '../../src/ui/debrief/record-sheet';

describe('byText', () => {
  it('puts ISO timestamps oldest first, across days, months and years', () => {
    const times = [
      '2026-12-04T10:00:00.000Z',
      '2025-01-31T23:59:59.999Z',
      '2026-12-04T09:59:59.999Z',
      '2026-02-01T00:00:00.000Z',
    ];
    expect([...times].sort(byText)).toEqual([
      '2025-01-31T23:59:59.999Z',
      '2026-02-01T00:00:00.000Z',
      '2026-12-04T09:59:59.999Z',
      '2026-12-04T10:00:00.000Z',
    ]);
  });

  it('orders keys the same every time, and says 0 only for the same text', () => {
    expect(['nothing-changes', 'back-from-hospital', 'nobody-to-ask'].sort(byText)).toEqual([
      'back-from-hospital',
      'nobody-to-ask',
      'nothing-changes',
    ]);
    expect(byText('a', 'a')).toBe(0);
    expect(byText('a', 'b')).toBeLessThan(0);
    expect(byText('b', 'a')).toBeGreaterThan(0);
  });
});

describe('longDate', () => {
  it('spells the date out as a UK reader writes it, in the device’s time zone', () => {
    // Midday UTC: the same calendar day in every time zone from UTC-11 to UTC+11.
    expect(longDate('2026-12-04T12:00:00.000Z')).toBe('4 December 2026');
    expect(longDate('2027-01-01T12:00:00.000Z')).toBe('1 January 2027');
    const d = new Date('2026-06-15T12:00:00.000Z');
    expect(longDate(d.toISOString())).toBe(
      d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    );
  });

  it('says so when the date cannot be read', () => {
    expect(longDate('not a date')).toBe('Unknown date');
  });
});
