/**
 * The benchmark's floor: the same geo files as the app, one plain layer per file, nothing else.
 * It reports readiness the way the app does (data-map-ready, a `map-ready` performance mark).
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import arrowsUrl from '../../../geo/arrows.geojson?url';
import contextUrl from '../../../geo/context.geojson?url';
import corridorUrl from '../../../geo/corridor.geojson?url';
import countriesUrl from '../../../geo/countries.geojson?url';
import labelsUrl from '../../../geo/labels.geojson?url';
import placesUrl from '../../../geo/places.geojson?url';

setWorkerUrl(workerUrl);
const absolute = (url: string) => new URL(url, document.baseURI).href;
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
      context: { type: 'geojson', data: absolute(contextUrl) },
      countries: { type: 'geojson', data: absolute(countriesUrl) },
      corridor: { type: 'geojson', data: absolute(corridorUrl) },
      arrows: { type: 'geojson', data: absolute(arrowsUrl) },
      places: { type: 'geojson', data: absolute(placesUrl) },
      labels: { type: 'geojson', data: absolute(labelsUrl) },
    },
    layers: [
      { id: 'context', type: 'fill', source: 'context', paint: { 'fill-color': '#eeebe3' } },
      { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': '#fbf6e9' } },
      { id: 'corridor', type: 'line', source: 'corridor', paint: { 'line-color': '#b3261e' } },
      { id: 'arrows', type: 'line', source: 'arrows', paint: { 'line-color': '#b3261e' } },
      { id: 'places', type: 'circle', source: 'places' },
      { id: 'labels', type: 'circle', source: 'labels' },
    ],
  },
});
map.once('idle', () => {
  performance.mark('map-ready');
  container.dataset.mapReady = 'true';
});
