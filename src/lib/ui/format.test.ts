import { describe, expect, it } from 'vitest';
import { excerpts } from '../../content/excerpts';
import { formatKm, quoted } from './format';

describe('formatKm', () => {
  it('gives whole kilometres, grouped', () => {
    expect(formatKm(6419.6)).toBe('6,420 km');
    expect(formatKm(22.2)).toBe('22 km');
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
