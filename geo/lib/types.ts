import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** ISO 3166-1 alpha-3 codes of the six corridor countries, in corridor order. */
export const CORRIDOR_COUNTRIES = ['BLR', 'RUS', 'KAZ', 'UZB', 'AFG', 'PAK'] as const;
export type CorridorCountryId = (typeof CORRIDOR_COUNTRIES)[number];

export type SegmentStatus = 'operating' | 'planned';
export type SegmentAlignment = 'sourced' | 'assumed';
export type PointKind = 'article-place' | 'node';

export interface CountryProperties {
  name: string;
  /** 1–6 along the corridor; only on corridor countries. */
  order?: number;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface SegmentProperties {
  from: string;
  to: string;
  via: string[];
  countries: string[];
  status: SegmentStatus;
  alignment: SegmentAlignment;
  note: string;
  /** The superseded 2021 variant: drawn, but not part of the main route. */
  alternative?: true;
  /** Great-circle length along the line, computed at build time. */
  lengthKm: number;
}
export type SegmentFeature = Feature<LineString, SegmentProperties>;

export interface PlaceProperties {
  name: string;
  kind: PointKind;
  country: string;
  /** Border crossings name both countries: they sit on a boundary a simplified shape can move. */
  border?: string[];
  role: string;
  confidence: string;
}
export type PlaceFeature = Feature<Point, PlaceProperties>;

/** Chevrons along the main route for one half zoom level, of one alignment (geo/lib/arrows.ts). */
export interface ArrowProperties {
  /** The whole zoom level the set serves; `half` says which half of it. */
  zoom: number;
  half: 0 | 1;
  alignment: SegmentAlignment;
}
export type ArrowFeature = Feature<MultiLineString, ArrowProperties>;
export type Arrows = FeatureCollection<MultiLineString, ArrowProperties>;

/** Where a corridor country's name is drawn: a cartographic choice, checked to lie inside it. */
export interface LabelProperties {
  name: string;
  country: string;
}
export type LabelFeature = Feature<Point, LabelProperties>;
export type Labels = FeatureCollection<Point, LabelProperties>;

/** The hand-written corridor source, `geo/corridor-source.json`. */
export interface CorridorSource {
  countryLabels: Record<string, [number, number]>;
  points: Array<Omit<PlaceProperties, 'border'> & { id: string; lat: number; lon: number; border?: string[] }>;
  segments: Array<Omit<SegmentProperties, 'lengthKm'> & { id: string }>;
}

/** Lengths in km, per segment, per country and by status; main route and 2021 alternative apart. */
export interface RouteLengths {
  totalKm: number;
  byStatus: Record<SegmentStatus, number>;
  byCountry: Record<string, number>;
  segments: string[];
}
export interface CorridorFacts {
  /** The map's first view: the whole corridor and the article's places, [[west, south], [east, north]]. */
  firstView: [[number, number], [number, number]];
  main: RouteLengths;
  alternative: RouteLengths;
  segments: Record<string, { lengthKm: number; byCountry: Record<string, number> }>;
}

/** One thing wrong with the data, said as `file: feature id: what is wrong`. */
export interface Problem {
  file: string;
  feature: string;
  message: string;
}

export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
export type Corridor = FeatureCollection<LineString, SegmentProperties>;
export type Places = FeatureCollection<Point, PlaceProperties>;

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.feature}: ${problem.message}`;
}
