import type { StyleSpecification } from 'maplibre-gl';
import type { GeoUrls } from './geo-urls';

/** Every colour on the map, in one place. */
export const palette = {
  sea: '#dbe6ec',
  context: '#eeebe3',
  contextBorder: '#cbc6ba',
  corridorCountry: '#fbf6e9',
  corridorBorder: '#8c8474',
  selectedCountry: '#f4e2b8',
  countryLabel: '#6e6657',
  corridor: '#b3261e',
  corridorRgb: [179, 38, 30] as [number, number, number],
  selection: '#f2b632',
  node: '#ffffff',
  nodeStroke: '#1d232b',
  label: '#1d232b',
  halo: '#ffffff',
} as const;

/** The view never leaves the window geo/ clips its shapes to (CONTEXT_WINDOW in geo/lib/countries.ts). */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [8, -8],
  [142, 78],
];

/** The font every map label is drawn with; bundled with the app, so labels look alike everywhere. */
export const LABEL_FONT = 'Noto Sans Regular';

/** A filter that matches no feature: the selection layers start empty. */
export const MATCH_NOTHING = ['==', ['get', 'id'], ''] as const;

/**
 * The embedded offline style: no tiles, no glyph server. With no `glyphs` URL MapLibre draws labels
 * locally, from the file `font-faces` pins. The corridor and its places are added by their own
 * components, once the page has loaded their data.
 */
export function baseStyle(geo: GeoUrls, labelFontUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'corridor-offline',
    'font-faces': { [LABEL_FONT]: labelFontUrl },
    sources: {
      context: { type: 'geojson', data: geo.context },
      countries: { type: 'geojson', data: geo.countries, promoteId: 'id' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      { id: 'context-fill', type: 'fill', source: 'context', paint: { 'fill-color': palette.context } },
      {
        id: 'context-border',
        type: 'line',
        source: 'context',
        paint: { 'line-color': palette.contextBorder, 'line-width': 0.6 },
      },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': palette.corridorCountry } },
      {
        id: 'countries-selected',
        type: 'fill',
        source: 'countries',
        filter: MATCH_NOTHING as never,
        paint: { 'fill-color': palette.selectedCountry },
      },
      {
        id: 'countries-border',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': palette.corridorBorder, 'line-width': 1.1 },
      },
    ],
  };
}
