import { describe, expect, it } from 'vitest';
import { checkContent, checkExcerpts, checkSources, checkTimeline, readContent, type ContentData } from './content.ts';
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
      places: committed.places.map((place) => ({ ...place, ...edited.find((edit) => edit.id === place.id) })),
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
      countries: [
        ...committed.countries,
        { id: 'TKM', excerpts: ['corridor'], role: [{ text: 'Not on the route.', drawn: true }] },
      ],
      segments: committed.segments.map((segment, i) => (i === 0 ? { ...segment, facts: [] } : segment)),
    };
    expect(lines(checkContent(content, readGeo(), 'src/content', 'geo'))).toEqual([
      'src/content/countries.ts: TKM: has no corridor country with this id in geo/countries.geojson',
      'src/content/segments.ts: segment-1: has no facts: a list of statements, each with its sources',
    ]);
  });

  it('rejects a crossing geo/ finds that the content says nothing of, and content for one it does not find', async () => {
    const committed = await readContent();
    const geo = readGeo();
    const [first, ...rest] = geo.facts.main.crossings;
    const moved = {
      ...geo,
      facts: { ...geo.facts, main: { ...geo.facts.main, crossings: [{ ...first!, id: 'osinovka' }, ...rest] } },
    };
    expect(lines(checkContent(committed, moved, 'src/content', 'geo'))).toEqual([
      'geo/facts.json: osinovka: crossing with no content in src/content/crossings.ts',
      `src/content/crossings.ts: ${first!.id}: has no crossing with this id in geo/facts.json`,
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

describe('checkSources', () => {
  it('finds every fact beyond the article in the committed content cited, and every source cited and well formed', async () => {
    const content = await readContent();
    expect(lines(checkSources(content, 'src/content'))).toEqual([]);
    // Not vacuous: places, countries and segments all state facts, and every one of them cites a source.
    for (const entries of [content.places.map((p) => p.dated), content.countries.map((c) => c.role)])
      for (const statements of entries) expect((statements as unknown[]).length).toBeGreaterThan(0);
    expect(Object.keys(content.sources).length).toBeGreaterThan(10);
  });

  it('rejects content-facts-unsourced.json: facts without sources, unknown and weak sources, a drawn figure, bad sources', async () => {
    const committed = await readContent();
    const edited =
      fixture<Pick<ContentData, 'places' | 'countries' | 'segments' | 'crossings' | 'timeline' | 'routes' | 'sources'>>(
        'content-facts-unsourced.json',
      );
    // The ledger cites only the fixture's sources (weak ones may stand there).
    const ledger = { rows: [{ id: 'length', reports: [{ value: 760, sources: ['weakToo'] }] }] };
    const content = { ...committed, ...edited, ledger };
    expect(lines(checkSources(content, 'src/content'))).toEqual([
      'src/content/places.ts: karachi: dated[0] "11 July 2025: a protocol to revive Pakistan Steel Mills w…" states a fact without a source',
      'src/content/places.ts: karachi: dated[1] "The first cargo of Russian crude reached Karachi on 11 Ju…" states a fact without a source',
      'src/content/countries.ts: PAK: role[0] "Joined the corridor in September 2024." rests on weak (C) sources alone',
      'src/content/countries.ts: PAK: role[1] cites "noSuchSource", which is not in src/content/sources.ts',
      'src/content/countries.ts: KAZ: has no role: a list of statements, each with its sources',
      'src/content/segments.ts: segment-6: facts[0] "Drawn for 760 km across Afghanistan." describes the line as drawn but holds a figure: a figure needs a source',
      'src/content/segments.ts: segment-6: facts[1] "Capacity of 15–20 Mt a year." rests on weak (C) sources alone',
      'src/content/crossings.ts: kharlachi: facts[0] "Goods change trains here." states a fact without a source',
      'src/content/crossings.ts: torkham: has no facts: a list of statements, each with its sources',
      'src/content/timeline.ts: roadmap: facts[0] "A roadmap is signed." states a fact without a source',
      'src/content/routes.ts: sea: facts[0] "A ship sails." states a fact without a source',
      'src/content/routes.ts: sea: transit has no source',
      'src/content/sources.ts: weakToo: has no https address: "http://example.org/post"',
      'src/content/sources.ts: weakToo: has date "2025-02-30": give YYYY-MM-DD, or YYYY-MM where the day is not known',
      'src/content/sources.ts: neverCited: has no outlet',
      'src/content/sources.ts: neverCited: has no strength (A, B or C)',
      'src/content/sources.ts: neverCited: is cited by no statement',
    ]);
  });

  it('rejects a ledger report without a source or citing an unknown one, and lets weak sources stand there beside others', async () => {
    const committed = await readContent();
    const ledger = {
      segment: 'segment-6',
      rows: [
        {
          id: 'length',
          reports: [
            { value: 573, sources: ['intellinewsRoadmap'] },
            { value: 750, sources: ['eirProtocol'] },
            { value: 764, sources: [] },
            { value: 774, sources: ['einPresswire'] },
          ],
        },
        { id: 'capacity', reports: [] },
      ],
    };
    expect(lines(checkSources({ ...committed, ledger }, 'src/content'))).toEqual([
      'src/content/ledger.ts: length: reports[2] (764) has no source',
      'src/content/ledger.ts: length: reports[3] cites "einPresswire", which is not in src/content/sources.ts',
      'src/content/ledger.ts: capacity: has no reports',
    ]);
  });

  it('runs within geo:check: a fact without a source fails the whole content check', async () => {
    const committed = await readContent();
    const places = committed.places.map((place, i) =>
      i === 0 ? { ...place, dated: [{ text: 'Unsourced.' }] } : place,
    );
    expect(lines(checkContent({ ...committed, places }, readGeo(), 'src/content', 'geo'))).toContain(
      `src/content/places.ts: ${committed.places[0]!.id}: dated[0] "Unsourced." states a fact without a source`,
    );
  });
});

describe('checkTimeline', () => {
  const SEGMENTS = ['segment-5', 'segment-6', 'segment-alt'];

  it('passes the committed timeline, which moves the map', async () => {
    const { timeline, excerpts } = await readContent();
    expect(lines(checkTimeline(timeline, SEGMENTS.concat('segment-7'), excerpts, 'timeline.ts'))).toEqual([]);
    expect(timeline.some((event) => 'changes' in event)).toBe(true);
  });

  it('rejects content-timeline-bad.json: a bad date, events out of order, unknown stretches, stages and excerpts', async () => {
    const { excerpts } = await readContent();
    const { timeline } = fixture<Pick<ContentData, 'timeline'>>('content-timeline-bad.json');
    expect(lines(checkTimeline(timeline, SEGMENTS, excerpts, 'timeline.ts'))).toEqual([
      'timeline.ts: line: has date "2010-13": give YYYY, YYYY-MM or YYYY-MM-DD',
      'timeline.ts: roadmap: has no title',
      'timeline.ts: roadmap: changes "segment-99", which is not a stretch in the corridor',
      'timeline.ts: roadmap: appears more than once',
      'timeline.ts: roadmap: is dated 2020-05, before the event above it (2021-02): keep them in order',
      'timeline.ts: roadmap: gives "segment-alt" the stage "proposed" after it was agreed',
      'timeline.ts: protocol: names excerpt "noSuchExcerpt", which does not exist',
      'timeline.ts: protocol: gives "segment-6" the stage "signed": give one of proposed, agreed, built, superseded',
    ]);
  });

  it('rejects a timeline with no events', () => {
    expect(lines(checkTimeline([], SEGMENTS, {}, 'timeline.ts'))).toEqual(['timeline.ts: timeline: has no events']);
  });
});
