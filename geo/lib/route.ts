import type { Position } from 'geojson';
import { along, bbox, length, lineString } from '@turf/turf';
import { roundPosition } from './coordinates.ts';
import { countryAt } from './countries.ts';
import { routeCrossings } from './crossings.ts';
import type {
  Corridor,
  CorridorFacts,
  Countries,
  Crossing,
  LabelFeature,
  Labels,
  PlaceFeature,
  Places,
  RouteLengths,
  SegmentFeature,
} from '../contract.ts';
import { changesGauge, CORRIDOR_COUNTRIES, crossesBorder } from '../contract.ts';
import type { CorridorSource } from './types.ts';

/** Lengths are sampled in steps this long; each step counts for the country its midpoint lies in. */
export const SAMPLE_STEP_KM = 1;

export function placesFromSource(source: CorridorSource): Places {
  return {
    type: 'FeatureCollection',
    features: source.points.map(({ id, lat, lon, border, ...rest }): PlaceFeature => ({
      type: 'Feature',
      id,
      properties: {
        name: rest.name,
        kind: rest.kind,
        country: rest.country,
        ...(border ? { border } : {}),
        role: rest.role,
        confidence: rest.confidence,
        ...(rest.major ? { major: true as const } : {}),
      },
      geometry: { type: 'Point', coordinates: roundPosition([lon, lat]) },
    })),
  };
}

/**
 * The names over the map: each corridor country's candidate points, in corridor order and named as
 * its shape is, then the neighbouring countries and the seas.
 */
export function labelsFromSource(source: CorridorSource, countries: Countries): Labels {
  const file = 'geo/corridor-source.json';
  const corridor = countries.features.flatMap((country): LabelFeature[] => {
    const candidates = source.countryLabels[String(country.id)];
    if (!candidates?.length) throw new Error(`${file}: ${country.id}: no entry in countryLabels`);
    return candidates.map((at, rank) => ({
      type: 'Feature',
      id: `label-${country.id}-${rank}`,
      properties: { name: country.properties.name, kind: 'corridor', country: String(country.id), rank },
      geometry: { type: 'Point', coordinates: roundPosition(at) },
    }));
  });
  const others = source.otherLabels.map(({ id, name, kind, at }): LabelFeature => ({
    type: 'Feature',
    id: `label-${id}`,
    properties: kind === 'sea' ? { name, kind } : { name, kind, country: id },
    geometry: { type: 'Point', coordinates: roundPosition(at) },
  }));
  return { type: 'FeatureCollection', features: [...corridor, ...others] };
}

/** Each segment as a straight-edged line through its nodes: from, each via in order, to. */
export function corridorFromSource(source: CorridorSource, places: Places): Corridor {
  const where = new Map(places.features.map((place) => [place.id, place.geometry.coordinates]));
  const position = (segmentId: string, nodeId: string): Position => {
    const found = where.get(nodeId);
    if (!found) throw new Error(`geo/corridor-source.json: ${segmentId}: node "${nodeId}" is not among the points`);
    return found;
  };
  return {
    type: 'FeatureCollection',
    features: source.segments.map(({ id, alternative, ...segment }): SegmentFeature => {
      const coordinates = [segment.from, ...segment.via, segment.to].map((node) => position(id, node));
      return {
        type: 'Feature',
        id,
        properties: {
          from: segment.from,
          to: segment.to,
          via: segment.via,
          countries: segment.countries,
          status: segment.status,
          alignment: segment.alignment,
          gauge: segment.gauge,
          note: segment.note,
          ...(alternative ? { alternative } : {}),
          lengthKm: roundKm(length(lineString(coordinates), { units: 'kilometers' })),
        },
        geometry: { type: 'LineString', coordinates },
      };
    }),
  };
}

/** One decimal of a kilometre: the data are not finer than that, and lengths stay stable. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

/**
 * How much of a line lies in each country, in km: the line is walked in steps of SAMPLE_STEP_KM and
 * each step counted for the country holding its midpoint ("sea" where none does).
 */
export function lengthByCountry(coordinates: Position[], countries: Countries): Record<string, number> {
  const line = lineString(coordinates);
  const total = length(line, { units: 'kilometers' });
  const steps = Math.max(1, Math.ceil(total / SAMPLE_STEP_KM));
  const step = total / steps;
  const km: Record<string, number> = {};
  for (let i = 0; i < steps; i++) {
    const midpoint = along(line, (i + 0.5) * step, { units: 'kilometers' }).geometry.coordinates;
    const id = String(countryAt(midpoint, countries)?.id ?? 'sea');
    km[id] = (km[id] ?? 0) + step;
  }
  return roundAll(km);
}

