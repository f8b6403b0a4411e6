import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_EXTENT, type Corridor, type Places } from '../../geo/contract.ts';
import { offset, scaledCorridor, scaledPlaces, scaledPlacesModule } from './scale.ts';

const read = <T>(file: string) => JSON.parse(readFileSync(new URL(`../../geo/${file}`, import.meta.url), 'utf8')) as T;
const places = read<Places>('places.geojson');
const corridor = read<Corridor>('corridor.geojson');
const [[west, south], [east, north]] = MAP_EXTENT.maxBounds;
const inWindow = ([lng, lat]: number[]) => lng! >= west && lng! <= east && lat! >= south && lat! <= north;

describe('the scale mode’s content', () => {
  it('spreads copies round their original within the radius, no two in one place', () => {
    const spots = Array.from({ length: 99 }, (_, i) => offset(i + 1, 100, 3));
    for (const [dx, dy] of spots) expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(3 + 1e-9);
    expect(new Set(spots.map(([dx, dy]) => `${dx.toFixed(4)},${dy.toFixed(4)}`)).size).toBe(99);
  });

  it('has ten times the nodes and article places, each with its own id and name, inside the map’s window', () => {
    const scaled = scaledPlaces(places, 10);
    expect(scaled.features).toHaveLength(places.features.length * 10);
    const ids = scaled.features.map((feature) => String(feature.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const feature of scaled.features) {
      // The places file repeats each id in its properties: so do the copies.
      expect((feature.properties as { id?: string }).id).toBe(feature.id);
      expect(inWindow(feature.geometry.coordinates)).toBe(true);
    }
    const articlePlaces = (collection: Places) =>
      collection.features.filter((feature) => feature.properties.kind === 'article-place').length;
    expect(articlePlaces(scaled)).toBe(articlePlaces(places) * 10);
    expect(scaled.features.map((feature) => feature.properties.name)).toContain('Karachi 9');
  });

  it('has a hundred times the segments, each copy the original moved whole', () => {
    const scaled = scaledCorridor(corridor, 100);
    expect(scaled.features).toHaveLength(corridor.features.length * 100);
    const copy = scaled.features.find((feature) => feature.id === 'segment-5-x7')!;
    const original = corridor.features.find((feature) => feature.id === 'segment-5')!;
    const shift = (i: number) =>
      copy.geometry.coordinates[i]!.map((value, axis) => value - original.geometry.coordinates[i]![axis]!);
    expect(shift(1)[0]).toBeCloseTo(shift(0)[0]!, 9);
    expect(shift(1)[1]).toBeCloseTo(shift(0)[1]!, 9);
    expect(copy.properties.status).toBe(original.properties.status);
  });

  it('gives the app the article’s places and their copies, ids and names as the places file has them', () => {
    const module = scaledPlacesModule('/repo', 10);
    expect(module).toContain('from "/repo/src/content/places.ts"');
    expect(module).toContain('length: 9');
    expect(module).toContain('id: `${place.id}-x${i + 1}`');
  });
});
