import { GEO_FILES, type Corridor, type GeoFile, type Labels, type Places } from '../../../geo/contract';
import { geoUrls } from './geo-files';

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

/** The geo files the page reads beside the map, which draws every file itself. */
export async function loadMapData(): Promise<MapData> {
  const urls = geoUrls();
  const [corridor, places, labels] = await Promise.all([
    fetchJson<Corridor>(urls.corridor, 'corridor'),
    fetchJson<Places>(urls.places, 'places'),
    fetchJson<Labels>(urls.labels, 'labels'),
  ]);
  return { corridor, places, labels };
}
