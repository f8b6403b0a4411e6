import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countries } from './countries';
import { citedBy } from './sources';

const ARTICLE_TEXT = readFileSync(new URL('./article-2025-09-02.txt', import.meta.url), 'utf8');

describe('the article', () => {
  it('is the copy of shared/article/article-2025-09-02.txt, unchanged', () => {
    const sha256 = createHash('sha256').update(ARTICLE_TEXT).digest('hex');
    expect(sha256).toBe('b3957175c468e9bb0d6e4ba43d34c3fe9aa2ea8e557e94a7609fa2dbb9766177');
  });
});

// That every excerpt is verbatim and every id resolves is geo:check's job: geo/lib/content.test.ts.
describe('what the content says', () => {
  it('every corridor country quotes the corridor sentence, and Pakistan the flood condolences too', () => {
    for (const country of countries) expect(country.excerpts).toContain('corridor');
    expect(countries.find((country) => country.id === 'PAK')!.excerpts).toContain('floods');
  });
});

describe('citedBy', () => {
  it('gives the sources some statements cite, each once, in the order first cited; a drawn statement cites none', () => {
    expect(
      citedBy([
        { text: 'a', sources: ['tassInvitation', 'kremlinBeijing'] },
        { text: 'b', drawn: true },
        { text: 'c', sources: ['kremlinBeijing', 'geoSteelMills'] },
      ]),
    ).toEqual(['tassInvitation', 'kremlinBeijing', 'geoSteelMills']);
    expect(citedBy([{ text: 'only drawn', drawn: true }])).toEqual([]);
  });
});
