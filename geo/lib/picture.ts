/**
 * The corridor drawn flat, once, at build time: SVG path data in the map's own projection (Web
 * Mercator, as MapLibre draws it), so the picture a page without WebGL shows and the locator inset
 * look like the map itself. Shapes are clipped a little outside the picture and thinned to what its
 * pixels can show.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bboxClip } from '@turf/turf';
import {
  pictureXY,
  project,
  type Box,
  type Corridor,
  type Countries,
  type Labels,
  type Picture,
  type Places,
  type Pictures,
} from '../contract.ts';

export interface PictureSpec {
  /** What the picture shows, [[west, south], [east, north]]. */
  box: Box;
  /** Its width in pixels; the height follows from the box. */
  width: number;
  /** A point closer than this to the last one kept is dropped, in pixels. */
  tolerance: number;
  /** Whether the route's main stops and the countries' names are drawn. */
  detailed: boolean;
}

/** The page without WebGL: the first view's box, a little wider, at about a desktop map's width. */
export const ROUTE_PICTURE: Omit<PictureSpec, 'box'> = { width: 960, tolerance: 0.8, detailed: true };
/**
 * How far the route's picture reaches beyond the first view, as a share of its size on each side:
 * enough that the article places' dots stay whole at a phone's width, a third of the picture's own.
 */
const ROUTE_MARGIN = 0.1;
/**
 * The locator: Europe's east to China's coast and the Arctic shore to the Arabian Sea, small. The view's
 * frame is drawn over it, clipped to it: the map may show more, but only when zoomed out, and then the
 * locator is not needed.
 */
