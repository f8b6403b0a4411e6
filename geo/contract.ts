/**
 * The contract between geo/'s build and the app: what the built files are called and hold, the
 * part of the world the map can show, the corridor's order and the projection. Both sides import
 * this file; it imports neither (nothing but GeoJSON's types).
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** The GeoJSON files `npm run geo` writes into geo/, by what they hold: the browser loads each. */
export const GEO_FILES = {
  countries: 'countries.geojson',
  context: 'context.geojson',
  corridor: 'corridor.geojson',
  arrows: 'arrows.geojson',
  places: 'places.geojson',
  labels: 'labels.geojson',
} as const;
export type GeoFile = keyof typeof GEO_FILES;
/** The figures `npm run geo` writes beside them (`CorridorFacts`), bundled with the app's code. */
export const FACTS_FILE = 'facts.json';

/** ISO 3166-1 alpha-3 codes of the six corridor countries, in corridor order, Belarus to Pakistan. */
export const CORRIDOR_COUNTRIES = ['BLR', 'RUS', 'KAZ', 'UZB', 'AFG', 'PAK'] as const;
export type CorridorCountryId = (typeof CORRIDOR_COUNTRIES)[number];

/** A box of longitudes and latitudes, [[west, south], [east, north]]. */
export type Box = [[number, number], [number, number]];

/**
 * The part of the world the map can show. geo/ clips every shape to `clip`; the map's view never
 * leaves `maxBounds`, which lies inside it, so the clipped edge is never seen. It reaches far north
 * and south because a phone's tall map must still fit the whole corridor's width; further south than
 * `maxBounds`, because a phone's story lifts them to frame the whole corridor above its card and the
 * land must not stop in a straight line above the card (e2e/story.spec.ts). Natural Earth 50m
 * holds detail up to about `maxZoom`; closer, its straight edges show.
 */
export const MAP_EXTENT = {
  /** [west, south, east, north] in degrees. */
  clip: [5, -20, 145, 80] as [number, number, number, number],
  /** [[west, south], [east, north]]: MapLibre's maxBounds. */
  maxBounds: [
    [8, -8],
    [142, 78],
  ] as Box,
  maxZoom: 7,
};

/**
 * The whole zoom levels arrows.geojson holds a set of chevrons for, one per level from 0 up to the
 * map's closest: the last set also serves `maxZoom` itself. A line's shape is in degrees, not pixels,
 * so each level has a set per half (`ARROW_HALVES`), shaped for the middle of it
 * (`arrowReferenceZoom`): on screen a chevron stays within a fifth of `arrowSizePx` at any zoom.
 */
export const ARROW_ZOOMS: readonly number[] = Array.from({ length: MAP_EXTENT.maxZoom }, (_, zoom) => zoom);
/** Each set serves half a zoom level: [zoom, zoom + 0.5) for half 0, [zoom + 0.5, zoom + 1) for half 1. */
export const ARROW_HALVES = [0, 1] as const;

/** A chevron's height on screen, in pixels, at a zoom: 6.4 px at zoom 2 growing to 9.6 px at zoom 6. */
export function arrowSizePx(zoom: number): number {
  const clamped = Math.min(Math.max(zoom, 2), 6);
  return 8 * (0.8 + ((clamped - 2) / 4) * 0.4);
}

/** The zoom a set is shaped for: the middle of its half level, on a logarithmic scale of size. */
export function arrowReferenceZoom(zoom: number, half: 0 | 1): number {
  return zoom + half * 0.5 + 0.25;
}

/** Web Mercator's y for a latitude, on a sphere of radius 1: the map's projection. */
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE_SIZE = 512;

/** Web Mercator in pixels of a 512-pixel tile world at `zoom`, as MapLibre draws it. */
export function project([lng, lat]: readonly number[], zoom: number): [number, number] {
  const world = TILE_SIZE * 2 ** zoom;
  return [((lng! + 180) / 360) * world, (0.5 - mercatorY(lat!) / (2 * Math.PI)) * world];
}

/** The inverse of `project`. */
export function unproject([x, y]: readonly number[], zoom: number): [number, number] {
  const world = TILE_SIZE * 2 ** zoom;
  const lng = (x! / world) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y!) / world))) * 180) / Math.PI;
  return [lng, lat];
}

export type SegmentStatus = 'operating' | 'planned';
export type SegmentAlignment = 'sourced' | 'assumed';
export type PointKind = 'article-place' | 'node';

