import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.ts';
import { corridorFacts, countriesInOrder, lengthByCountry } from './route.ts';
import type { Corridor, Countries, Places } from '../contract.ts';

const countries = fixture<Countries>('route-countries.geojson');

describe('lengthByCountry', () => {
  it('measures one degree of longitude on the equator as 111.2 km', () => {
    const line = fixture<Corridor>('length-one-degree.geojson').features[0]!.geometry.coordinates;
    expect(lengthByCountry(line, countries)).toEqual({ BLR: 111.2 });
  });

  it('splits a line at the border between two countries', () => {
    // From 5° to 15° east along 5° north: half in BLR (0–10°), half in RUS (10–20°).
    const km = lengthByCountry(
      [
        [5, 5],
        [15, 5],
      ],
      countries,
    );
    expect(km.BLR).toBeCloseTo(554, 0);
    expect(km.RUS).toBeCloseTo(554, 0);
  });

  it('counts what lies in no country as sea', () => {
    expect(
      Object.keys(
        lengthByCountry(
          [
            [5, -5],
            [5, 5],
          ],
          countries,
        ),
      ).sort(),
    ).toEqual(['BLR', 'sea']);
  });
});

describe('countriesInOrder', () => {
  it('lists the countries a line meets, each time it enters one', () => {
    expect(
      countriesInOrder(
        [
          [5, 5],
          [25, 5],
          [15, 5],
        ],
        countries,
      ),
    ).toEqual(['BLR', 'RUS', 'KAZ', 'RUS']);
  });
});

describe('corridorFacts', () => {
  it('sums the main route by gauge, counts where the gauge changes and the borders the route crosses', () => {
    const corridor = fixture<Corridor>('corridor-ok.geojson');
    for (const segment of corridor.features) segment.properties.lengthKm = 100;
    corridor.features.find((segment) => segment.id === 's2')!.properties.gauge = 1676;
    const facts = corridorFacts(corridor, fixture<Places>('route-places.geojson'), countries);
    expect(facts.main.byGauge).toEqual({ 1520: 100, 1676: 100 });
    expect(facts.main.gaugeBreaks).toBe(1);
    // The walk from (5, 5) to (55, 5) meets each corridor country of the fixture once.
    const walk = corridor.features
      .filter((segment) => !segment.properties.alternative)
      .flatMap((segment, i) => (i === 0 ? segment.geometry.coordinates : segment.geometry.coordinates.slice(1)));
    const met = countriesInOrder(walk, countries);
    expect(met.length).toBeGreaterThan(2);
    expect(facts.main.borderCrossings).toBe(met.length - 1);
    // One gauge throughout: no break.
    corridor.features.find((segment) => segment.id === 's2')!.properties.gauge = 1520;
    expect(corridorFacts(corridor, fixture<Places>('route-places.geojson'), countries).main.gaugeBreaks).toBe(0);
  });

  it('marks as approximate each length that runs, in part or whole, along an assumed path, and only those', () => {
    const corridor = fixture<Corridor>('corridor-ok.geojson');
    const first = corridor.features.find((segment) => segment.id === 's1')!;
    first.properties.alignment = 'assumed';
    const places = fixture<Places>('route-places.geojson');
    const facts = corridorFacts(corridor, places, countries);
    const crossed = (id: string) =>
      Object.entries(facts.segments[id]!.byCountry)
        .filter(([, km]) => km > 0)
        .map(([country]) => country);
    expect(facts.main.approximate.total).toBe(true);
    expect(facts.main.approximate.byStatus).toEqual({ operating: true, planned: false });
    expect(crossed('s1').length).toBeGreaterThan(0);
    for (const [country, approximate] of Object.entries(facts.main.approximate.byCountry))
      expect(approximate, country).toBe(crossed('s1').includes(country));
    expect(Object.values(facts.main.approximate.byCountry)).toContain(false);
    // The alternative's own figures do not take the main route's assumption.
    expect(facts.alternative.approximate.total).toBe(false);
  });

  it('sums the main route and the alternative apart, by status and by country', () => {
    const corridor = fixture<Corridor>('corridor-ok.geojson');
    for (const segment of corridor.features) segment.properties.lengthKm = 100;
    const places = fixture<Places>('route-places.geojson');
    for (const place of places.features.slice(0, 2)) place.properties.kind = 'article-place';
    const facts = corridorFacts(corridor, places, countries);
    expect(facts.main.totalKm).toBe(200);
    expect(facts.main.byStatus).toEqual({ operating: 100, planned: 100 });
    expect(facts.main.segments).toEqual(['s1', 's2']);
    expect(facts.alternative.segments).toEqual(['s-alt']);
    expect(facts.alternative.byStatus).toEqual({ operating: 0, planned: 100 });
    expect(Object.keys(facts.main.byCountry)).toEqual(['AFG', 'BLR', 'KAZ', 'PAK', 'RUS', 'UZB']);
    // Every path named by a source: no length is approximate.
    expect(facts.main.approximate.total).toBe(false);
    expect(Object.values(facts.main.approximate.byCountry)).not.toContain(true);
    // The route runs from (5, 5) to (55, 5) with the alternative through (45, 8).
    expect(facts.firstView).toEqual([
      [5, 5],
      [55, 8],
    ]);
  });
});
