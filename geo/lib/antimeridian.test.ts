import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cutAtAntimeridian, jumpsAntimeridian } from './antimeridian.ts';
import { checkGeoJson } from './checks.ts';
import { fixture } from './fixture.ts';

describe('cutAtAntimeridian', () => {
  const across = fixture<FeatureCollection<Polygon>>('antimeridian-jump.geojson').features[0]!.geometry;

  it('splits a polygon that crosses 180° into an eastern and a western part', () => {
    const cut = cutAtAntimeridian(across);
    expect(cut.type).toBe('MultiPolygon');
    const parts = cut.coordinates as number[][][][];
    expect(parts).toHaveLength(2);
    const longitudes = parts.map((part) => part[0]!.map(([lon]) => lon!));
    expect(longitudes.map((lons) => [Math.min(...lons), Math.max(...lons)]).sort()).toEqual([
      [-180, -170],
      [170, 180],
    ]);
    const rings = parts.flat();
    expect(rings.some((ring) => ring.some((p, i) => i > 0 && jumpsAntimeridian(ring[i - 1]!, p)))).toBe(false);
  });

  it('leaves the cut shapes valid RFC 7946', () => {
    const cut = cutAtAntimeridian(across);
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'cut', properties: {}, geometry: cut }],
    };
    expect(checkGeoJson('cut', collection)).toEqual([]);
  });

  it('returns a polygon that does not cross as it was', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(cutAtAntimeridian(square)).toEqual(square);
  });
});
