import type { StyleSpecification } from 'maplibre-gl';
import type { GeoUrls } from './geo-urls';

/** Colours of the embedded base map; the corridor's own colours live with its layers. */
export const palette = {
  sea: '#dfe8ee',
  context: '#efece4',
  contextBorder: '#c9c4b8',
  corridorCountry: '#fbf7ec',
  corridorBorder: '#8f8877',
} as const;

/** The view never leaves the window geo/ clips its shapes to (CONTEXT_WINDOW in geo/lib/countries.ts). */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [8, 8],
  [142, 72],
];

/** The font every map label is drawn with; bundled with the app, so labels look alike everywhere. */
export const LABEL_FONT = 'Noto Sans Regular';

/**
 * The embedded offline style: no tiles, no glyph server. With no `glyphs` URL MapLibre draws labels
 * locally, from the file `font-faces` pins.
 */
export function baseStyle(geo: GeoUrls, labelFontUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'corridor-offline',
    'font-faces': { [LABEL_FONT]: labelFontUrl },
    sources: {
      context: { type: 'geojson', data: geo.context },
      countries: { type: 'geojson', data: geo.countries },
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
        id: 'countries-border',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': palette.corridorBorder, 'line-width': 1 },
      },
    ],
  };
}
