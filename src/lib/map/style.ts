import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';

/** Colours of the embedded base map; the corridor's own colours live with its layers. */
export const palette = {
  sea: '#dfe8ee',
  land: '#efece4',
  border: '#b9b4a8',
} as const;

/** The font every map label is drawn with; bundled with the app, so labels look alike everywhere. */
export const LABEL_FONT = 'Noto Sans Regular';

/**
 * The embedded offline style: no tiles, no glyph server. With no `glyphs` URL MapLibre draws labels
 * locally, from the file `font-faces` pins.
 */
export function baseStyle(countries: FeatureCollection, labelFontUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'corridor-offline',
    'font-faces': { [LABEL_FONT]: labelFontUrl },
    sources: {
      countries: { type: 'geojson', data: countries },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': palette.land } },
      {
        id: 'countries-border',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': palette.border, 'line-width': 0.6 },
      },
    ],
  };
}
