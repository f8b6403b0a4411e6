import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { booleanPointInPolygon, distance } from '@turf/turf';
import { jumpsAntimeridian } from './antimeridian.ts';
import { corridorArrows } from './arrows.ts';
import { ringArea } from './coordinates.ts';
import { corridorCountries, countriesInOrder } from './route.ts';
import {
  CORRIDOR_COUNTRIES,
  GAUGES,
  type Arrows,
  type Corridor,
  type Countries,
  type LabelFeature,
  type Labels,
  type Places,
} from '../contract.ts';
import type { Problem } from './types.ts';

/** How far a place may drift from the reference coordinates in corridor-facts.md. */
export const MAX_PLACE_DRIFT_KM = 5;

const featureName = (feature: Feature | undefined, index: number): string =>
  feature?.id !== undefined ? String(feature.id) : `feature #${index}`;

function checkPosition(position: Position, say: (message: string) => void): void {
  const [lon, lat] = position;
  if (position.length < 2 || typeof lon !== 'number' || typeof lat !== 'number' || !isFinite(lon) || !isFinite(lat)) {
    say(`position ${JSON.stringify(position)} is not a pair of numbers`);
  } else if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    say(`position [${lon}, ${lat}] is outside longitude [-180, 180] / latitude [-90, 90]`);
  }
}

function checkLine(positions: Position[], say: (message: string) => void): void {
  positions.forEach((position, i) => {
    checkPosition(position, say);
    if (i > 0 && jumpsAntimeridian(positions[i - 1]!, position)) {
      say(`edge ${JSON.stringify(positions[i - 1])} → ${JSON.stringify(position)} jumps across the antimeridian`);
    }
  });
}

function checkPolygon(rings: Position[][], say: (message: string) => void): void {
  rings.forEach((ring, r) => {
    const which = r === 0 ? 'exterior ring' : `hole ${r}`;
    if (!Array.isArray(ring) || ring.length < 4) return say(`${which} has fewer than 4 positions`);
    checkLine(ring, say);
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) say(`${which} is not closed (first and last positions differ)`);
    const area = ringArea(ring);
    if (r === 0 && area < 0) say('exterior ring runs clockwise; RFC 7946 wants counter-clockwise (right-hand rule)');
    if (r > 0 && area > 0) say(`${which} runs counter-clockwise; RFC 7946 wants holes clockwise`);
  });
}

function checkGeometry(geometry: Geometry | null, say: (message: string) => void): void {
  if (!geometry || typeof geometry !== 'object') return say('has no geometry');
  switch (geometry.type) {
    case 'Point':
      return checkPosition(geometry.coordinates, say);
    case 'LineString':
      if (geometry.coordinates.length < 2) say('LineString has fewer than 2 positions');
      return checkLine(geometry.coordinates, say);
    case 'MultiLineString':
      return geometry.coordinates.forEach((line) => {
        if (line.length < 2) say('a line of the MultiLineString has fewer than 2 positions');
        checkLine(line, say);
      });
    case 'Polygon':
      return checkPolygon(geometry.coordinates, say);
    case 'MultiPolygon':
      return geometry.coordinates.forEach((polygon) => checkPolygon(polygon, say));
    default:
      say(
        `geometry type ${geometry.type} is not one geo/ uses (Point, LineString, MultiLineString, Polygon, MultiPolygon)`,
      );
  }
}

/** RFC 7946 validity: types, ranges, closed right-hand rings, no edge across the antimeridian. */
export function checkGeoJson(file: string, collection: FeatureCollection): Problem[] {
  const problems: Problem[] = [];
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return [{ file, feature: '(file)', message: 'is not a GeoJSON FeatureCollection' }];
  }
  collection.features.forEach((feature, i) => {
    const say = (message: string) => problems.push({ file, feature: featureName(feature, i), message });
    if (feature?.type !== 'Feature') return say('is not a GeoJSON Feature');
    if (feature.id === undefined) say('has no id');
    else if (feature.properties?.id !== undefined && feature.properties.id !== feature.id) {
      say(`properties.id "${feature.properties.id}" differs from the feature's id`);
    }
    checkGeometry(feature.geometry, say);
  });
  return problems;
}

