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

/** The points a selection covers on the map: a place's or a crossing's, the main route's through a country, a stretch's. */
export function subjectPoints(subject: Selection, catalogue: Catalogue): Position[] {
  if (subject.kind === 'place') {
    const place = catalogue.place(subject.id);
    return place ? [place.at] : [];
  }
  if (subject.kind === 'segment') return catalogue.segment(subject.id)?.line ?? [];
  if (subject.kind === 'crossing') {
    const crossing = catalogue.crossing(subject.id);
    return crossing ? [crossing.facts.at] : [];
  }
  return catalogue.segments
    .filter((segment) => !segment.properties.alternative && segment.properties.countries.includes(subject.id))
    .flatMap((segment) => segment.line);
}

/**
 * Which side of what it describes a popup beside it lies on: the west, unless the map's western edge
 * (where the map cannot pan further) leaves no room there.
 */
export type Side = 'west' | 'east';

/**
 * How a popup beside what it describes lies against its point, in the order they are tried: centred
 * on it, below it, above it; to the west of the point or to the east.
 */
export const BESIDE_ANCHORS = {
  west: ['right', 'top-right', 'bottom-right'],
  east: ['left', 'top-left', 'bottom-left'],
} as const;
export type BesideAnchor = (typeof BESIDE_ANCHORS)[Side][number];

/**
 * The first way a popup on a side of its point fits its room, given how far it reaches past the
 * room laid each way (`past`, px; 0 inside); where none fits, the way it reaches least past it (it
 * then shrinks to that room).
 */
export function besideAnchor(side: Side, past: (anchor: BesideAnchor) => number): BesideAnchor {
  let best: { anchor: BesideAnchor; past: number } | undefined;
  for (const anchor of BESIDE_ANCHORS[side]) {
    const reach = Math.abs(past(anchor));
    if (reach === 0) return anchor;
    if (!best || reach < best.past) best = { anchor, past: reach };
  }
  return best!.anchor;
}

/**
 * How far up (px; negative: down) to move a popup beside its point so that it lies in its room's
 * rows: just into them where it fits. Where it is taller than the room, the end it hangs from (its
 * top below the point, its bottom above it, its middle when centred on it) is brought to the room's
 * edge on that side (the middle to the room's middle), and the popup then shrinks at its free end.
 */
export function besidePan(
  popup: { top: number; bottom: number },
  room: { top: number; bottom: number },
  anchor: BesideAnchor,
): number {
  if (popup.bottom - popup.top > room.bottom - room.top) {
    if (anchor.startsWith('top')) return popup.top - room.top;
    if (anchor.startsWith('bottom')) return popup.bottom - room.bottom;
    return (popup.top + popup.bottom) / 2 - (room.top + room.bottom) / 2;
  }
  return popup.top < room.top ? popup.top - room.top : popup.bottom > room.bottom ? popup.bottom - room.bottom : 0;
}

/** Where a popup beside a selection points: its westernmost point (or easternmost), the popup lying beyond it all. */
export function besidePoint(
  subject: Selection,
  catalogue: Catalogue,
  side: Side = 'west',
): [number, number] | undefined {
  const points = subjectPoints(subject, catalogue);
  if (points.length === 0) return undefined;
  const sign = side === 'west' ? 1 : -1;
  const end = points.reduce((a, b) => (sign * b[0]! < sign * a[0]! ? b : a));
  return [end[0]!, end[1]!];
}

/** The padding that keeps a popup's room free on one side of the view, beside the first view's own. */
export function besidePadding(
  padding: { top: number; right: number; bottom: number; left: number },
  side: Side = 'west',
) {
  const room = POPUP_WIDTH + POPUP_GAP;
  return {
    top: padding.top,
    right: padding.right + (side === 'east' ? room : 0),
    bottom: padding.bottom,
    left: padding.left + (side === 'west' ? room : 0),
  };
}

/**
 * Whether a view `width` px wide, centred on `center` at `zoom`, reaches west past `bounds`
 * (MapLibre's maxBounds): the map holds it inside them instead, and what the camera framed clear of
 * the popup's room on the west would slide back under it.
 */
export function pastWestBound(center: readonly number[], zoom: number, width: number, bounds: Box): boolean {
  return project(center, zoom)[0] - width / 2 < project([bounds[0][0], 0], zoom)[0] - 0.5;
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