export const LOCATOR_PICTURE: PictureSpec = {
  box: [
    [15, 5],
    [135, 68],
  ],
  width: 168,
  tolerance: 1.5,
  detailed: false,
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The box grown by a share of its size on every side. */
export function widen([[west, south], [east, north]]: Box, share: number): Box {
  const dx = (east - west) * share;
  const dy = (north - south) * share;
  return [
    [west - dx, south - dy],
    [east + dx, north + dy],
  ];
}

/** The projection of a picture: the zoom at which the box is `width` pixels wide, and its corner. */
export function pictureFrame(box: Box, width: number): Pick<Picture, 'zoom' | 'origin' | 'width' | 'height'> {
  const [west, south] = box[0];
  const [east, north] = box[1];
  const span = project([east, north], 0)[0] - project([west, north], 0)[0];
  const zoom = Math.log2(width / span);
  const [left, top] = project([west, north], zoom);
  const bottom = project([east, south], zoom)[1];
  return { zoom, origin: [left, top], width, height: Math.round(bottom - top) };
}

/** The larger side of the box around some points, in pixels. */
function extent(points: (readonly [number, number])[]): number {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/**
 * A line of positions as SVG path data in the picture's pixels, each point kept only when it is at
 * least `tolerance` pixels from the last kept (a ring keeps its last point, so it closes where it began).
 * A ring too small to see (under two tolerances across) is left out.
 */
export function pathData(
  line: Position[],
  frame: Pick<Picture, 'zoom' | 'origin'>,
  tolerance: number,
  closed: boolean,
): string {
  const points = line.map((position) => pictureXY(frame, position));
  const kept: (readonly [number, number])[] = [];
  points.forEach((point, i) => {
    const last = kept.at(-1);
    const isEnd = i === points.length - 1;
    if (!last || isEnd || Math.hypot(point[0] - last[0], point[1] - last[1]) >= tolerance) kept.push(point);
  });
  if (closed && (kept.length < 4 || extent(kept) < tolerance * 2)) return '';
  const body = kept.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round1(x)} ${round1(y)}`).join('');
  return closed ? `${body}Z` : body;
}

/** A country's outline clipped around the picture, as one path; '' when none of it is near. */
function countryPath(geometry: Polygon | MultiPolygon, clip: Box, frame: Picture, tolerance: number): string {
  const clipped = bboxClip(geometry, [clip[0][0], clip[0][1], clip[1][0], clip[1][1]]).geometry;
  // turf types a clipped polygon's coordinates loosely: they keep the input's nesting.
  const polygons = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates) as Position[][][];
  return polygons
    .flatMap((rings) => rings.map((ring) => pathData(ring, frame, tolerance, true)))
    .filter(Boolean)
    .join('');
}

/**
 * The box a corridor country's name takes in the picture at its own size, about: capitals of the
 * page's smallest type (11 px, spaced 0.12 em, about 0.8 em a letter) centred on its point, with a
 * few pixels of room.
 */
export function nameBox({ name, x, y }: { name: string; x: number; y: number }): [number, number, number, number] {
  const halfWidth = (name.length * 11 * 0.8) / 2 + 3;
  const halfHeight = 7 + 3;
  return [x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight];
}

const inside = ({ x, y }: { x: number; y: number }, [left, top, right, bottom]: number[]) =>
  x >= left! && x <= right! && y >= top! && y <= bottom!;

/** Points every 2 px along a line of points. */
function alongLine(points: { x: number; y: number }[]): { x: number; y: number }[] {
  return points.flatMap((point, i) => {
    const next = points[i + 1];
    if (!next) return [point];
    const steps = Math.max(1, Math.ceil(Math.hypot(next.x - point.x, next.y - point.y) / 2));
    return Array.from({ length: steps }, (_, step) => ({
      x: point.x + ((next.x - point.x) * step) / steps,
      y: point.y + ((next.y - point.y) * step) / steps,
    }));
  });
}

export interface PictureSource {
  countries: Countries;
  context: Countries;
  corridor: Corridor;
  places: Places;
  labels: Labels;
}

/** One picture of the corridor: the land, the main route by segment, its places and names. */
export function drawPicture(source: PictureSource, spec: PictureSpec): Picture {
  const frame: Picture = {
    ...pictureFrame(spec.box, spec.width),
    countries: [],
    route: [],
    points: [],
    names: [],
  };
  const clip = widen(spec.box, 0.05);
  const inPicture = (position: Position) => {
    const [x, y] = pictureXY(frame, position);
    return x >= 0 && x <= frame.width && y >= 0 && y <= frame.height;
  };
  const at = (position: Position) => {
    const [x, y] = pictureXY(frame, position);
    return { x: round1(x), y: round1(y) };
  };
  const main = source.corridor.features.filter((segment) => !segment.properties.alternative);
  for (const [collection, corridor] of [
    [source.context, false],
    [source.countries, true],
  ] as const) {
    for (const country of collection.features) {
      const d = countryPath(country.geometry, clip, frame, spec.tolerance);
      if (d) frame.countries.push({ id: String(country.id), corridor, d });
    }
  }
  frame.route = main.map((segment) => ({
    id: String(segment.id),
    status: segment.properties.status,
    alignment: segment.properties.alignment,
    d: pathData(segment.geometry.coordinates, frame, spec.tolerance, false),
  }));
  frame.points = source.places.features
    .filter(({ properties }) => properties.kind === 'article-place' || (spec.detailed && properties.major))
    .filter((place) => inPicture(place.geometry.coordinates))
    .map((place) => ({
      id: String(place.id),
      name: place.properties.name,
      kind: place.properties.kind === 'article-place' ? ('article-place' as const) : ('stop' as const),
      ...at(place.geometry.coordinates),
    }));
  if (spec.detailed) {
    const route = main.flatMap((segment) => alongLine(segment.geometry.coordinates.map((position) => at(position))));
    const countries = [...new Set(source.labels.features.map(({ properties }) => properties.country))];
    frame.names = source.labels.features
      .filter(({ properties }) => properties.kind === 'corridor')
      .sort((a, b) => (a.properties.rank ?? 0) - (b.properties.rank ?? 0))
      .map((label) => ({
        id: String(label.properties.country),
        name: label.properties.name,
        ...at(label.geometry.coordinates),
      }))
      .filter((name) => {
        const [left, top, right, bottom] = nameBox(name);
        const whole = left >= 0 && top >= 0 && right <= frame.width && bottom <= frame.height;
        return whole && !route.some((point) => inside(point, [left, top, right, bottom]));
      })
      .filter((name, i, clear) => clear.findIndex(({ id }) => id === name.id) === i)
      .sort((a, b) => countries.indexOf(a.id) - countries.indexOf(b.id));
  }
  return frame;
}

/** The smallest box holding a box and some points. */
export function boxAround([[west, south], [east, north]]: Box, points: Position[]): Box {
  const lngs = points.map(([lng]) => lng!);
  const lats = points.map(([, lat]) => lat!);
  return [
    [Math.min(west, ...lngs), Math.min(south, ...lats)],
    [Math.max(east, ...lngs), Math.max(north, ...lats)],
  ];
}

/**
 * Both pictures: the route's, around the first view and each corridor country's first name point, and
 * the locator's.
 */
export function drawPictures(source: PictureSource, firstView: Box): Pictures {
  const namePoints = source.labels.features
    .filter(({ properties }) => properties.kind === 'corridor' && properties.rank === 0)
    .map((label) => label.geometry.coordinates);
  return {
    route: drawPicture(source, { ...ROUTE_PICTURE, box: widen(boxAround(firstView, namePoints), ROUTE_MARGIN) }),
    locator: drawPicture(source, LOCATOR_PICTURE),
  };
}
