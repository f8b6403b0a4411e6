import type { Position } from 'geojson';
import { mercatorY } from '../../geo/contract';

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

/**
 * How many pixels of height a map needs per pixel of its width to show all of `view` north to
 * south when it is zoomed out as far as `limits` allow. A map may not zoom out past showing the
 * limits' whole width, so a map too wide for its height cannot show the whole view, however it is
 * padded: its height must be at least this times its width, plus the padding.
 */
export function heightPerWidth(
  view: [[number, number], [number, number]],
  limits: [[number, number], [number, number]],
): number {
  const northSouth = (mercatorY(view[1][1]) - mercatorY(view[0][1])) / (2 * Math.PI);
  const eastWest = (limits[1][0] - limits[0][0]) / 360;
  return northSouth / eastWest;
}

type Box = [[number, number], [number, number]];

/**
 * Whether a map of `width` × `height` px opens with all of `view` inside its padding, when it may
 * not show anything beyond `limits` (MapLibre's maxBounds). It fits the view the way MapLibre does:
 * the largest scale at which the view fits the padded box, but never zoomed out past the limits;
 * then, where the view's placement would show beyond the limits, the map is pushed back inside
 * them, which can push the view's edge under the padding (a wide key, say) even with room to spare.
 */
export function viewFits(
  view: Box,
  limits: Box,
  size: { width: number; height: number },
  padding: { top: number; right: number; bottom: number; left: number },
): boolean {
  // Positions as fractions of the Mercator world's width (its height is the same): x east, y north.
  const x = (lng: number) => lng / 360;
  const y = (lat: number) => mercatorY(lat) / (2 * Math.PI);
  const viewWidth = x(view[1][0]) - x(view[0][0]);
  const viewHeight = y(view[1][1]) - y(view[0][1]);
  const inner = {
    width: size.width - padding.left - padding.right,
    height: size.height - padding.top - padding.bottom,
  };
  if (inner.width <= 0 || inner.height <= 0) return false;
  // World widths in pixels: the scale at which the view fills the padded box, and the least the limits allow.
  const fitting = Math.min(inner.width / viewWidth, inner.height / viewHeight);
  const least = Math.max(
    size.width / (x(limits[1][0]) - x(limits[0][0])),
    size.height / (y(limits[1][1]) - y(limits[0][1])),
  );
  const scale = Math.max(fitting, least);
  // Less than a pixel over does not count: MapLibre's placement is no finer.
  const room = 1;
  return (
    viewHeight * scale <= inner.height + room &&
    viewWidth * scale <= inner.width + room &&
    (y(view[0][1]) - y(limits[0][1])) * scale >= padding.bottom - room &&
    (y(limits[1][1]) - y(view[1][1])) * scale >= padding.top - room &&
    (x(view[0][0]) - x(limits[0][0])) * scale >= padding.left - room &&
    (x(limits[1][0]) - x(view[1][0])) * scale >= padding.right - room
  );
}
