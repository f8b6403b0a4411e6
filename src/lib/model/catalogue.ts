import type { Position } from 'geojson';
import { CORRIDOR_COUNTRIES, type SegmentProperties } from '../../../geo/contract';
import { countries, type CountryContent } from '../../content/countries';
import { places, type PlaceContent } from '../../content/places';
import { segments, supersededShownWith, type SegmentContent } from '../../content/segments';
import { corridorFacts } from './facts';
import type { MapData } from './load';
import { sameSelection, type Selection, type SelectionKind } from './selection';

/**
 * One place where the content (src/content/) meets the geo data (geo/), by id. Every lookup of a
 * place, a country or a stretch of the corridor goes through here.
 */

function byId<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

const content = { place: byId(places), country: byId(countries), segment: byId(segments) };

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

/** A corridor country: its content, where its name is drawn, and the corridor's length inside it. */
export interface CataloguedCountry {
  id: string;
  content: CountryContent;
  label: [number, number];
  lengthKm: number;
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

/** What a selection shows, and where on the map its popup points. */
export type SelectionView =
  | { kind: 'place'; place: CataloguedPlace; at: [number, number] }
  | { kind: 'country'; country: CataloguedCountry; at: [number, number] }
  | { kind: 'segment'; segment: CataloguedSegment; at: [number, number] };

export interface Catalogue {
  /** The places the article names, in the content's order. */
  places: CataloguedPlace[];
  /** The corridor countries, in corridor order. */
  countries: CataloguedCountry[];
  /** The main route's segments and the superseded variant, in geo/'s order. */
  segments: CataloguedSegment[];
  place(id: string): CataloguedPlace | undefined;
  country(id: string): CataloguedCountry | undefined;
  segment(id: string): CataloguedSegment | undefined;
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
  const labels = new Map(data.labels.features.map((label) => [label.properties.country, label]));
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
        const label = labels.get(country.id);
        if (!label) return [];
        const lengthKm = corridorFacts.main.byCountry[country.id] ?? 0;
        return [{ id: country.id, content: country, label: label.geometry.coordinates as [number, number], lengthKm }];
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
  } satisfies Record<SelectionKind, Map<string, { id: string }>>;

  return {
    places: [...catalogued.place.values()],
    countries: [...catalogued.country.values()],
    segments: [...catalogued.segment.values()],
    place: (id) => catalogued.place.get(id),
    country: (id) => catalogued.country.get(id),
    segment: (id) => catalogued.segment.get(id),
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
      }
      return undefined;
    },
  };
}
