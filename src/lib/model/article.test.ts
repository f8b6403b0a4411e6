import { describe, expect, it } from 'vitest';
import { article, parseArticle } from './article';

describe('the article', () => {
  it('parses into its date, paragraphs and one subheading', () => {
    expect(article.date).toBe('2025-09-02');
    expect(article.blocks[0]!.text.startsWith('Pakistani Prime Minister Shehbaz Sharif')).toBe(true);
    expect(article.blocks.filter((block) => block.kind === 'subheading').map((block) => block.text)).toEqual([
      'A balancing act in South Asia',
    ]);
    expect(article.blocks).toHaveLength(16);
  });

  it('refuses a text without its date field', () => {
    expect(() => parseArticle('Pakistani Prime Minister')).toThrow(/does not open with a "date YYYY-MM-DD" field/);
  });
});
