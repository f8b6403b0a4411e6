import arrowsUrl from '../../../geo/arrows.geojson?url';
import contextUrl from '../../../geo/context.geojson?url';
import corridorUrl from '../../../geo/corridor.geojson?url';
import countriesUrl from '../../../geo/countries.geojson?url';
import labelsUrl from '../../../geo/labels.geojson?url';
import placesUrl from '../../../geo/places.geojson?url';

/**
 * Where the built geo/ files are served, as absolute URLs: MapLibre loads GeoJSON in a worker,
 * where a relative URL would resolve against the worker script instead of the page.
 */
export function geoUrls(base: string = document.baseURI) {
  const absolute = (url: string) => new URL(url, base).href;
  return {
    context: absolute(contextUrl),
    countries: absolute(countriesUrl),
    corridor: absolute(corridorUrl),
    arrows: absolute(arrowsUrl),
    places: absolute(placesUrl),
    labels: absolute(labelsUrl),
  };
}
export type GeoUrls = ReturnType<typeof geoUrls>;
