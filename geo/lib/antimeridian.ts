import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bboxClip } from '@turf/turf';

/** An edge longer than half the world in longitude is drawn across the whole map: it must be cut. */
export function jumpsAntimeridian(a: Position, b: Position): boolean {
  return Math.abs(b[0]! - a[0]!) > 180;
}

/** Makes a ring's longitudes continuous, so an edge across 180° no longer jumps by 360°. */
function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  ring.forEach((position, i) => {
    if (i > 0 && jumpsAntimeridian(ring[i - 1]!, position)) shift += position[0]! > ring[i - 1]![0]! ? -360 : 360;
    out.push([position[0]! + shift, position[1]!]);
  });
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new Error('cutAtAntimeridian: a ring goes round a pole, which this cut does not handle');
  }
  return out;
}

function shiftPolygon(rings: Position[][], dx: number): Position[][] {
  return rings.map((ring) => ring.map(([x, y]) => [x! + dx, y!]));
}

/** Splits one polygon whose rings cross 180° into the parts east and west of it. */
function cutPolygon(rings: Position[][]): Position[][][] {
  if (!rings.some((ring) => ring.some((p, i) => i > 0 && jumpsAntimeridian(ring[i - 1]!, p)))) return [rings];
  const unwrapped = rings.map(unwrapRing);
  const xs = unwrapped.flat().map((p) => p[0]!);
  // Cut at whichever copy of the antimeridian the unwrapped polygon straddles.
  const cut = Math.max(...xs) > 180 ? 180 : -180;
  const parts: Position[][][] = [];
  for (const [west, east, dx] of [
    [-540, cut, cut === 180 ? 0 : 360],
    [cut, 540, cut === 180 ? -360 : 0],
  ] as const) {
    const clipped = bboxClip({ type: 'Polygon', coordinates: unwrapped }, [west, -90, east, 90]).geometry;
    const outer = clipped.coordinates[0];
    if (outer && outer.length >= 4) parts.push(shiftPolygon(clipped.coordinates as Position[][], dx));
  }
  return parts;
}

/**
 * Cuts a (multi)polygon where it crosses the antimeridian, as RFC 7946 §3.1.9 asks, instead of
 * leaving edges that run the long way round the world. Natural Earth's Russia needs it.
 */
export function cutAtAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cut = polygons.flatMap(cutPolygon);
  if (geometry.type === 'Polygon' && cut.length === 1) return { type: 'Polygon', coordinates: cut[0]! };
  return { type: 'MultiPolygon', coordinates: cut };
}
