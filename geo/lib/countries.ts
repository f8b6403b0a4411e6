import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bbox, bboxClip, booleanPointInPolygon, rewind } from '@turf/turf';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countryCodes from 'i18n-iso-countries';
import { cutAtAntimeridian } from './antimeridian.ts';
import { roundGeometry } from './coordinates.ts';
import { CORRIDOR_COUNTRIES, MAP_EXTENT, type Countries, type CountryFeature } from '../contract.ts';

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Natural Earth shapes with no ISO numeric code in world-atlas, named by Natural Earth's ADM0_A3. */
const NATURAL_EARTH_ONLY: Record<string, string> = {
  Somaliland: 'SOL',
  Kosovo: 'KOS',
  'N. Cyprus': 'CYN',
  'Indian Ocean Ter.': 'IOA',
  'Siachen Glacier': 'KAS',
};

/**
 * How much simplification the display shapes get, as a spherical triangle area in steradians:
 * a vertex whose triangle is smaller than this is dropped. Chosen by looking at the map at its
 * highest zoom and by the size budget (all geo data ≤ 150 KB gzipped).
 */
export const SIMPLIFY_STERADIANS = 1.5e-6;

export function loadWorld(): WorldTopology {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as WorldTopology;
}

function alpha3(numeric: string | number | undefined, name: string): string {
  const code = numeric === undefined ? NATURAL_EARTH_ONLY[name] : countryCodes.numericToAlpha3(String(numeric));
  if (!code) throw new Error(`world-atlas countries-50m.json: ${name}: no ISO 3166-1 code for id ${numeric}`);
  return code;
}

/**
 * RFC 7946 shapes: cut at the antimeridian, rounded, exterior rings counter-clockwise. Undefined
 * when simplification has left nothing of the country (a microstate at this scale).
 */
function toCountryFeature(id: string, name: string, geometry: Polygon | MultiPolygon): CountryFeature | undefined {
  const order = CORRIDOR_COUNTRIES.indexOf(id as never) + 1;
  const properties = order > 0 ? { name, order } : { name };
  const rounded = roundGeometry(cutAtAntimeridian(geometry));
  if (rounded.coordinates.length === 0) return undefined;
  const shaped = rewind(rounded, { reverse: false });
  return { type: 'Feature', id, properties, geometry: shaped as Polygon | MultiPolygon };
}

function intersectsWindow(box: number[]): boolean {
  const [west, south, east, north] = MAP_EXTENT.clip;
  return box[0]! <= east && box[2]! >= west && box[1]! <= north && box[3]! >= south;
}

/**
 * Every Natural Earth 50m country that reaches into the map's window, with alpha-3 ids.
 * Unsimplified, it is the reference the checks and lengths use.
 */
export function worldCountries(topology: WorldTopology): Countries {
  const all = feature(topology, topology.objects.countries);
  return {
    type: 'FeatureCollection',
    features: all.features
      .filter((country) => country.geometry && intersectsWindow(bbox(country)))
      .map((country) => {
        const name = country.properties.name;
        return toCountryFeature(alpha3(country.id, name), name, country.geometry as Polygon | MultiPolygon);
      })
      .filter((country) => country !== undefined),
  };
}

/**
 * The decimals of the shapes the browser draws. Natural Earth 50m (world-atlas) holds its points on a
 * grid of 0.0036° by 0.0017°: a third decimal moves none by more than 0.0005°, under a tenth of a
 * pixel at the map's closest zoom, and the two further decimals the reference shapes keep were a
 * fifth of the first view's bytes.
 */
export const SHAPE_DECIMALS = 3;

/** Clips a display shape to the window the map can show; undefined when nothing of it is inside. */
function clipToWindow(country: CountryFeature): CountryFeature | undefined {
  const clipped = bboxClip(country, MAP_EXTENT.clip).geometry as Polygon | MultiPolygon;
  const geometry = roundGeometry(clipped, SHAPE_DECIMALS);
  return geometry.coordinates.length > 0 ? { ...country, geometry } : undefined;
}

/**
 * How much detail the display shapes keep away from the story. Within `fullDegrees` of a point of the
 * story (the route's vertices, its nodes, the article's places) a vertex is weighed as
 * SIMPLIFY_STERADIANS expects; further out its weight is divided by 1 + ((distance − fullDegrees) /
 * `fallDegrees`)², so a coast 16° away keeps only vertices twice as large, one 40° away seventeen
 * times. Far coasts are seen small, at the first view's zoom; they were a third of its bytes.
 */
export const DETAIL_AWAY = { fullDegrees: 8, fallDegrees: 8 };

/** By how much a vertex's weight is divided, at its distance in degrees (east–west ones shortened by latitude) from the story. */
export function awayFactor([lng, lat]: readonly number[], story: readonly Position[]): number {
  let nearest = Infinity;
  const shrink = Math.cos((lat! * Math.PI) / 180);
  for (const [x, y] of story) nearest = Math.min(nearest, Math.hypot((lng! - x!) * shrink, lat! - y!));
  const beyond = Math.max(nearest - DETAIL_AWAY.fullDegrees, 0);
  return story.length === 0 ? 1 : 1 + (beyond / DETAIL_AWAY.fallDegrees) ** 2;
}

/**
 * The shapes the browser draws: simplified with shared borders kept shared (topology-preserving),
 * less finely away from the story (`awayFactor`), and clipped to the window the map can show.
 */
export function displayCountries(
  topology: WorldTopology,
  story: readonly Position[] = [],
): { corridor: Countries; context: Countries } {
  const weigh = (triangle: Parameters<typeof sphericalTriangleArea>[0]) =>
    sphericalTriangleArea(triangle) / awayFactor(triangle[1], story);
  const simplified = simplify(presimplify(topology, weigh), SIMPLIFY_STERADIANS) as WorldTopology;
  const world = worldCountries(simplified)
    .features.map(clipToWindow)
    .filter((country) => country !== undefined);
  const corridor = CORRIDOR_COUNTRIES.map((id) => {
    const found = world.find((country) => country.id === id);
    if (!found) throw new Error(`world-atlas countries-50m.json: ${id}: corridor country missing`);
    return found;
  });
  const context = world
    .filter((country) => !CORRIDOR_COUNTRIES.includes(country.id as never))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return {
    corridor: { type: 'FeatureCollection', features: corridor },
    context: { type: 'FeatureCollection', features: context },
  };
}

/** The first country whose shape holds the point, checked against each bounding box first. */
export function countryAt(point: Position, countries: Countries): CountryFeature | undefined {
  return countries.features.find((country) => {
    const [west, south, east, north] = (country.bbox ??= bbox(country));
    const [x, y] = point as [number, number];
    return x >= west && x <= east && y >= south && y <= north && booleanPointInPolygon(point, country);
  });
}
