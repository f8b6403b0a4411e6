import type { Position } from 'geojson';
import type { Box } from '../../../geo/contract';
import type { Catalogue, CataloguedSegment } from '../model/catalogue';
import type { Selection } from '../model/selection';

/** Close enough to see a place among its neighbours. */
export const PLACE_ZOOM = 4;
/** A country's or a stretch's box is shown no closer than this. */
export const FIT_MAX_ZOOM = 5;

/** Where the camera goes: a box to fit (within the first view's padding), or a point at a zoom; and for what. */
export type CameraMove = { subject: Selection | 'corridor' } & (
  { kind: 'fit'; bounds: Box; maxZoom?: number } | { kind: 'centre'; center: [number, number]; zoom: number }
);

/**
 * Where the camera goes to show what the story or the reader chose: the whole corridor (the first
 * view's box), a place at PLACE_ZOOM (`closer`: never further out than the reader already was), a
 * country's stretch of the main route, or a stretch of the corridor. Undefined for what the
 * catalogue does not hold.
 */
export function cameraFor(
  subject: Selection | 'corridor',
  catalogue: Catalogue,
  view: { overview: Box; zoom: number; closer: boolean },
): CameraMove | undefined {
  if (subject === 'corridor') return { subject, kind: 'fit', bounds: view.overview };
  if (subject.kind === 'place') {
    const place = catalogue.place(subject.id);
    if (!place) return undefined;
    return {
      subject,
      kind: 'centre',
      center: place.at,
      zoom: view.closer ? Math.max(view.zoom, PLACE_ZOOM) : PLACE_ZOOM,
    };
  }
  const bounds =
    subject.kind === 'country'
      ? corridorBoundsIn(catalogue.segments, subject.id)
      : boundsOf(catalogue.segment(subject.id)?.line ?? []);
  return bounds && { subject, kind: 'fit', bounds, maxZoom: FIT_MAX_ZOOM };
}

/**
 * The box around the main route's stretches through a country (the 2021 variant left out): what
 * the camera frames when a chapter is about that country. Undefined when no stretch runs there.
 */
export function corridorBoundsIn(
  segments: Array<Pick<CataloguedSegment, 'line'> & { properties: { countries: string[]; alternative?: true } }>,
  country: string,
): Box | undefined {
  return boundsOf(
    segments
      .filter((segment) => !segment.properties.alternative && segment.properties.countries.includes(country))
      .flatMap((segment) => segment.line),
  );
}

/** The box around some points; undefined for none. */
export function boundsOf(points: Position[]): Box | undefined {
  if (points.length === 0) return undefined;
  const lngs = points.map((point) => point[0]!);
  const lats = points.map((point) => point[1]!);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}
