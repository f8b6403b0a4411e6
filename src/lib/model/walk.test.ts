import { describe, expect, it } from 'vitest';
import type { Corridor } from '../../../geo/contract';
import { geoCatalogue, geoFile, mapData } from './geo-data.fixture';
import { catalogue as join } from './catalogue';
import { announce, routeWalk } from './walk';

const corridor = geoFile<Corridor>('corridor.geojson');
const catalogue = geoCatalogue();
const walk = routeWalk(catalogue);
const stop = (id: string) => walk.find((each) => each.id === id)!;

describe('the walk along the route', () => {
  it('goes from Minsk to Karachi through every stop of the main route once, and not the 2021 plan', () => {
    expect(walk[0]!.id).toBe('minsk');
    expect(walk.at(-1)!.id).toBe('karachi');
    const main = corridor.features.filter((segment) => !segment.properties.alternative);
    const ids = [
      main[0]!.properties.from,
      ...main.flatMap((segment) => [...segment.properties.via, segment.properties.to]),
    ];
    expect(walk.map((each) => each.id)).toEqual(ids);
    expect(walk.map((each) => each.id)).not.toContain('kabul');
  });

  it('measures the km from Minsk as geo/ measures each stretch, to the tenth of a km', () => {
    const main = corridor.features.filter((segment) => !segment.properties.alternative);
    let total = 0;
    for (const segment of main) {
      total += segment.properties.lengthKm;
      expect(stop(segment.properties.to).km, String(segment.id)).toBeCloseTo(total, 0);
    }
  });

  it('announces the place, the country, the km from Minsk, the status and the gauge', () => {
    expect(announce(stop('minsk'))).toBe('Minsk, Belarus. Start of the corridor, operating from here. 1520 mm gauge.');
    expect(announce(stop('naibabad'))).toMatch(
      /^Naibabad \/ Mazar-i-Sharif, Afghanistan\. ≈\s[\d,]+ km from Minsk\. The line is operating to here, planned beyond\. 1520 mm gauge\.$/,
    );
    expect(announce(stop('kharlachi'))).toMatch(
      /^Kharlachi, on the border of Afghanistan and Pakistan\. ≈\s[\d,]+ km from Minsk\. On the planned line\. The gauge changes here, 1520 to 1676 mm\.$/,
    );
    expect(announce(stop('karachi'))).toMatch(
      /^Karachi, Pakistan\. ≈\s6,400 km from Minsk\. End of the corridor, operating to here\. 1676 mm gauge\.$/,
    );
  });

  it('names the stretch whose line and stops disagree', () => {
    const broken = structuredClone(corridor);
    broken.features[1]!.geometry.coordinates.pop();
    const catalogued = join({ ...mapData(), corridor: broken });
    expect(() => routeWalk(catalogued)).toThrow(/geo\/corridor\.geojson: segment-2: 7 vertices for 8 stops/);
  });
});
