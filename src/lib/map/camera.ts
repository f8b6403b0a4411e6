import type { Position } from 'geojson';
import { project, type Box } from '../../../geo/contract';
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

/** A box on the map in px: left, top, right, bottom. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The popup's widest, as SelectionPopup sets it, and the room kept between it and what it describes. */
export const POPUP_WIDTH = 340;
export const POPUP_GAP = 24;
/** From this width a map shows a popup beside what it describes, never over it; narrower, it cannot. */
export const WIDE_MAP = 800;
/** Whether a map's box is wide enough to show a popup beside what it describes. */
export const isWide = (container: { clientWidth: number }): boolean => container.clientWidth >= WIDE_MAP;

/** The points a selection covers on the map: a place's, or the main route's through a country, or a stretch's. */
export function subjectPoints(subject: Selection, catalogue: Catalogue): Position[] {
  if (subject.kind === 'place') {
    const place = catalogue.place(subject.id);
    return place ? [place.at] : [];
  }
  if (subject.kind === 'segment') return catalogue.segment(subject.id)?.line ?? [];
  return catalogue.segments
    .filter((segment) => !segment.properties.alternative && segment.properties.countries.includes(subject.id))
    .flatMap((segment) => segment.line);
}

/** Where a popup beside a selection points: its westernmost point, the popup lying to the west of it all. */
export function besidePoint(subject: Selection, catalogue: Catalogue): [number, number] | undefined {
  const points = subjectPoints(subject, catalogue);
  if (points.length === 0) return undefined;
  const west = points.reduce((a, b) => (b[0]! < a[0]! ? b : a));
  return [west[0]!, west[1]!];
}

/** The padding that keeps a popup's room free on the left of the view, beside the first view's own. */
export function besidePadding(padding: { top: number; right: number; bottom: number; left: number }) {
  return {
    top: padding.top,
    right: padding.right,
    bottom: padding.bottom,
    left: padding.left + POPUP_WIDTH + POPUP_GAP,
  };
}

/**
 * A narrower map shows a selection's details in a card along its foot, at most this share of its
 * height (SelectionPopup), and frames the selection in the room above it, this far clear of it.
 */
export const CARD_SHARE = 0.5;
export const CARD_GAP = 16;

/** The padding that keeps the card's room free along the foot of the view, beside the first view's own. */
export function abovePadding(padding: { top: number; right: number; bottom: number; left: number }, height: number) {
  return {
    top: padding.top,
    right: padding.right,
    bottom: Math.max(padding.bottom, Math.round(height * CARD_SHARE) + CARD_GAP),
    left: padding.left,
  };
}

/**
 * How far to pan (px; positive moves the view's content right and down) so that a selection's box
 * lies inside the map less a padding (the room kept for its details: `besidePadding`,
 * `abovePadding`); [0, 0] when it does already, undefined when it is too large to fit there and must
 * be fitted instead.
 */
export function panInto(
  box: PixelBox,
  size: { width: number; height: number },
  area: { top: number; right: number; bottom: number; left: number },
): [number, number] | undefined {
  const [left, right, top, bottom] = [area.left, size.width - area.right, area.top, size.height - area.bottom];
  if (box.x1 - box.x0 > right - left || box.y1 - box.y0 > bottom - top) return undefined;
  const along = (start: number, end: number, min: number, max: number) =>
    start < min ? min - start : end > max ? max - end : 0;
  return [along(box.x0, box.x1, left, right), along(box.y0, box.y1, top, bottom)];
}

/**
 * The least zoom at which a map held inside `bounds` (MapLibre's maxBounds) can show a latitude at a
 * row of its screen (`row` px from the top of a map `height` px tall): zoomed out to its limit, a map
 * cannot pan a place up from under the card.
 */
export function zoomToReach(lat: number, row: number, height: number, bounds: Box): number {
  const y = project([0, lat], 0)[1];
  const north = project([0, bounds[1][1]], 0)[1];
  const south = project([0, bounds[0][1]], 0)[1];
  // At zoom z every distance is 2^z times its zoom-0 length: the view's foot must not pass the south
  // bound, nor its top the north one.
  return Math.max(Math.log2((height - row) / (south - y)), Math.log2(row / (y - north)));
}
