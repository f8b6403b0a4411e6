import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  checkCorridorCountries,
  checkGeoJson,
  checkLabels,
  checkPlaces,
  checkRoute,
  checkUniqueIds,
} from './checks.ts';
import { fixture } from './fixture.ts';
import type { Corridor, Countries, Places } from '../contract.ts';

const messages = (problems: Array<{ feature: string; message: string }>) =>
  problems.map((problem) => `${problem.feature}: ${problem.message}`);

describe('checkGeoJson', () => {
  it.each([
    ['ring-not-closed.geojson', 'open: exterior ring is not closed'],
    ['ring-clockwise.geojson', 'clockwise: exterior ring runs clockwise'],
    ['out-of-range.geojson', 'far-north: position [10, 95] is outside'],
    ['antimeridian-jump.geojson', 'across-180: edge [170,60] → [-170,60] jumps across the antimeridian'],
  ])('rejects %s', (name, expected) => {
    const problems = checkGeoJson(`geo/fixtures/${name}`, fixture<FeatureCollection>(name));
    expect(messages(problems).join('\n')).toContain(expected);
    expect(problems.every((problem) => problem.file === `geo/fixtures/${name}`)).toBe(true);
  });

  it('accepts sound shapes', () => {
    expect(checkGeoJson('countries', fixture('route-countries.geojson'))).toEqual([]);
  });

  it('says so when a file is not a FeatureCollection', () => {
    expect(messages(checkGeoJson('x', { type: 'Feature' } as never))).toEqual([
      '(file): is not a GeoJSON FeatureCollection',
    ]);
  });
});

describe('checkCorridorCountries', () => {
  it('accepts the six countries once each, in order', () => {
    expect(checkCorridorCountries('c', fixture('route-countries.geojson'))).toEqual([]);
  });

  it('names the missing country', () => {
    const problems = checkCorridorCountries('c', fixture<Countries>('countries-missing-kaz.geojson'));
    expect(messages(problems)).toEqual(['KAZ: corridor country present 0 times, not once']);
  });

  it('names a misspelt ISO code and the code it left missing', () => {
    const problems = checkCorridorCountries('c', fixture<Countries>('countries-misspelt-iso.geojson'));
    expect(messages(problems)).toEqual([
      'UZ: is not one of BLR, RUS, KAZ, UZB, AFG, PAK',
      'UZB: corridor country present 0 times, not once',
    ]);
  });
});

describe('checkUniqueIds', () => {
  it('reports an id used twice in a file', () => {
    const problems = checkUniqueIds([{ file: 'p', collection: fixture('duplicate-id.geojson') }]);
    expect(messages(problems)).toEqual(['minsk: duplicate id (also in p)']);
  });

  it('reports an id used in two files', () => {
    const places = fixture<FeatureCollection>('route-places.geojson');
    const problems = checkUniqueIds([
      { file: 'a', collection: places },
      { file: 'b', collection: places },
    ]);
    expect(problems).toHaveLength(places.features.length);
    expect(problems[0]).toEqual({ file: 'b', feature: 'a', message: 'duplicate id (also in a)' });
  });
});

describe('checkRoute', () => {
  const countries = fixture<Countries>('route-countries.geojson');
  const places = fixture<Places>('route-places.geojson');
  const route = (name: string) => messages(checkRoute('corridor', fixture<Corridor>(name), places, countries));

  it('accepts a route that joins up and crosses the countries in order', () => {
    expect(route('corridor-ok.geojson')).toEqual([]);
  });

  it('finds a segment on a gauge the corridor does not have', () => {
    const corridor = fixture<Corridor>('corridor-ok.geojson');
    (corridor.features[0]!.properties as { gauge: number }).gauge = 1435;
    expect(messages(checkRoute('corridor', corridor, places, countries))).toEqual([
      's1: gauge 1435 is not one of 1520 or 1676 mm',
    ]);
  });

  it('finds a segment that does not join the next', () => {
    expect(route('corridor-gap.geojson')).toContain('s1: does not join the next segment s2');
  });

  it('finds a node that does not exist', () => {
    expect(route('corridor-unknown-node.geojson')).toContain('s2: node "x" is not in places.geojson');
  });

  it('finds a line that misses its via node', () => {
    expect(route('corridor-via-off-line.geojson')).toEqual(['s1: does not pass through its via node "b" (in order)']);
  });

  it('finds a route that visits the countries out of order', () => {
    expect(route('corridor-wrong-order.geojson')).toEqual([
      '(main route): visits BLR → RUS → KAZ → RUS → KAZ → UZB → AFG → PAK, not BLR → RUS → KAZ → UZB → AFG → PAK',
    ]);
  });
});

describe('checkPlaces', () => {
  const countries = fixture<Countries>('route-countries.geojson');
  const reference = new Map<string, Position>(
    fixture<Places>('route-places.geojson').features.map((place) => [String(place.id), place.geometry.coordinates]),
  );

  it('accepts places inside their countries and at their reference positions', () => {
    expect(checkPlaces('p', fixture('route-places.geojson'), countries, reference)).toEqual([]);
  });

  it('reports a place outside its country and one that drifted, in one run', () => {
    const problems = checkPlaces('p', fixture('places-wrong-country-and-drift.geojson'), countries, reference);
    expect(messages(problems)).toEqual([
      'c: lies outside its country UZB',
      'd: is 22.2 km from its reference position (at most 5)',
    ]);
  });

  it('reports a country code that does not exist', () => {
    const places = fixture<Places>('route-places.geojson');
    places.features[0]!.properties.country = 'XYZ';
    expect(messages(checkPlaces('p', places, countries, reference))).toEqual([
      'a: country "XYZ" is not the ISO 3166-1 alpha-3 code of a country on the map',
    ]);
  });
});

describe('checkLabels', () => {
  const countries = fixture<Countries>('route-countries.geojson');

  it('reports a missing label, one outside its country, an unknown neighbour, a sea on land and an unknown kind', () => {
    const empty: Countries = { type: 'FeatureCollection', features: [] };
    const problems = checkLabels('l', fixture('labels-misplaced.geojson'), countries, empty);
    expect(messages(problems)).toEqual([
      'label-BLR-0: lies outside the shape of BLR',
      'label-PAK: no label for PAK',
      'label-XYZ: names "XYZ", which is not a neighbouring country on the map',
      "label-dry-sea: is a sea's name, but lies on land (RUS)",
      'label-river: has kind "river"; it must be corridor, neighbour or sea',
    ]);
  });
});
