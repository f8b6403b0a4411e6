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
import { corridorFacts } from '../model/facts';
import { CROSSING_ICONS, crossingBars, crossingExtent, crossingFeatures } from './crossing-marks';
import { ALTERNATIVE_LAYERS, mapStyle, stopRadius, stopShown } from './style';

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
        const shown = ['', '-upper'].flatMap((upper) => {
          const spec = layer(`corridor-arrows${upper}`);
          const opacity = paintAt(spec, 'line-opacity', zoom) as number;
          if (opacity === 0) return [];
          expect(opacity).toBe(1);
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

describe('the corridor’s line', () => {
  const main = ['corridor-operating', 'corridor-planned'];

  it('is the theme’s red on every layer that draws the route, with pale stripes and arrows over it', () => {
    for (const id of [...main, 'corridor-alternative'])
      expect(paintAt(layer(id), 'line-color', 3), id).toMatchObject(parsedColour(colour.corridor));
    for (const id of ['corridor-approximate-operating', 'corridor-approximate-planned', 'corridor-arrows'])
      expect(paintAt(layer(id), 'line-color', 3), id).toMatchObject(parsedColour(colour.white));
  });

  it('is at least 4 px wide at every zoom, over a casing wider still, and never faded', () => {
    for (let zoom = 0; zoom <= MAP_EXTENT.maxZoom; zoom += 0.5)
      for (const id of main) {
        const width = paintAt(layer(id), 'line-width', zoom) as number;
        expect(width, `${id} at zoom ${zoom}`).toBeGreaterThanOrEqual(4);
        expect(paintAt(layer('corridor-casing'), 'line-width', zoom)).toBeCloseTo(width + 2 * corridorLine.casing);
        expect((layer(id).paint as Record<string, unknown>)['line-opacity'], `${id} has no opacity`).toBeUndefined();
      }
  });

  it('marks an approximate path with a stripe inside the line, dashed in step with a planned one', () => {
    for (const status of ['operating', 'planned']) {
      const stripe = layer(`corridor-approximate-${status}`);
      const line = layer(`corridor-${status}`);
      for (const zoom of [2, 4, 6]) {
        const ratio = (paintAt(stripe, 'line-width', zoom) as number) / (paintAt(line, 'line-width', zoom) as number);
        expect(ratio).toBeCloseTo(corridorLine.approximate.stripeScale);
        // Dashes are in line widths: the stripe's, scaled by the ratio, must fall where the line's do.
        const dash = (spec: LayerSpecification) =>
          (paintAt(spec, 'line-dasharray', zoom) as number[] | undefined) ?? [];
        expect(dash(stripe).map((length) => length * ratio)).toEqual(
          dash(line).map((length) => expect.closeTo(length, 6)),
        );
      }
      expect(keeps(stripe, 3, { status, alignment: 'assumed' })).toBe(true);
      expect(keeps(stripe, 3, { status, alignment: 'sourced' })).toBe(false);
      expect(keeps(stripe, 3, { status, alignment: 'assumed', alternative: true })).toBe(false);
    }
  });

  it('draws the superseded 2021 variant only when asked to, and only then lets a click find it', () => {
    for (const id of ALTERNATIVE_LAYERS) expect(layer(id).layout).toMatchObject({ visibility: 'none' });
    expect(keeps(layer('corridor-hit'), 3, { alternative: true })).toBe(false);
  });
});

/** A `#rrggbb` colour as the style spec parses it: r, g, b from 0 to 1, opaque. */
function parsedColour(hex: string) {
  const [r, g, b] = channels(hex).map((value) => value / 255);
  return { r, g, b, a: 1 };
}

describe('the stops’ dots', () => {
  const kinds = [
    { major: true, border: false },
    { major: false, border: true },
    { major: false, border: false },
  ];
  const properties = ({ major, border }: { major: boolean; border: boolean }) => ({
    kind: 'node',
    ...(major && { major: true }),
    ...(border && { border: ['UZB', 'AFG'] }),
  });

  it('are drawn at the zooms the page names them (stopShown), one layer each, thinned as the map zooms out', () => {
    for (let zoom = 0; zoom <= MAP_EXTENT.maxZoom; zoom += 0.5)
      for (const kind of kinds) {
        const drawn = ['stops-major', 'stops-other'].filter((id) => {
          const spec = layer(id);
          return zoom >= (spec.minzoom ?? 0) && keeps(spec, Math.floor(zoom), properties(kind));
        });
        // A border station has no dot: its crossing's mark stands there, at every zoom.
        const dotted = stopShown(kind, zoom) && !(kind.border && !kind.major);
        expect(drawn.length, `${JSON.stringify(kind)} at zoom ${zoom}`).toBe(dotted ? 1 : 0);
      }
    expect(stopShown({ major: false, border: false }, 2)).toBe(false);
    expect(stopShown({ major: true, border: false }, 0)).toBe(true);
  });

  it('are as wide as the page reckons when it keeps names off them', () => {
    for (const zoom of [2, 3, 4.5, 6]) {
      const spec = layer('stops-major');
      const drawn =
        (paintAt(spec, 'circle-radius', zoom) as number) + (paintAt(spec, 'circle-stroke-width', zoom) as number);
      expect(stopRadius(zoom)).toBeCloseTo(drawn);
    }
  });
});

describe('the crossings’ marks', () => {
  it('mark every crossing geo/ found, two bars where the gauge changes, turned to the line, the variant’s apart', () => {
    const features = crossingFeatures().features;
    const found = [...corridorFacts.main.crossings, ...corridorFacts.alternative.crossings];
    expect(features.map((feature) => feature.properties.id)).toEqual(found.map((crossing) => crossing.id));
    for (const [i, feature] of features.entries()) {
      const crossing = found[i]!;
      expect(feature.geometry.coordinates).toEqual(crossing.at);
      expect(feature.properties.bearing).toBe(crossing.bearing);
      const changes = crossing.gauges[0] !== crossing.gauges[1];
      expect(feature.properties.icon).toBe(changes ? CROSSING_ICONS.gaugeBreak : CROSSING_ICONS.border);
      // Drawn by one layer: the main route's always, the superseded variant's only with it.
      const drawnBy = ['crossings', 'crossings-alternative'].filter((id) =>
        keeps(layer(id), 3, feature.properties as never),
      );
      expect(drawnBy).toEqual([feature.properties.alternative ? 'crossings-alternative' : 'crossings']);
    }
    expect(features.filter((feature) => feature.properties.icon === CROSSING_ICONS.gaugeBreak)).toHaveLength(
      corridorFacts.main.gaugeBreaks,
    );
    expect(ALTERNATIVE_LAYERS).toContain('crossings-alternative');
    expect(layer('crossings-alternative').layout?.visibility).toBe('none');
  });

  it('are longer than the line is wide, so that they cross it, and two bars stand apart', () => {
    const widest = corridorLine.width.wide + 2 * corridorLine.casing;
    for (const gaugeBreak of [false, true]) expect(crossingExtent(gaugeBreak).across).toBeGreaterThan(widest);
    const [first, second] = crossingBars(true);
    expect(second!.along - first!.along).toBeGreaterThan(first!.alongSize);
  });
});
