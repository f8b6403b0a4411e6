import type { Position } from 'geojson';
import { along, bearing, distance, length, lineString, nearestPointOnLine } from '@turf/turf';
import { roundPosition } from './coordinates.ts';
import { countryAt } from './countries.ts';
import type { Countries, Crossing, Places, SegmentFeature } from '../contract.ts';

/** The line is walked in steps this long to find where it leaves a country; the border is then bisected. */
const STEP_KM = 1;
/** How close the bisection brings the border: well inside what a boundary at this scale can claim. */
const PRECISION_KM = 0.01;
/**
 * How far a border station may lie from where the drawn line crosses its border and still be that
 * crossing. Between stations the path is often approximate (a straight line no source names): the
 * line from Sol-Iletsk to Aktobe meets the Kazakh border about 80 km on.
 */
export const STATION_REACH_KM = 100;
/** The stretch of line either side of a crossing whose direction the crossing's mark is drawn across. */
const BEARING_SPAN_KM = 2;

/** Where a route's line leaves one country for another: the segment, how far along it, the point. */
interface Passage {
  from: string;
  to: string;
  segment: number;
  at: Position;
}

/**
 * Each place where a route (its segments in order, joined end to start) passes from one of
 * `countries` into another: walked in steps of STEP_KM, then bisected to PRECISION_KM. What lies in
 * none of them (the sea, another country) neither ends nor starts a passage.
 */
function passages(route: SegmentFeature[], countries: Countries): Passage[] {
  const found: Passage[] = [];
  let current: string | undefined;
  let lastSegment = -1;
  let lastKm = 0;
  route.forEach((segment, s) => {
    const line = lineString(segment.geometry.coordinates);
    const total = length(line, { units: 'kilometers' });
    const steps = Math.max(1, Math.ceil(total / STEP_KM));
    const countryAlong = (km: number) =>
      countryAt(along(line, km, { units: 'kilometers' }).geometry.coordinates, countries)?.id;
    for (let i = 0; i <= steps; i++) {
      const km = (total * i) / steps;
      const id = countryAlong(km);
      if (id === undefined) continue;
      if (current !== undefined && id !== current) {
        let low = lastSegment === s ? lastKm : 0;
        let high = km;
        while (high - low > PRECISION_KM) {
          const middle = (low + high) / 2;
          if (countryAlong(middle) === current) low = middle;
          else high = middle;
        }
        const at = along(line, (low + high) / 2, { units: 'kilometers' }).geometry.coordinates;
        found.push({ from: current, to: String(id), segment: s, at });
      }
      current = String(id);
      lastSegment = s;
      lastKm = km;
    }
  });
  return found;
}

/** The segments either side of a station on the route: the ones it joins, or the one it lies on. */
function sidesOf(node: string, route: SegmentFeature[]): [number, number] | undefined {
  for (const [k, segment] of route.entries()) {
    const { from, to, via } = segment.properties;
    if (to === node) return [k, route[k + 1] ? k + 1 : k];
    if (from === node) return [k > 0 ? k - 1 : k, k];
    if (via.includes(node)) return [k, k];
  }
  return undefined;
}

const sameBorder = (a: readonly string[], b: readonly string[]) =>
  a.length === 2 && b.length === 2 && [...a].sort().join() === [...b].sort().join();

/**
 * Where a route crosses a border between two of `countries`, or changes gauge, in route order (see
 * `Crossing`). A crossing is held at the route's station that names its border (within
 * STATION_REACH_KM); a change of gauge between two segments, at the station joining them. A border
 * station the line does not cross its border near is an error naming the file and the station.
 */
export function routeCrossings(route: SegmentFeature[], places: Places, countries: Countries): Crossing[] {
  if (route.length === 0) return [];
  const where = new Map(places.features.map((place) => [String(place.id), place]));
  const stations = [...new Set(route.flatMap(({ properties: p }) => [p.from, ...p.via, p.to]))].flatMap((id) => {
    const place = where.get(id);
    return place?.properties.border ? [{ id, border: place.properties.border, at: place.geometry.coordinates }] : [];
  });
  const walk = lineString(
    route.flatMap((segment, i) => (i === 0 ? segment.geometry.coordinates : segment.geometry.coordinates.slice(1))),
  );
  const walkKm = length(walk, { units: 'kilometers' });

  const crossing = (
    id: string,
    countriesEitherSide: [string, string],
    at: Position,
    [before, after]: [number, number],
    node?: string,
  ): Crossing & { km: number } => {
    const km = nearestPointOnLine(walk, at, { units: 'kilometers' }).properties.location;
    const ahead = (offset: number) =>
      along(walk, Math.min(Math.max(km + offset, 0), walkKm), { units: 'kilometers' }).geometry.coordinates;
    const sides = [route[before]!, route[after]!] as const;
    return {
      id,
      countries: countriesEitherSide,
      ...(node ? { node } : {}),
      at: roundPosition(at) as [number, number],
      bearing: Math.round((bearing(ahead(-BEARING_SPAN_KM), ahead(BEARING_SPAN_KM)) + 360) % 360),
      gauges: [sides[0].properties.gauge, sides[1].properties.gauge],
      segments: [String(sides[0].id), String(sides[1].id)],
      status: sides.some((segment) => segment.properties.status === 'planned') ? 'planned' : 'operating',
      km,
    };
  };

  const found = passages(route, countries).map((passage) => {
    const border: [string, string] = [passage.from, passage.to];
    const station = stations
      .filter((candidate) => sameBorder(candidate.border, border))
      .map((candidate) => ({ ...candidate, km: distance(candidate.at, passage.at, { units: 'kilometers' }) }))
      .filter((candidate) => candidate.km <= STATION_REACH_KM)
      .sort((a, b) => a.km - b.km)[0];
    if (station) return crossing(station.id, border, station.at, sidesOf(station.id, route)!, station.id);
    return crossing(border.join('-').toLowerCase(), border, passage.at, [passage.segment, passage.segment]);
  });

  for (const station of stations) {
    if (!found.some((item) => item.node === station.id))
      throw new Error(
        `geo/corridor-source.json: ${station.id}: a station on the ${station.border.join('–')} border, but the line ` +
          `does not cross that border within ${STATION_REACH_KM} km of it`,
      );
  }

  route.forEach((segment, k) => {
    const previous = route[k - 1];
    if (!previous || previous.properties.gauge === segment.properties.gauge) return;
    const node = segment.properties.from;
    if (found.some((item) => item.node === node)) return;
    const at = where.get(node)?.geometry.coordinates ?? segment.geometry.coordinates[0]!;
    const country = String(countryAt(at, countries)?.id ?? where.get(node)?.properties.country ?? '');
    found.push(crossing(node, [country, country], at, [k - 1, k], node));
  });

  return found
    .sort((a, b) => a.km - b.km)
    .map(({ km: _km, ...item }, i, all) =>
      all.findIndex((other) => other.id === item.id) === i ? item : { ...item, id: `${item.id}-${i + 1}` },
    );
}
