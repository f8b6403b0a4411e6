import { describe, expect, it } from 'vitest';
import { checkContent, checkExcerpts, readContent, type ContentData } from './content.ts';
import { fixture } from './fixture.ts';
import { readGeo } from './files.ts';
import type { Places } from '../contract.ts';

const lines = (problems: Array<{ file: string; feature: string; message: string }>) =>
  problems.map((problem) => `${problem.file}: ${problem.feature}: ${problem.message}`);

describe('the content as committed', () => {
  it('passes every content check against the article and geo/', async () => {
    expect(lines(checkContent(await readContent(), readGeo(), 'src/content', 'geo'))).toEqual([]);
  });
});

describe('checkExcerpts', () => {
  it('rejects content-excerpt-not-verbatim.json: a reworded excerpt and an empty one', async () => {
    const { article } = await readContent();
    const edited = fixture<Pick<ContentData, 'excerpts'>>('content-excerpt-not-verbatim.json');
    expect(lines(checkExcerpts('excerpts.ts', article, edited.excerpts))).toEqual([
      'excerpts.ts: steelMills: is not word for word in the article: it departs after "In July, Moscow and Islamabad a"',
      'excerpts.ts: connectivity: is empty; an excerpt quotes the article',
    ]);
  });

  it('says when an excerpt departs from its first character', () => {
    expect(lines(checkExcerpts('e', 'The article.', { invented: 'Zebras.' }))).toEqual([
      'e: invented: is not word for word in the article: it departs from its first character',
    ]);
  });
});

describe('checkContent', () => {
  it('rejects place-no-content.geojson: an article place nothing is said of, added to geo/', async () => {
    const committed = readGeo();
    const added = fixture<Places>('place-no-content.geojson').features;
    const geo = { ...committed, places: { ...committed.places, features: [...committed.places.features, ...added] } };
    expect(lines(checkContent(await readContent(), geo, 'src/content', 'geo'))).toEqual([
      'geo/places.geojson: tianjin: article place with no content in src/content/places.ts',
    ]);
  });

  it('rejects content-place-no-excerpt.json: a place with no excerpt, and one naming a missing excerpt', async () => {
    const committed = await readContent();
    const edited = fixture<Pick<ContentData, 'places'>>('content-place-no-excerpt.json').places;
    const content = {
      ...committed,
      places: committed.places.map((place) => edited.find((edit) => edit.id === place.id) ?? place),
    };
    expect(lines(checkContent(content, readGeo(), 'src/content', 'geo'))).toEqual([
      'src/content/places.ts: astana: has no excerpt of the article',
      'src/content/places.ts: moscow: names excerpt "inMoscow", which does not exist',
    ]);
  });

  it('rejects content for a feature geo/ does not have, and a segment without facts', async () => {
    const committed = await readContent();
    const content = {
      ...committed,
      countries: [...committed.countries, { id: 'TKM', excerpts: ['corridor'] }],
      segments: committed.segments.map((segment, i) => (i === 0 ? { ...segment, facts: ' ' } : segment)),
    };
    expect(lines(checkContent(content, readGeo(), 'src/content', 'geo'))).toEqual([
      'src/content/countries.ts: TKM: has no corridor country with this id in geo/countries.geojson',
      'src/content/segments.ts: segment-1: has no facts',
    ]);
  });

  it('reads a broken geo file without throwing: its own checks report it', async () => {
    const geo = { ...readGeo(), places: { type: 'Feature' } as never };
    const content = await readContent();
    // Each place the content speaks of is reported as having no point, and nothing throws.
    expect(lines(checkContent(content, geo, 'src/content', 'geo'))).toEqual(
      content.places.map(
        (place) => `src/content/places.ts: ${place.id}: has no article place with this id in geo/places.geojson`,
      ),
    );
  });
});
