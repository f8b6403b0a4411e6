import {
  featureFilter,
  latest,
  normalizePropertyExpression,
  type FilterSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { ARROW_HALVES, ARROW_ZOOMS, arrowReferenceZoom, arrowSizePx, MAP_EXTENT } from '../../../geo/contract';
import { channels } from '../../theme/colour';
import { colour, corridorLine } from '../../theme/tokens';
import { mapStyle } from './style';

const style = mapStyle(
  { context: 'c', countries: 'n', corridor: 'r', arrows: 'a', places: 'p', labels: 'l' },
  'font.woff2',
);
const layer = (id: string) => style.layers.find((l) => l.id === id) as LayerSpecification & { filter: unknown[] };

/** A paint property of a layer, as MapLibre evaluates it at the map's zoom. */
function paintAt(layer: LayerSpecification, name: string, zoom: number): unknown {
  const value = (layer.paint as Record<string, unknown>)[name];
  const specification = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layer.type}`
  ]![name]!;
  const expression = normalizePropertyExpression(value as never, `${layer.id}.paint.${name}`, specification);
  return expression.evaluate({ zoom });
}

/** Whether a layer's filter keeps a feature of a tile at `tileZoom` (a whole zoom level, as MapLibre's tiles are). */
function keeps(layer: LayerSpecification & { filter: unknown }, tileZoom: number, properties: Record<string, unknown>) {
  return featureFilter(layer.filter as FilterSpecification, `${layer.id}.filter`).filter(
    { zoom: tileZoom },
    { type: 2, properties },
  );
}

describe('the corridor arrows', () => {
  const sets = ARROW_ZOOMS.flatMap((zoom) => ARROW_HALVES.map((half) => ({ zoom, half })));

  it('show one set of chevrons at every zoom, within a fifth of the size meant for it', () => {
    for (let zoom = 0; zoom <= MAP_EXTENT.maxZoom; zoom = Math.round((zoom + 0.05) * 100) / 100) {
      for (const alignment of ['sourced', 'assumed']) {
        const suffix = alignment === 'assumed' ? '-assumed' : '';
        const shown = ['', '-upper'].flatMap((upper) => {
          const spec = layer(`corridor-arrows${upper}${suffix}`);
          const opacity = paintAt(spec, 'line-opacity', zoom) as number;
          if (opacity === 0) return [];
          expect(opacity).toBe(alignment === 'assumed' ? corridorLine.assumedOpacity : 1);
          return sets.filter((set) => keeps(spec, Math.floor(zoom), { ...set, alignment }));
        });
        expect(shown, `zoom ${zoom}, ${alignment}`).toHaveLength(1);
        const reference = arrowReferenceZoom(shown[0]!.zoom, shown[0]!.half);
        const onScreen = arrowSizePx(reference) * 2 ** (zoom - reference);
        expect(onScreen / arrowSizePx(zoom), `zoom ${zoom}`).toBeGreaterThan(0.8);
        expect(onScreen / arrowSizePx(zoom), `zoom ${zoom}`).toBeLessThan(1.25);
      }
    }
  });
});

describe('the corridor’s colour', () => {
  it('is the theme’s, on every layer that draws the corridor or its arrows', () => {
    const drawn = style.layers.filter(
      (spec) => spec.type === 'line' && /^corridor-(operating|planned|alternative|arrows)/.test(spec.id),
    );
    expect(drawn.length).toBeGreaterThan(5);
    for (const spec of drawn)
      expect(paintAt(spec, 'line-color', 3), spec.id).toMatchObject(parsedColour(colour.corridor));
  });
});

/** A `#rrggbb` colour as the style spec parses it: r, g, b from 0 to 1, opaque. */
function parsedColour(hex: string) {
  const [r, g, b] = channels(hex).map((value) => value / 255);
  return { r, g, b, a: 1 };
}
