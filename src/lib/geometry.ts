import type { Position } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/** The smallest box that holds every position: [[west, south], [east, north]]. */
export function boundsOf(positions: Position[]): Bounds {
  if (positions.length === 0) throw new Error('boundsOf: no positions to bound');
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positions) {
    west = Math.min(west, lon!);
    east = Math.max(east, lon!);
    south = Math.min(south, lat!);
    north = Math.max(north, lat!);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** Where a popup for a line opens when nobody clicked it: the vertex halfway along its list. */
export function middleOf(line: Position[]): [number, number] {
  const at = line[Math.floor((line.length - 1) / 2)];
  if (!at) throw new Error('middleOf: an empty line has no middle');
  return [at[0]!, at[1]!];
}
