/**
 * The benchmark's floor: the same geo files as the app, one plain layer per file, nothing else.
 * It reports readiness the way the app does (data-map-ready, a `map-ready` performance mark).
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { GEO_FILES, type GeoFile } from '../../../geo/contract';
import { colour, mapColour } from '../../../src/theme/tokens';

setWorkerUrl(workerUrl);
const built = import.meta.glob<string>('../../../geo/*.geojson', { query: '?url', import: 'default', eager: true });
const url = (file: GeoFile) => new URL(built[`../../../geo/${GEO_FILES[file]}`]!, document.baseURI).href;
const container = document.getElementById('map')!;
const camera = (new URLSearchParams(location.search).get('camera') ?? '60,40,2').split(',').map(Number);

const map = new MapLibreMap({
  container,
  // The app's first camera, passed by the benchmark, so both pages draw the same area.
  center: [camera[0]!, camera[1]!],
  zoom: camera[2]!,
  fadeDuration: 0,
  attributionControl: false,
  style: {
    version: 8,
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
    ],
  },
});
map.once('idle', () => {
  performance.mark('map-ready');
  container.dataset.mapReady = 'true';
});
