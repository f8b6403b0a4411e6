import type { Position } from 'geojson';
import { CORRIDOR_COUNTRIES, type Crossing, type SegmentProperties } from '../../../geo/contract';
import { crossings, type CrossingContent } from '../../content/crossings';
import { countries, type CountryContent } from '../../content/countries';
import { places, type PlaceContent } from '../../content/places';
import { segments, supersededShownWith, type SegmentContent } from '../../content/segments';
import { corridorFacts } from './facts';
import type { MapData } from './load';
import { sameSelection, type Selection, type SelectionKind } from './selection';

/**
 * One place where the content (src/content/) meets the geo data (geo/), by id. Every lookup of a
 * place, a country, a stretch of the corridor or a crossing goes through here.
 */

function byId<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

const content = {
  place: byId(places),
  country: byId(countries),
  segment: byId(segments),
  crossing: byId(crossings),
};

/** Whether the content says anything of a selection: what a URL or a chapter may name. */
export function isKnownSelection(selection: Selection): boolean {
  return content[selection.kind].has(selection.id);
}

/** Whether the map draws the superseded 2021 variant with this selection (src/content/segments.ts). */
export const alternativeShown = (selection: Selection | null | undefined): boolean =>
  !!selection && supersededShownWith.some((subject) => sameSelection(subject, selection));

/** The content of a corridor country; undefined for a code it does not know. */
export const countryContent = (id: string): CountryContent | undefined => content.country.get(id);

/** The corridor countries, in corridor order, with what the content says of each. */
export const corridorCountries: CountryContent[] = CORRIDOR_COUNTRIES.map((id) => {
  const country = content.country.get(id);
  if (!country) throw new Error(`src/content/countries.ts: ${id}: no content for this corridor country`);
  return country;
});

/** A place the article names: its content and its point. */
export interface CataloguedPlace {
  id: string;
  content: PlaceContent;
  at: [number, number];
}

/** A corridor country: its content, where its name may be drawn (first preferred), and the corridor's length inside it. */
export interface CataloguedCountry {
  id: string;
  content: CountryContent;
  /** The preferred place for its name, where its popup points when nobody clicked. */
  label: [number, number];
  labels: Array<[number, number]>;
  lengthKm: number;
  /** Whether any of that length runs along a path no source names: it is shown as approximate. */
  approximate: boolean;
}

/** A stop on the route (a node of geo/places.geojson): named at every zoom if `major`, else closer in. */
export interface CataloguedStop {
  id: string;
  name: string;
  at: [number, number];
  major: boolean;
  border: boolean;
}

/** Any point of geo/places.geojson (a place of the article or a stop): where it is, in which country. */
export interface CataloguedPoint {
  id: string;
  name: string;
  at: [number, number];
  /** ISO 3166-1 alpha-3 code of the country it lies in. */
  country: string;
  /** A border station's two countries, in route order. */
  border?: string[];
}

/** A neighbouring country or a sea, named quietly for orientation. */
export interface CataloguedName {
  id: string;
  name: string;
  kind: 'neighbour' | 'sea';
  at: [number, number];
}

/** A stretch of the corridor: its content, its line and what geo/ says of it, its ends' names. */
export interface CataloguedSegment {
  id: string;
  content: SegmentContent;
  properties: SegmentProperties;
  line: Position[];
  from: string;
  to: string;
}

/**
 * Where the route crosses a border or changes gauge: what geo/ found on the line (`facts`), what
 * the content says happens there, and whether it lies on the superseded 2021 variant.
 */
export interface CataloguedCrossing {
  id: string;
  content: CrossingContent;
  facts: Crossing;
  alternative: boolean;
}

/** The crossings of both routes, main first, each with its content; one the content lacks is left out (geo:check reports it). */
export const cataloguedCrossings: CataloguedCrossing[] = (['main', 'alternative'] as const).flatMap((route) =>
  corridorFacts[route].crossings.flatMap((facts) => {
    const said = content.crossing.get(facts.id);
    return said ? [{ id: facts.id, content: said, facts, alternative: route === 'alternative' }] : [];
  }),
);
const crossingById = byId(cataloguedCrossings);

/** What a selection shows, and where on the map its popup points. */
export type SelectionView =
  | { kind: 'place'; place: CataloguedPlace; at: [number, number] }
  | { kind: 'country'; country: CataloguedCountry; at: [number, number] }
  | { kind: 'segment'; segment: CataloguedSegment; at: [number, number] }
  | { kind: 'crossing'; crossing: CataloguedCrossing; at: [number, number] };