/** The six corridor countries, each exactly once, with its ISO code and its place in the corridor. */
export function checkCorridorCountries(file: string, countries: Countries): Problem[] {
  const problems: Problem[] = [];
  for (const feature of countries.features) {
    const index = CORRIDOR_COUNTRIES.indexOf(feature.id as never);
    if (index < 0) {
      problems.push({ file, feature: String(feature.id), message: `is not one of ${CORRIDOR_COUNTRIES.join(', ')}` });
    } else if (feature.properties?.order !== index + 1) {
      problems.push({ file, feature: String(feature.id), message: `order should be ${index + 1}` });
    }
  }
  for (const id of CORRIDOR_COUNTRIES) {
    const count = countries.features.filter((feature) => feature.id === id).length;
    if (count !== 1) problems.push({ file, feature: id, message: `corridor country present ${count} times, not once` });
  }
  return problems;
}

/** No id used twice, within a file or across the geo files. */
export function checkUniqueIds(files: Array<{ file: string; collection: FeatureCollection }>): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, collection } of files) {
    for (const feature of collection.features ?? []) {
      if (feature.id === undefined) continue;
      const id = String(feature.id);
      const first = seen.get(id);
      if (first) problems.push({ file, feature: id, message: `duplicate id (also in ${first})` });
      else seen.set(id, file);
    }
  }
  return problems;
}

