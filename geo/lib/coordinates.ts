import type { Geometry, Position } from 'geojson';

/** Five decimals: about 1 m, far finer than the map ever shows, and diffs stay short. */
export const COORDINATE_DECIMALS = 5;

export function roundPosition(position: Position, decimals = COORDINATE_DECIMALS): Position {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0, so a rounded value prints the same however it was reached.
  return position.map((value) => Math.round(value * factor) / factor + 0);
}

/** Rounds a ring and drops the repeated positions that rounding can leave behind. */
function roundRing(ring: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const position of ring.map((at) => roundPosition(at, decimals))) {
    const last = out[out.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
  }
  return out;
}

/** A polygon's rings rounded; a hole that collapses is dropped, and so is the polygon if its exterior does. */
function roundPolygon(rings: Position[][], decimals: number): Position[][] {
  const rounded = rings.map((ring) => roundRing(ring, decimals));
  if (!rounded[0] || rounded[0].length < 4) return [];
  return rounded.filter((ring) => ring.length >= 4);
}

/**
 * Rounds every coordinate to `decimals` (five unless told); rings that collapse below four positions
 * are dropped (see roundPolygon).
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals = COORDINATE_DECIMALS): G {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: roundPosition(geometry.coordinates, decimals) };
    case 'LineString':
      return { ...geometry, coordinates: roundRing(geometry.coordinates, decimals) };
    case 'Polygon':
      return { ...geometry, coordinates: roundPolygon(geometry.coordinates, decimals) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates
          .map((polygon) => roundPolygon(polygon, decimals))
          .filter((polygon) => polygon.length > 0),
      };
    default:
      throw new Error(`roundGeometry: ${geometry.type} is not used in geo/`);
  }
}

/** Signed area of a ring by the shoelace formula: positive when it runs counter-clockwise. */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += (ring[i]![0]! - ring[i - 1]![0]!) * (ring[i]![1]! + ring[i - 1]![1]!);
  return -sum / 2;
}