export interface Catalogue {
  /** The places the article names, in the content's order. */
  places: CataloguedPlace[];
  /** The corridor countries, in corridor order. */
  countries: CataloguedCountry[];
  /** The main route's segments and the superseded variant, in geo/'s order. */
  segments: CataloguedSegment[];
  /** The route's stops that are not places of the article, in geo/'s order. */
  stops: CataloguedStop[];
  /** The neighbouring countries and the seas. */
  names: CataloguedName[];
  /** Where the main route, then the superseded variant, crosses a border or changes gauge, in route order. */
  crossings: CataloguedCrossing[];
  place(id: string): CataloguedPlace | undefined;
  /** Any point of the route or the article by id: a place or a stop. */
  point(id: string): CataloguedPoint | undefined;
  country(id: string): CataloguedCountry | undefined;
  segment(id: string): CataloguedSegment | undefined;
  crossing(id: string): CataloguedCrossing | undefined;
  /** What a selection shows, its popup pointing at `anchor` if the reader clicked somewhere; undefined if unknown. */
  view(selection: Selection | null, anchor?: [number, number] | null): SelectionView | undefined;
}

/** Where a popup for a line opens when nobody clicked it: the vertex halfway along its list. */
export function middleOf(line: Position[]): [number, number] {
  const at = line[Math.floor((line.length - 1) / 2)];
  if (!at) throw new Error('middleOf: an empty line has no middle');
  return [at[0]!, at[1]!];
}

/**
 * Joins the content to the geo files the page has loaded. An article place without a point is an
 * error naming the file and the place; countries and segments without geometry are left out (geo:check
 * reports both).
 */
export function catalogue(data: MapData): Catalogue {
  const points = new Map(data.places.features.map((point) => [String(point.id), point]));
  const candidates = (country: string) =>
    data.labels.features
      .filter((label) => label.properties.kind === 'corridor' && label.properties.country === country)
      .sort((a, b) => (a.properties.rank ?? 0) - (b.properties.rank ?? 0))
      .map((label) => label.geometry.coordinates as [number, number]);
  const nameOf = (id: string) => points.get(id)?.properties.name ?? id;

  const catalogued = {
    place: byId(
      places.map((place) => {
        const point = points.get(place.id);
        if (!point) throw new Error(`geo/places.geojson: ${place.id}: no point for this article place`);
        return { id: place.id, content: place, at: point.geometry.coordinates as [number, number] };
      }),
    ),
    country: byId(
      corridorCountries.flatMap((country) => {
        const labels = candidates(country.id);
        if (!labels[0]) return [];
        const lengthKm = corridorFacts.main.byCountry[country.id] ?? 0;
        const approximate = corridorFacts.main.approximate.byCountry[country.id] ?? false;
        return [{ id: country.id, content: country, label: labels[0], labels, lengthKm, approximate }];
      }),
    ),
    segment: byId(
      data.corridor.features.flatMap((line) => {
        const segment = content.segment.get(String(line.id));
        if (!segment) return [];
        const { properties } = line;
        const ends = { from: nameOf(properties.from), to: nameOf(properties.to) };
        return [{ id: segment.id, content: segment, properties, line: line.geometry.coordinates, ...ends }];
      }),
    ),
    crossing: crossingById,
  } satisfies Record<SelectionKind, Map<string, { id: string }>>;

  return {
    places: [...catalogued.place.values()],
    countries: [...catalogued.country.values()],
    segments: [...catalogued.segment.values()],
    stops: data.places.features
      .filter((point) => point.properties.kind === 'node')
      .map((point) => ({
        id: String(point.id),
        name: point.properties.name,
        at: point.geometry.coordinates as [number, number],
        major: point.properties.major === true,
        border: point.properties.border !== undefined,
      })),
    names: data.labels.features.flatMap((label) => {
      const { kind, name } = label.properties;
      if (kind === 'corridor') return [];
      return [{ id: String(label.id), name, kind, at: label.geometry.coordinates as [number, number] }];
    }),
    place: (id) => catalogued.place.get(id),
    point(id) {
      const point = points.get(id);
      if (!point) return undefined;
      const { name, country, border } = point.properties;
      const at = point.geometry.coordinates as [number, number];
      return { id, name: catalogued.place.get(id)?.content.name ?? name, at, country, ...(border && { border }) };
    },
    country: (id) => catalogued.country.get(id),
    crossings: cataloguedCrossings,
    segment: (id) => catalogued.segment.get(id),
    crossing: (id) => catalogued.crossing.get(id),
    view(selection, anchor) {
      if (selection?.kind === 'place') {
        const place = catalogued.place.get(selection.id);
        if (place) return { kind: 'place', place, at: place.at };
      } else if (selection?.kind === 'country') {
        const country = catalogued.country.get(selection.id);
        if (country) return { kind: 'country', country, at: anchor ?? country.label };
      } else if (selection?.kind === 'segment') {
        const segment = catalogued.segment.get(selection.id);
        if (segment) return { kind: 'segment', segment, at: anchor ?? middleOf(segment.line) };
      } else if (selection?.kind === 'crossing') {
        const crossing = catalogued.crossing.get(selection.id);
        if (crossing) return { kind: 'crossing', crossing, at: crossing.facts.at };
      }
      return undefined;
    },
  };
}