const samePosition = (a: Position | undefined, b: Position | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/**
 * The route holds together: ends and via nodes exist, each line passes through them in order,
 * consecutive segments share their end point exactly, the alternative leaves and rejoins the main
 * route, and the main route visits the corridor countries in order.
 */
export function checkRoute(file: string, corridor: Corridor, places: Places, reference: Countries): Problem[] {
  const problems: Problem[] = [];
  const where = new Map(places.features.map((place) => [String(place.id), place.geometry.coordinates]));
  const main = corridor.features.filter((segment) => !segment.properties.alternative);

  for (const segment of corridor.features) {
    const say = (message: string) => problems.push({ file, feature: String(segment.id), message });
    const { from, to, via, gauge } = segment.properties;
    if (!GAUGES.includes(gauge)) say(`gauge ${JSON.stringify(gauge)} is not one of ${GAUGES.join(' or ')} mm`);
    const nodes = [from, ...via, to];
    const missing = nodes.filter((node) => !where.has(node));
    missing.forEach((node) => say(`node "${node}" is not in places.geojson`));
    if (missing.length) continue;
    const line = segment.geometry.coordinates;
    if (!samePosition(line[0], where.get(from))) say(`does not start at its from node "${from}"`);
    if (!samePosition(line[line.length - 1], where.get(to))) say(`does not end at its to node "${to}"`);
    let cursor = 0;
    for (const node of via) {
      const at = line.findIndex((position, i) => i >= cursor && samePosition(position, where.get(node)));
      if (at < 0) say(`does not pass through its via node "${node}" (in order)`);
      else cursor = at;
    }
  }

  main.forEach((segment, i) => {
    const next = main[i + 1];
    if (!next) return;
    const end = segment.geometry.coordinates[segment.geometry.coordinates.length - 1];
    if (segment.properties.to !== next.properties.from || !samePosition(end, next.geometry.coordinates[0])) {
      problems.push({ file, feature: String(segment.id), message: `does not join the next segment ${next.id}` });
    }
  });

  const mainNodes = new Set(main.flatMap((segment) => [segment.properties.from, segment.properties.to]));
  for (const alternative of corridor.features.filter((segment) => segment.properties.alternative)) {
    for (const end of [alternative.properties.from, alternative.properties.to]) {
      if (!mainNodes.has(end)) {
        problems.push({ file, feature: String(alternative.id), message: `end "${end}" is not on the main route` });
      }
    }
  }

  const corridorOnly = corridorCountries(reference);
  const walked = countriesInOrder(
    main.flatMap((segment, i) => (i === 0 ? segment.geometry.coordinates : segment.geometry.coordinates.slice(1))),
    corridorOnly,
  );
  if (walked.join() !== CORRIDOR_COUNTRIES.join()) {
    problems.push({
      file,
      feature: '(main route)',
      message: `visits ${walked.join(' → ') || 'no corridor country'}, not ${CORRIDOR_COUNTRIES.join(' → ')}`,
    });
  }
  return problems;
}

/** Each place inside its stated country (unsimplified shapes) and near its reference coordinates. */
export function checkPlaces(
  file: string,
  places: Places,
  reference: Countries,
  referencePositions: Map<string, Position>,
): Problem[] {
  const problems: Problem[] = [];
  for (const place of places.features) {
    const say = (message: string) => problems.push({ file, feature: String(place.id), message });
    const { country } = place.properties;
    const shape = reference.features.find((feature) => feature.id === country);
    if (!shape) say(`country "${country}" is not the ISO 3166-1 alpha-3 code of a country on the map`);
    else if (!booleanPointInPolygon(place.geometry, shape)) say(`lies outside its country ${country}`);
    const expected = referencePositions.get(String(place.id));
    if (!expected) {
      say('has no reference coordinates in corridor-source.json');
    } else {
      const km = distance(place.geometry.coordinates, expected, { units: 'kilometers' });
      if (km > MAX_PLACE_DRIFT_KM)
        say(`is ${km.toFixed(1)} km from its reference position (at most ${MAX_PLACE_DRIFT_KM})`);
    }
  }
  return problems;
}

/**
 * Every corridor country has a name, each of its candidate points inside the shape the map shows for
 * it; a neighbour's name lies inside that country, a sea's inside no country at all.
 */
export function checkLabels(file: string, labels: Labels, countries: Countries, context: Countries): Problem[] {
  const problems: Problem[] = [];
  const say = (label: LabelFeature | string, message: string) =>
    problems.push({ file, feature: typeof label === 'string' ? label : String(label.id), message });
  const byKind = (kind: string) => labels.features.filter((label) => label.properties?.kind === kind);
  for (const country of countries.features) {
    const candidates = byKind('corridor').filter((label) => label.properties.country === country.id);
    if (candidates.length === 0) say(`label-${country.id}`, `no label for ${country.id}`);
    for (const label of candidates)
      if (!booleanPointInPolygon(label.geometry, country)) say(label, `lies outside the shape of ${country.id}`);
  }
  for (const label of byKind('neighbour')) {
    const country = context.features.find((feature) => feature.id === label.properties.country);
    if (!country) say(label, `names "${label.properties.country}", which is not a neighbouring country on the map`);
    else if (!booleanPointInPolygon(label.geometry, country))
      say(label, `lies outside the shape of ${label.properties.country}`);
  }
  for (const label of byKind('sea')) {
    const land = [...countries.features, ...context.features].find((country) =>
      booleanPointInPolygon(label.geometry, country),
    );
    if (land) say(label, `is a sea's name, but lies on land (${land.id})`);
  }
  for (const label of labels.features)
    if (!['corridor', 'neighbour', 'sea'].includes(label.properties?.kind))
      say(label, `has kind "${label.properties?.kind}"; it must be corridor, neighbour or sea`);
  return problems;
}

/** The same properties, leaving out the copy of the id the built files carry (see serializeCollection). */
function sameProperties(actual: object | null, wanted: object): boolean {
  const rest: Record<string, unknown> = { ...actual };
  delete rest.id;
  return JSON.stringify(rest) === JSON.stringify(wanted);
}

/**
 * The chevrons are made from the corridor by `npm run geo`; a route edited without rebuilding them
 * would show arrows off the line. Each set is compared with the one the corridor gives now.
 */
export function checkArrows(file: string, arrows: Arrows, corridor: Corridor): Problem[] {
  const expected = new Map(corridorArrows(corridor).features.map((feature) => [String(feature.id), feature]));
  const problems: Problem[] = [];
  const rebuild = 'run npm run geo to rebuild it';
  for (const feature of arrows.features) {
    const id = String(feature.id);
    const wanted = expected.get(id);
    expected.delete(id);
    if (!wanted) problems.push({ file, feature: id, message: `is not a set of arrows the corridor gives; ${rebuild}` });
    else if (!sameProperties(feature.properties, wanted.properties)) {
      problems.push({ file, feature: id, message: `properties differ from what the corridor gives; ${rebuild}` });
    } else if (JSON.stringify(feature.geometry) !== JSON.stringify(wanted.geometry)) {
      problems.push({ file, feature: id, message: `does not follow the lines of corridor.geojson; ${rebuild}` });
    }
  }
  for (const id of expected.keys()) problems.push({ file, feature: id, message: `missing; ${rebuild}` });
  return problems;
}
