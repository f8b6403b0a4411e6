import { describe, expect, it } from 'vitest';
import { loadWorld, worldCountries } from './countries.ts';
import { readGeo, readSource } from './files.ts';
import { checkRoutes, routeFigures } from './routes.ts';
import type { RouteLegs } from '../contract.ts';

const geo = readGeo();
const source = readSource();
const world = worldCountries(loadWorld());
const figures = (id: string) => geo.facts.routes.find((route) => route.id === id)!;
const lines = (problems: Array<{ file: string; feature: string; message: string }>) =>
  problems.map((problem) => `${problem.file}: ${problem.feature}: ${problem.message}`);

describe('the compared routes as built', () => {
  it('pass their checks: Karachi to Moscow in joined legs, stations in their countries, the sea in the window', () => {
    expect(lines(checkRoutes('geo/routes.json', geo.routes, source, world))).toEqual([]);
  });

  it('go by sea from Port Qasim to Novorossiysk in 7,400–8,000 km, through Suez and the Bosporus', () => {
    // The range: 4,000–4,300 nautical miles, summed from standard leg distances (Karachi–Aden,
    // Aden–Suez, the canal, Port Said–Istanbul, Istanbul–Novorossiysk): shared/corridor-facts.md,
    // "Other routes". The sea leg is measured from the port itself, so its ends count too.
    const sea = geo.routes.features.find((leg) => leg.properties.mode === 'sea')!;
    expect(sea.properties.lengthKm).toBeGreaterThanOrEqual(7400);
    expect(sea.properties.lengthKm).toBeLessThanOrEqual(8000);
    expect(figures('sea')).toMatchObject({
      countries: ['PAK', 'EGY', 'TUR', 'RUS'],
      transshipments: 2,
      gaugeBreaks: 0,
    });
  });

  it('cross the countries each route is known by, in order', () => {
    expect(figures('corridor').countries).toEqual(['PAK', 'AFG', 'UZB', 'KAZ', 'RUS']);
    expect(figures('western').countries).toEqual(['PAK', 'AFG', 'TKM', 'UZB', 'KAZ', 'RUS']);
    expect(figures('iran').countries).toEqual(['PAK', 'IRN', 'TKM', 'KAZ', 'RUS']);
  });

  it('change gauge where the fact sheet says: once on the corridor and the western line, twice through Iran', () => {
    expect(figures('corridor').gaugeBreaks).toBe(1);
    expect(figures('western').gaugeBreaks).toBe(1);
    expect(figures('iran').gaugeBreaks).toBe(2);
  });

  it('measure the corridor from Karachi to Moscow, as the others are, and say which share runs today', () => {
    const corridor = figures('corridor');
    const toMinsk = geo.facts.main.totalKm;
    expect(corridor.km).toBeLessThan(toMinsk);
    expect(corridor.operatingShare).toBeGreaterThan(0.8);
    expect(corridor.operatingShare).toBeLessThan(1);
    expect(figures('iran').operatingShare).toBe(1);
  });
});

describe('routeFigures', () => {
  const leg = (
    id: string,
    coordinates: number[][],
    props: Partial<RouteLegs['features'][number]['properties']>,
  ): RouteLegs['features'][number] => ({
    type: 'Feature',
    id,
    properties: {
      route: 'r',
      from: 'a',
      to: 'b',
      via: [],
      mode: 'rail',
      status: 'operating',
      alignment: 'assumed',
      lengthKm: 100,
      ...props,
    },
    geometry: { type: 'LineString', coordinates },
  });

  it('counts borders on land only, gauge breaks between rail legs, and changes between ship and train', () => {
    const result = routeFigures(
      'r',
      [
        // Lahore to Amritsar (a border), then on at another gauge, then a ship.
        leg(
          '1',
          [
            [74.34, 31.55],
            [74.87, 31.63],
          ],
          { gauge: 1676, lengthKm: 50 },
        ),
        leg(
          '2',
          [
            [74.87, 31.63],
            [75.0, 31.7],
          ],
          { gauge: 1435, status: 'planned', lengthKm: 50 },
        ),
        leg(
          '3',
          [
            [75.0, 31.7],
            [75.1, 31.7],
          ],
          { mode: 'sea', passes: ['EGY'], lengthKm: 100 },
        ),
      ],
      world,
    );
    expect(result).toMatchObject({
      countries: ['PAK', 'IND', 'EGY'],
      borderCrossings: 1,
      gaugeBreaks: 1,
      transshipments: 1,
      operatingShare: 0.75,
      seaKm: 100,
    });
  });
});

describe('checkRoutes', () => {
  it('says which route, leg and station is wrong: a gap, a stray end, a sea leg off the map, a passage not on the line', () => {
    const broken: RouteLegs = structuredClone(geo.routes);
    const sea = broken.features.find((leg) => leg.properties.mode === 'sea')!;
    sea.properties.passes = ['EGY', 'ESP'];
    sea.geometry.coordinates.splice(5, 0, [-10, 40]);
    const western = broken.features.filter((leg) => leg.properties.route === 'western');
    western[1]!.properties.to = 'kabul';
    western.at(-1)!.properties.to = 'minsk';
    delete western[0]!.properties.gauge;
    const edited = structuredClone(source);
    edited.compared.points.find((point) => point.id === 'herat')!.lat = 40;
    expect(lines(checkRoutes('routes.json', broken, edited, world))).toEqual([
      'geo/corridor-source.json: herat: lies outside its country AFG',
      'routes.json: western: ends at minsk, not moscow',
      'routes.json: western: rail leg western-1 has gauge undefined, not one of 1520, 1676, 1435 mm',
      'routes.json: western: leg western-2 ends at kabul, but the next starts at chaman',
      "routes.json: sea: sea leg sea-2 leaves the map's window",
      'routes.json: sea: sea leg sea-2 names a passage through ESP but runs 0 km over it',
    ]);
  });
});
