import { readFileSync } from 'node:fs';
import { length, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Countries } from '../contract.ts';
import { DETAIL_AWAY, awayFactor } from './countries.ts';

describe('awayFactor', () => {
  const story = [
    [60, 40],
    [70, 30],
  ];

  it('keeps full detail near the story, and none to divide without one', () => {
    expect(awayFactor([60, 40], story)).toBe(1);
    expect(awayFactor([60, 40 + DETAIL_AWAY.fullDegrees], story)).toBe(1);
    expect(awayFactor([0, 0], [])).toBe(1);
  });

  it('divides a vertex’s weight by more the further it lies', () => {
    const { fullDegrees, fallDegrees } = DETAIL_AWAY;
    expect(awayFactor([70, 30 - fullDegrees - fallDegrees], story)).toBeCloseTo(2);
    expect(awayFactor([70, 30 - fullDegrees - 4 * fallDegrees], story)).toBeCloseTo(17);
  });

  it('measures east–west degrees as they shorten towards the pole', () => {
    // 20° of longitude at 60° north is 10° of arc: as near as 10° of latitude.
    const north = [[0, 60]];
    expect(awayFactor([20, 60], north)).toBeCloseTo(awayFactor([0, 70], north), 1);
  });
});

describe('the display shapes', () => {
  const shapes = (file: string) =>
    JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as Countries;
  /** Vertices per 100 km of a country's outline, as drawn. */
  const density = (countries: Countries, id: string) => {
    const country = countries.features.find((feature) => feature.id === id)!;
    const rings = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const outline = rings.flat().map((ring) => lineString(ring));
    const vertices = outline.reduce((sum, line) => sum + line.geometry.coordinates.length, 0);
    const km = outline.reduce((sum, line) => sum + length(line, { units: 'kilometers' }), 0);
    return (vertices / km) * 100;
  };

  it('keep four times the detail on an outline near the story as on one far from it', () => {
    // Pakistan is on the route; Madagascar is over 40° from any of it.
    expect(density(shapes('countries.geojson'), 'PAK')).toBeGreaterThan(4 * density(shapes('context.geojson'), 'MDG'));
  });
});