/** countries.geojson (the corridor countries) and context.geojson (every other country in the window). */
export interface CountryProperties {
  name: string;
  /** 1–6 along the corridor; only on corridor countries. */
  order?: number;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;
export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;

/** corridor.geojson: one line per segment, in order, and the superseded variant. */
/** Track gauges along the corridor, in mm: the former Soviet Union's broad gauge, and Pakistan's. */
export const GAUGES = [1520, 1676] as const;
export type Gauge = (typeof GAUGES)[number];
/** The gauges of the compared routes: the corridor's, and standard gauge (Iran's). */
export const ROUTE_GAUGES = [...GAUGES, 1435] as const;
export type RouteGauge = (typeof ROUTE_GAUGES)[number];

export interface SegmentProperties {
  from: string;
  to: string;
  via: string[];
  countries: string[];
  status: SegmentStatus;
  alignment: SegmentAlignment;
  /** The gauge the line is, or would be, built to (Railway Gazette, src/content/sources.ts). */
  gauge: Gauge;
  note: string;
  /** The superseded 2021 variant: drawn, but not part of the main route. */
  alternative?: true;
  /** Great-circle length along the line, computed at build time. */
  lengthKm: number;
}
export type SegmentFeature = Feature<LineString, SegmentProperties>;
export type Corridor = FeatureCollection<LineString, SegmentProperties>;

/** places.geojson: the article's places and the corridor's nodes. */
export interface PlaceProperties {
  name: string;
  kind: PointKind;
  country: string;
  /** Border crossings name both countries: they sit on a boundary a simplified shape can move. */
  border?: string[];
  role: string;
  confidence: string;
  /** A main stop of the route, named at every zoom; the others are named as the reader zooms in. */
  major?: true;
}
export type PlaceFeature = Feature<Point, PlaceProperties>;
export type Places = FeatureCollection<Point, PlaceProperties>;

/** arrows.geojson: chevrons along the main route for one half zoom level, of one alignment. */
export interface ArrowProperties {
  /** The whole zoom level the set serves; `half` says which half of it. */
  zoom: number;
  half: 0 | 1;
  alignment: SegmentAlignment;
}
export type ArrowFeature = Feature<MultiLineString, ArrowProperties>;
export type Arrows = FeatureCollection<MultiLineString, ArrowProperties>;

/**
 * labels.geojson: where names are drawn over the map. A corridor country's name has several places it
 * may go (`rank` 0 first), each checked to lie inside it: the page takes the first that is clear of
 * the corridor and of other names. Neighbouring countries and seas are named once, more quietly.
 */
export type LabelKind = 'corridor' | 'neighbour' | 'sea';
export interface LabelProperties {
  name: string;
  kind: LabelKind;
  /** The country it names (ISO 3166-1 alpha-3); none for a sea. */
  country?: string;
  /** A corridor country's candidates, in order of preference. */
  rank?: number;
}
export type LabelFeature = Feature<Point, LabelProperties>;
export type Labels = FeatureCollection<Point, LabelProperties>;

/** Lengths in km, per segment, per country and by status; main route and 2021 alternative apart. */
export interface RouteLengths {
  totalKm: number;
  byStatus: Record<SegmentStatus, number>;
  byCountry: Record<string, number>;
  /**
   * Which of these lengths run, in part or whole, along a path no source names (an assumed
   * alignment): measured on a line that is only plausible, they are shown as approximate.
   */
  approximate: {
    total: boolean;
    byStatus: Record<SegmentStatus, boolean>;
    byCountry: Record<string, boolean>;
    byGauge: Record<string, boolean>;
  };
  /** Length on each gauge (keyed by mm), where goods change trains between them, and the borders crossed. */
  byGauge: Record<string, number>;
  /** How many of `crossings` change the gauge, and how many cross a border. */
  gaugeBreaks: number;
  borderCrossings: number;
  /** Where the route crosses a border or changes gauge, in route order. */
  crossings: Crossing[];
  segments: string[];
}

/**
 * A point where the route crosses a border between corridor countries, or changes gauge, or both.
 * Found on the line at build time: the border where the line leaves one country's unsimplified
 * shape for the next; held at the route's border station where one names that border (a node
 * whose `border` names both countries), since a simplified boundary can move.
 */
export interface Crossing {
  /** The border station's id where there is one, else the two countries' codes (`blr-rus`). */
  id: string;
  /** The countries either side, in route order; the same twice for a change of gauge inside a country. */
  countries: [string, string];
  /** The route's station where it happens, if one does. */
  node?: string;
  at: [number, number];
  /** Which way the line runs there, in degrees clockwise from north: the map draws the crossing across it. */
  bearing: number;
  /** The gauge on either side, in route order. */
  gauges: [Gauge, Gauge];
  /** The segment on either side, in route order (the same twice where one segment runs through it). */
  segments: [string, string];
  /** Planned where the line on either side is. */
  status: SegmentStatus;
}
/** Whether a crossing lies on a border between two countries (else it only changes gauge). */
export const crossesBorder = (crossing: Pick<Crossing, 'countries'>): boolean =>
  crossing.countries[0] !== crossing.countries[1];
/** Whether the gauge changes at a crossing: goods change trains there. */
export const changesGauge = (crossing: Pick<Crossing, 'gauges'>): boolean => crossing.gauges[0] !== crossing.gauges[1];

/**
 * picture-route.json and picture-locator.json: the corridor drawn flat at build time, in the map's own projection, for a page that
 * cannot run the map (`route`) and for the locator inset (`locator`). Paths are SVG path data in the
 * picture's pixels; a point of the world is at `project(lngLat, zoom)` minus `origin`.
 */
export interface Picture {
  /** The Web Mercator zoom it is drawn at, and its top-left corner in that zoom's pixels. */
  zoom: number;
  origin: [number, number];
  width: number;
  height: number;
  /** The land, one path a country, the corridor's apart. */
  countries: { id: string; corridor: boolean; d: string }[];
  /** The main route, one path a segment. */
  route: { id: string; status: SegmentStatus; alignment: SegmentAlignment; d: string }[];
  /** The article's places and the route's main stops, in the picture's pixels. */
  points: { id: string; name: string; kind: 'article-place' | 'stop'; x: number; y: number }[];
  /** The corridor countries' names, each at the first of its label points where it is clear of the route. */
  names: { id: string; name: string; x: number; y: number }[];
}
/** A point of the world in a picture's pixels: the map's projection at the picture's zoom, from its corner. */
export function pictureXY(picture: Pick<Picture, 'zoom' | 'origin'>, lngLat: readonly number[]): [number, number] {
  const [x, y] = project(lngLat, picture.zoom);
  return [x - picture.origin[0], y - picture.origin[1]];
}
export const PICTURE_FILES = { route: 'picture-route.json', locator: 'picture-locator.json' } as const;
export type Pictures = Record<keyof typeof PICTURE_FILES, Picture>;

/** The other ways from Pakistan to Russia the corridor is compared with (`routes.json`). */
export const ROUTES_FILE = 'routes.json';
/**
 * The corridor's own row among them: its main route from Karachi to Moscow (its stretch on to Minsk has
 * no counterpart on the other routes). The map draws it anyway, so routes.json holds no legs for it.
 */
export const CORRIDOR_ROUTE = 'corridor';
export type RouteMode = 'rail' | 'sea';

/** A leg of a compared route: by rail between stations, or by sea between two ports. */
export interface RouteLegProperties {
  route: string;
  from: string;
  to: string;
  via: string[];
  mode: RouteMode;
  status: SegmentStatus;
  alignment: SegmentAlignment;
  /** Rail only: the gauge the line is, or would be, built to. */
  gauge?: RouteGauge;
  /** Sea only: the countries whose canal or strait it passes (Suez, the Bosporus), in order. */
  passes?: string[];
  lengthKm: number;
}
export type RouteLegs = FeatureCollection<LineString, RouteLegProperties>;

/** A compared route's figures, measured along its drawn legs at build time. */
export interface ComparedRoute {
  id: string;
  /** Along the drawn line, rail and sea; `approximate` where any of it runs on a path no source names. */
  km: number;
  seaKm: number;
  approximate: boolean;
  /** The countries its legs pass through on land, in order (ISO 3166-1 alpha-3). */
  countries: string[];
  /** Where a rail leg passes from one country into the next. */
  borderCrossings: number;
  /** Where one rail leg meets the next on another gauge. */
  gaugeBreaks: number;
  /** Where goods move between ship and train. */
  transshipments: number;
  /** The share of its km that runs today (operating rail, and the sea). */
  operatingShare: number;
}

/** facts.json: the corridor's derived figures, computed at build time so the browser does no geometry. */
export interface CorridorFacts {
  /** The map's first view: the whole corridor and the article's places, [[west, south], [east, north]]. */
  firstView: Box;
  main: RouteLengths;
  alternative: RouteLengths;
  segments: Record<string, { lengthKm: number; byCountry: Record<string, number> }>;
  /** The corridor (`corridor`, the main route) and the other ways from Pakistan to Russia, compared. */
  routes: ComparedRoute[];
}
