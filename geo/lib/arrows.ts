import type { Position } from 'geojson';
import { roundPosition } from './coordinates.ts';
import {
  ARROW_HALVES,
  ARROW_ZOOMS,
  arrowReferenceZoom,
  arrowSizePx,
  project,
  unproject,
  type ArrowFeature,
  type Arrows,
  type Corridor,
  type SegmentAlignment,
} from '../contract.ts';

/**
 * The chevrons that show which way the main route runs, built here rather than placed by MapLibre.
 * An icon along a line made the map ask its page for the image and place symbols before the first
 * view, one more shader program and one more frame: about 7 % of the time to the first view.
 * Lines drawn with the corridor's own shader cost none of that. A line's shape is in degrees, not
 * pixels, so there is one set of chevrons per half zoom level, sized and spaced for the middle of it:
 * on screen a chevron is within a fifth of its intended size at any zoom.
 */

/** Pixels between chevrons along the route, at the zoom a set is made for. */
export const ARROW_SPACING_PX = 90;

interface Chevron {
  alignment: SegmentAlignment;
  line: Position[];
}

/**
 * Chevrons every ARROW_SPACING_PX along the main route as one line, the first tip half a spacing
 * from its start, so spacing runs on across the joins of segments. Each is a ">" whose tip lies on the
 * route, pointing the way the segments run, and takes the alignment of the segment it sits on.
 */
function chevronsAt(corridor: Corridor, zoom: number): Chevron[] {
  const size = arrowSizePx(zoom);
  const chevrons: Chevron[] = [];
  let untilNext = ARROW_SPACING_PX / 2;
  for (const segment of corridor.features) {
    if (segment.properties.alternative) continue;
    const points = segment.geometry.coordinates.map((position) => project(position, zoom));
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      const length = Math.hypot(bx - ax, by - ay);
      if (length === 0) continue;
      const [tx, ty] = [(bx - ax) / length, (by - ay) / length];
      let at = untilNext;
      for (; at <= length; at += ARROW_SPACING_PX) {
        // The tip on the line, the arms back and to either side at 45°.
        const tip: [number, number] = [ax + tx * at, ay + ty * at];
        const arm = size * 0.45;
        const left: [number, number] = [tip[0] - tx * arm - ty * arm, tip[1] - ty * arm + tx * arm];
        const right: [number, number] = [tip[0] - tx * arm + ty * arm, tip[1] - ty * arm - tx * arm];
        chevrons.push({
          alignment: segment.properties.alignment,
          line: [left, tip, right].map((point) => roundPosition(unproject(point, zoom))),
        });
      }
      untilNext = at - length;
    }
  }
  return chevrons;
}

/** One feature per half zoom level and alignment: the style picks the set by zoom, the opacity by alignment. */
export function corridorArrows(corridor: Corridor): Arrows {
  const features: ArrowFeature[] = [];
  for (const zoom of ARROW_ZOOMS) {
    for (const half of ARROW_HALVES) {
      const chevrons = chevronsAt(corridor, arrowReferenceZoom(zoom, half));
      for (const alignment of ['sourced', 'assumed'] as const) {
        const lines = chevrons.filter((chevron) => chevron.alignment === alignment).map((chevron) => chevron.line);
        if (lines.length === 0) continue;
        features.push({
          type: 'Feature',
          id: `arrows-${zoom}-${half}-${alignment}`,
          properties: { zoom, half, alignment },
          geometry: { type: 'MultiLineString', coordinates: lines },
        });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}