/** The countries a line passes through, in the order it meets them. */
export function countriesInOrder(coordinates: Position[], countries: Countries): string[] {
  const line = lineString(coordinates);
  const total = length(line, { units: 'kilometers' });
  const order: string[] = [];
  for (let km = 0; km <= total; km += SAMPLE_STEP_KM) {
    const id = countryAt(along(line, km, { units: 'kilometers' }).geometry.coordinates, countries)?.id;
    if (id !== undefined && order[order.length - 1] !== id) order.push(String(id));
  }
  return order;
}

/** A record with its keys in order, so that the files it is written to diff cleanly. */
function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

function roundAll(km: Record<string, number>): Record<string, number> {
  return sorted(Object.fromEntries(Object.entries(km).map(([id, value]) => [id, roundKm(value)])));
}

function routeLengths(
  segments: SegmentFeature[],
  perSegment: CorridorFacts['segments'],
  crossings: Crossing[],
): RouteLengths {
  const byStatus = { operating: 0, planned: 0 };
  const byCountry: Record<string, number> = {};
  const byGauge: Record<string, number> = {};
  const approximate: RouteLengths['approximate'] = {
    total: false,
    byStatus: { operating: false, planned: false },
    byCountry: {},
    byGauge: {},
  };
  for (const segment of segments) {
    const facts = perSegment[String(segment.id)]!;
    const assumed = segment.properties.alignment === 'assumed';
    const gauge = String(segment.properties.gauge);
    byStatus[segment.properties.status] += facts.lengthKm;
    byGauge[gauge] = (byGauge[gauge] ?? 0) + facts.lengthKm;
    approximate.total ||= assumed;
    approximate.byStatus[segment.properties.status] ||= assumed;
    approximate.byGauge[gauge] = (approximate.byGauge[gauge] ?? false) || assumed;
    for (const [country, km] of Object.entries(facts.byCountry)) {
      byCountry[country] = (byCountry[country] ?? 0) + km;
      approximate.byCountry[country] = (approximate.byCountry[country] ?? false) || (assumed && km > 0);
    }
  }
  return {
    totalKm: roundKm(segments.reduce((sum, segment) => sum + perSegment[String(segment.id)]!.lengthKm, 0)),
    byStatus: { operating: roundKm(byStatus.operating), planned: roundKm(byStatus.planned) },
    byCountry: roundAll(byCountry),
    approximate: { ...approximate, byCountry: sorted(approximate.byCountry), byGauge: sorted(approximate.byGauge) },
    byGauge: roundAll(byGauge),
    gaugeBreaks: crossings.filter(changesGauge).length,
    borderCrossings: crossings.filter(crossesBorder).length,
    crossings,
    segments: segments.map((segment) => String(segment.id)),
  };
}

/** The box holding the whole corridor and every article place: the map opens on it. */
export function firstView(corridor: Corridor, places: Places): CorridorFacts['firstView'] {
  const positions = [
    ...corridor.features.flatMap((segment) => segment.geometry.coordinates),
    ...places.features.filter((place) => place.properties.kind === 'article-place').map((p) => p.geometry.coordinates),
  ];
  const [west, south, east, north] = bbox(lineString(positions));
  return [roundPosition([west, south]) as [number, number], roundPosition([east, north]) as [number, number]];
}

/** The corridor's countries alone: a line's walk counts only the borders between them. */
export function corridorCountries(countries: Countries): Countries {
  return {
    ...countries,
    features: countries.features.filter((country) => CORRIDOR_COUNTRIES.includes(country.id as never)),
  };
}

/** The derived facts the app shows, computed here so the browser does no geometry (the compared routes' apart). */
export function corridorFacts(corridor: Corridor, places: Places, countries: Countries): Omit<CorridorFacts, 'routes'> {
  const segments: CorridorFacts['segments'] = {};
  for (const segment of corridor.features) {
    segments[String(segment.id)] = {
      lengthKm: segment.properties.lengthKm,
      byCountry: lengthByCountry(segment.geometry.coordinates, countries),
    };
  }
  const main = corridor.features.filter((segment) => !segment.properties.alternative);
  const alternative = corridor.features.filter((segment) => segment.properties.alternative);
  return {
    firstView: firstView(corridor, places),
    main: routeLengths(main, segments, routeCrossings(main, places, corridorCountries(countries))),
    alternative: routeLengths(alternative, segments, routeCrossings(alternative, places, corridorCountries(countries))),
    segments,
  };
}
