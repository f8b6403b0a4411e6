import { GEO_FILES, type GeoFile } from '../../../geo/contract';

/** Every GeoJSON file of geo/, as the build serves it, by its path from here. */
const built = import.meta.glob<string>('../../../geo/*.geojson', { query: '?url', import: 'default', eager: true });

/**
 * Where the built geo/ files are served, as absolute URLs: MapLibre loads GeoJSON in a worker,
 * where a relative URL would resolve against the worker script instead of the page.
 */
export function geoUrls(base: string = document.baseURI): Record<GeoFile, string> {
  const urlOf = (file: GeoFile) => {
    const url = built[`../../../geo/${GEO_FILES[file]}`];
    if (!url) throw new Error(`geo/${GEO_FILES[file]}: not in the build; run npm run geo to make it`);
    return new URL(url, base).href;
  };
  return Object.fromEntries((Object.keys(GEO_FILES) as GeoFile[]).map((file) => [file, urlOf(file)])) as Record<
    GeoFile,
    string
  >;
}
export type GeoUrls = ReturnType<typeof geoUrls>;
