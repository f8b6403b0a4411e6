import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, article, parseArticle } from './article';
import { countries } from './countries';

const geo = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')) as FeatureCollection;
const ids = (collection: FeatureCollection) => collection.features.map((feature) => String(feature.id));

describe('the article', () => {
  it('is the copy of shared/article/article-2025-09-02.txt, unchanged', () => {
    const sha256 = createHash('sha256').update(ARTICLE_TEXT).digest('hex');
    expect(sha256).toBe('b3957175c468e9bb0d6e4ba43d34c3fe9aa2ea8e557e94a7609fa2dbb9766177');
  });

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

// That every excerpt is verbatim and every id resolves is geo:check's job: geo/lib/content.test.ts.
describe('what the content says', () => {
  it('every corridor country, in corridor order, quotes the corridor sentence', () => {
    expect(countries.map((country) => country.id)).toEqual(ids(geo('countries.geojson')));
    for (const country of countries) expect(country.excerpts).toContain('corridor');
    expect(countries.find((country) => country.id === 'PAK')!.excerpts).toContain('floods');
  });
});
