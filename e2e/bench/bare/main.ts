/**
 * The benchmark's floor: the same geo files as the app, one plain layer per file, nothing else.
 * It reports readiness the way the app does (data-map-ready, a `map-ready` performance mark).
 * With `?names`, MapLibre also writes the names of the labels' and places' files in the app's bundled
 * label font (`font-faces`, no glyph server): the floor with names added, drawn MapLibre's own way.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { GEO_FILES, type GeoFile } from '../../../geo/contract';
import { colour, font, mapColour } from '../../../src/theme/tokens';
import labelFontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { LayerSpecification } from 'maplibre-gl';

setWorkerUrl(workerUrl);
const built = import.meta.glob<string>('../../../geo/*.geojson', { query: '?url', import: 'default', eager: true });
const url = (file: GeoFile) => new URL(built[`../../../geo/${GEO_FILES[file]}`]!, document.baseURI).href;
const container = document.getElementById('map')!;
const query = new URLSearchParams(location.search);
const camera = (query.get('camera') ?? '60,40,2').split(',').map(Number);
const withNames = query.has('names');
const LABEL_FONT = font.mapLabel;
const names = (source: 'labels' | 'places'): LayerSpecification => ({
  id: `${source}-names`,
  type: 'symbol',
  source,
  layout: { 'text-field': ['get', 'name'], 'text-font': [LABEL_FONT], 'text-size': 13, 'text-anchor': 'top' },
});

const map = new MapLibreMap({
  container,
  // The app's first camera, passed by the benchmark, so both pages draw the same area.
  center: [camera[0]!, camera[1]!],
  zoom: camera[2]!,
  fadeDuration: 0,
  attributionControl: false,
  style: {
    version: 8,
    ...(withNames && { 'font-faces': { [LABEL_FONT]: labelFontUrl } }),
    sources: {
      context: { type: 'geojson', data: url('context') },
      countries: { type: 'geojson', data: url('countries') },
      corridor: { type: 'geojson', data: url('corridor') },
      arrows: { type: 'geojson', data: url('arrows') },
      places: { type: 'geojson', data: url('places') },
      labels: { type: 'geojson', data: url('labels') },
    },
    layers: [
      { id: 'context', type: 'fill', source: 'context', paint: { 'fill-color': mapColour.context } },
      { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': mapColour.corridorCountry } },
      { id: 'corridor', type: 'line', source: 'corridor', paint: { 'line-color': colour.corridor } },
      { id: 'arrows', type: 'line', source: 'arrows', paint: { 'line-color': colour.corridor } },
      { id: 'places', type: 'circle', source: 'places' },
      { id: 'labels', type: 'circle', source: 'labels' },
      ...(withNames ? [names('labels'), names('places')] : []),
    ],
  },
});
map.once('idle', () => {
  // Drawn whole and ready at once: the bare page has nothing else to wait for.
  performance.mark('map-drawn');
  performance.mark('map-ready');
  container.dataset.mapReady = 'true';
});
