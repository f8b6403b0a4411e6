import { describe, expect, it } from 'vitest';
import { excerpts } from '../../content/excerpts';
import { formatKm, quoted, shortAddress, sourceDate } from './format';

describe('formatKm', () => {
  it('gives whole kilometres, grouped', () => {
    expect(formatKm(6419.6)).toBe('6,420 km');
    expect(formatKm(22.2)).toBe('22 km');
  });

  it('gives a length along an approximate path to two figures, never finer than 10 km, marked ≈', () => {
    expect(formatKm(6419.5, true)).toBe('≈\u00a06,400 km');
    expect(formatKm(1454.5, true)).toBe('≈\u00a01,500 km');
    expect(formatKm(687.8, true)).toBe('≈\u00a0690 km');
    expect(formatKm(245.7, true)).toBe('≈\u00a0250 km');
    expect(formatKm(22.2, true)).toBe('≈\u00a020 km');
    expect(formatKm(2836.1, true)).toBe('≈\u00a02,800 km');
    expect(formatKm(0, true)).toBe('≈\u00a00 km');
    expect(formatKm(6419.5, false)).toBe('6,420 km');
  });
});

describe('quoted', () => {
  it('puts an excerpt in double marks, its own quotation in single ones: one pair each, never “"', () => {
    expect(quoted(excerpts.putinOnTrade)).toBe(
      '“‘We must look into why trade turnover has fallen and take steps to remedy the situation,’ he told Sharif, according to Russian media.”',
    );
    expect(quoted('He said, "Yes," and "No."')).toBe('“He said, ‘Yes,’ and ‘No.’”');
  });

  it('changes only the marks: the words are the excerpt’s, apostrophes included', () => {
    for (const excerpt of Object.values(excerpts)) {
      const shown = quoted(excerpt);
      expect(shown).not.toMatch(/"/);
      const marksOut = (text: string) => text.replace(/["‘’“”]/g, '');
      expect(marksOut(shown)).toBe(marksOut(excerpt));
      // Each of the excerpt's marks is one of the shown ones, and the two added are the outer pair.
      expect(shown.replace(/[^"‘’“”]/g, '')).toHaveLength(excerpt.replace(/[^"‘’“”]/g, '').length + 2);
    }
  });

  it('leaves marks that do not pair up as they are', () => {
    expect(quoted('an "unclosed quote')).toBe('“an "unclosed quote”');
    expect(quoted('no marks at all')).toBe('“no marks at all”');
  });
});

describe('sourceDate and shortAddress', () => {
  it('gives a source’s date in a citation’s short form or the list’s long one, a month alone where the day is not known', () => {
    expect(sourceDate('2025-09-02', 'short')).toBe('2 Sep 2025');
    expect(sourceDate('1982', 'long')).toBe('1982');
    expect(sourceDate('2025-09-02', 'long')).toBe('2 September 2025');
    expect(sourceDate('2025-10', 'short')).toBe('Oct 2025');
    expect(sourceDate('2023-07', 'long')).toBe('July 2023');
    expect(sourceDate(undefined, 'long')).toBe('undated');
  });

  it('shows an address without its scheme, its “www.” or its escapes', () => {
    expect(shortAddress('https://tass.com/world/2011059')).toBe('tass.com/world/2011059');
    expect(shortAddress('https://www.geo.tv/latest/613556')).toBe('geo.tv/latest/613556');
    expect(shortAddress('https://en.wikipedia.org/wiki/Afghanistan%E2%80%93Uzbekistan_Friendship_Bridge')).toBe(
      'en.wikipedia.org/wiki/Afghanistan–Uzbekistan_Friendship_Bridge',
    );
  });
});
