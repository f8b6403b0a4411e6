import {
  GEO_FILES,
  type Corridor,
  type GeoFile,
  type Labels,
  type PlaceFeature,
  type Places,
} from '../../geo/contract';
import { countries } from '../content/countries';
import type { NativeName } from '../content/native';
import { places as placeContent } from '../content/places';
import { geoUrls } from './map/geo-urls';

/** The small geo files the page itself reads: lines, points and labels (a few KB). */
export interface MapData {
  corridor: Corridor;
  places: Places;
  labels: Labels;
}

async function fetchJson<T>(url: string, file: GeoFile): Promise<T> {
  const name = GEO_FILES[file];
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`geo/${name}: could not be loaded (${(error as Error).message})`, { cause: error });
  }
  if (!response.ok) throw new Error(`geo/${name}: could not be loaded (HTTP ${response.status})`);
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new Error(`geo/${name}: is not valid JSON`, { cause: error });
  }
}

export async function loadMapData(): Promise<MapData> {
  const urls = geoUrls();
  const [corridor, places, labels] = await Promise.all([
    fetchJson<Corridor>(urls.corridor, 'corridor'),
    fetchJson<Places>(urls.places, 'places'),
    fetchJson<Labels>(urls.labels, 'labels'),
  ]);
  return { corridor, places, labels };
}

/** A place or node of places.geojson by its id. */
export function findPlace(places: Places, id: string): PlaceFeature | undefined {
  return places.features.find((place) => place.id === id);
}

/** An article place as the map marks it: its content's names, at its point in places.geojson. */
export interface MarkedPlace {
  id: string;
  name: string;
  native: NativeName[];
  at: [number, number];
}

/** The four article places, for the markers and for the exported figure. */
export function markedPlaces(places: Places): MarkedPlace[] {
  return placeContent.map((content) => {
    const point = findPlace(places, content.id);
    if (!point) throw new Error(`geo/places.geojson: ${content.id}: no point for this article place`);
    return {
      id: content.id,
      name: content.name,
      native: content.native,
      at: point.geometry.coordinates as [number, number],
    };
  });
}

/** A corridor country's native names by its ISO code; none for a code the content does not know. */
export function countryNativeNames(iso: string): NativeName[] {
  return countries.find((country) => country.id === iso)?.native ?? [];
}
