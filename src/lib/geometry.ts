import type { Position } from 'geojson';

/** Where a popup for a line opens when nobody clicked it: the vertex halfway along its list. */
export function middleOf(line: Position[]): [number, number] {
  const at = line[Math.floor((line.length - 1) / 2)];
  if (!at) throw new Error('middleOf: an empty line has no middle');
  return [at[0]!, at[1]!];
}

/**
 * The box around the main route's stretches through a country (the 2021 variant left out): what
 * the camera frames when a chapter is about that country. Undefined when no stretch runs there.
 */
export function corridorBoundsIn(
  segments: Array<{ geometry: { coordinates: Position[] }; properties: { countries: string[]; alternative?: true } }>,
  country: string,
): [[number, number], [number, number]] | undefined {
  return boundsOf(
    segments
      .filter((segment) => !segment.properties.alternative && segment.properties.countries.includes(country))
      .flatMap((segment) => segment.geometry.coordinates),
  );
}

/** The box around some points; undefined for none. */
export function boundsOf(points: Position[]): [[number, number], [number, number]] | undefined {
  if (points.length === 0) return undefined;
  const lngs = points.map((point) => point[0]!);
  const lats = points.map((point) => point[1]!);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}
