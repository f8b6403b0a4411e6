import type { Corridor, Labels, PlaceFeature, Places } from '../../geo/lib/types';
import { geoUrls } from './map/geo-urls';

/** The small geo files the page itself reads: lines, points and labels (a few KB). */
export interface MapData {
  corridor: Corridor;
  places: Places;
  labels: Labels;
}

async function fetchJson<T>(url: string, name: string): Promise<T> {
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
    fetchJson<Corridor>(urls.corridor, 'corridor.geojson'),
    fetchJson<Places>(urls.places, 'places.geojson'),
    fetchJson<Labels>(urls.labels, 'labels.geojson'),
  ]);
  return { corridor, places, labels };
}

/** A place or node of places.geojson by its id. */
export function findPlace(places: Places, id: string): PlaceFeature | undefined {
  return places.features.find((place) => place.id === id);
}
