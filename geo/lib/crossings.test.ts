import { describe, expect, it } from 'vitest';
import { routeCrossings } from './crossings.ts';
import { fixture } from './fixture.ts';
import { corridorFacts } from './route.ts';
import type { Corridor, Countries, Places, SegmentFeature } from '../contract.ts';

// Six countries side by side, ten degrees of longitude each: BLR 0–10, RUS 10–20 … PAK 50–60.
const countries = fixture<Countries>('route-countries.geojson');

/** The fixture's main route (s1 then s2, along 5° north from 5° to 55° east) and its nodes. */
function route(): { main: SegmentFeature[]; places: Places } {
  const corridor = fixture<Corridor>('corridor-ok.geojson');
  return {
    main: corridor.features.filter((segment) => !segment.properties.alternative),
    places: fixture<Places>('route-places.geojson'),
  };
}

/** Moves a node of the fixture, in the places and in every line through it. */
function move(node: string, to: [number, number], { main, places }: ReturnType<typeof route>) {
  const place = places.features.find((feature) => feature.id === node)!;
  const from = place.geometry.coordinates;
  for (const segment of main)
    segment.geometry.coordinates = segment.geometry.coordinates.map((at) =>
      at[0] === from[0] && at[1] === from[1] ? to : at,
    );
  place.geometry.coordinates = to;
}

describe('routeCrossings', () => {
  it('finds each border the line crosses, on the border, in route order, with the line’s direction', () => {
    const { main, places } = route();
    const crossings = routeCrossings(main, places, countries);
    expect(crossings.map((crossing) => crossing.id)).toEqual(['blr-rus', 'rus-kaz', 'kaz-uzb', 'uzb-afg', 'afg-pak']);
    crossings.forEach((crossing, i) => {
      // On the border (to about 10 m), on the line: a great circle, it bows a little north of 5°.
      expect(Math.abs(crossing.at[0] - 10 * (i + 1))).toBeLessThan(0.0001);
      expect(crossing.at[1]).toBeGreaterThan(5);
      expect(crossing.at[1]).toBeLessThan(5.05);
      expect(crossing.bearing).toBe(90);
      expect(crossing.node).toBeUndefined();
    });
    expect(crossings[0]).toMatchObject({ countries: ['BLR', 'RUS'], segments: ['s1', 's1'], status: 'operating' });
    // The line past 25° east (s2) is planned: so are the crossings on it.
    expect(crossings[3]).toMatchObject({ countries: ['UZB', 'AFG'], segments: ['s2', 's2'], status: 'planned' });
    expect(crossings.every((crossing) => crossing.gauges.join() === '1520,1520')).toBe(true);
  });

  it('holds a crossing at the route’s station on that border, and takes the gauges of the lines it joins', () => {
    const data = route();
    // c joins s1 and s2; moved 30 km or so short of the RUS–KAZ border and named a station on it.
    move('c', [19.7, 5], data);
    data.places.features.find((feature) => feature.id === 'c')!.properties.border = ['KAZ', 'RUS'];
    data.main[1]!.properties.gauge = 1676;
    const crossing = routeCrossings(data.main, data.places, countries).find((item) => item.node === 'c')!;
    expect(crossing).toMatchObject({
      id: 'c',
      countries: ['RUS', 'KAZ'],
      at: [19.7, 5],
      gauges: [1520, 1676],
      segments: ['s1', 's2'],
      status: 'planned',
    });
  });

  it('marks a change of gauge away from any border at the station joining the two gauges', () => {
    const { main, places } = route();
    main[1]!.properties.gauge = 1676;
    const crossings = routeCrossings(main, places, countries);
    // c, where s1 (1520 mm) meets s2 (1676 mm), lies inside Kazakhstan: a change of gauge, no border.
    expect(crossings.map((crossing) => crossing.id)).toEqual([
      'blr-rus',
      'rus-kaz',
      'c',
      'kaz-uzb',
      'uzb-afg',
      'afg-pak',
    ]);
    expect(crossings[2]).toMatchObject({ countries: ['KAZ', 'KAZ'], node: 'c', at: [25, 5], gauges: [1520, 1676] });
    // The figures count them from the same list.
    const corridor = fixture<Corridor>('corridor-ok.geojson');
    corridor.features.find((segment) => segment.id === 's2')!.properties.gauge = 1676;
    const facts = corridorFacts(corridor, places, countries);
    expect(facts.main.crossings.map((crossing) => crossing.id)).toEqual(crossings.map((crossing) => crossing.id));
    expect(facts.main.gaugeBreaks).toBe(1);
    expect(facts.main.borderCrossings).toBe(5);
  });

  it('rejects a border station the line does not cross its border near, naming the file and the station', () => {
    const { main, places } = route();
    // e (45° east, in Afghanistan) named a station on the AFG–PAK border, which the line crosses at 50°: 550 km on.
    places.features.find((feature) => feature.id === 'e')!.properties.border = ['AFG', 'PAK'];
    expect(() => routeCrossings(main, places, countries)).toThrow(
      /^geo\/corridor-source\.json: e: a station on the AFG–PAK border, but the line does not cross that border within 100 km of it$/,
    );
  });

  it('finds nothing on an empty route', () => {
    expect(routeCrossings([], route().places, countries)).toEqual([]);
  });
});
