import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { ARROW_HALVES, ARROW_ZOOMS, arrowReferenceZoom, arrowSizePx, MAP_EXTENT } from '../../../geo/contract';
import { mapStyle } from './style';

const style = mapStyle(
  { context: 'c', countries: 'n', corridor: 'r', arrows: 'a', places: 'p', labels: 'l' },
  'font.woff2',
);
const layer = (id: string) => style.layers.find((l) => l.id === id) as LayerSpecification & { filter: unknown[] };

/**
 * The few expression operators the arrow layers use, evaluated as MapLibre does: paint properties at
 * the map's zoom, filters at the tile's (a whole zoom level, the map's rounded down).
 */
function evaluate(expression: unknown, zoom: number, properties: Record<string, unknown>): unknown {
  if (!Array.isArray(expression)) return expression;
  const [op, ...args] = expression as [string, ...unknown[]];
  const value = (e: unknown) => evaluate(e, zoom, properties);
  switch (op) {
    case 'zoom':
      return zoom;
    case 'get':
      return properties[args[0] as string];
    case 'min':
      return Math.min(...args.map((a) => value(a) as number));
    case '==':
      return value(args[0]) === value(args[1]);
    case 'all':
      return args.every((a) => value(a) === true);
    case 'step': {
      let result = value(args[1]);
      for (let i = 2; i < args.length; i += 2) if (zoom >= (args[i] as number)) result = value(args[i + 1]);
      return result;
    }
    default:
      throw new Error(`style.test.ts: operator ${op} is not evaluated here`);
  }
}

describe('the corridor arrows', () => {
  const sets = ARROW_ZOOMS.flatMap((zoom) => ARROW_HALVES.map((half) => ({ zoom, half })));

  it('show one set of chevrons at every zoom, within a fifth of the size meant for it', () => {
    for (let zoom = 0; zoom <= MAP_EXTENT.maxZoom; zoom = Math.round((zoom + 0.05) * 100) / 100) {
      for (const alignment of ['sourced', 'assumed']) {
        const suffix = alignment === 'assumed' ? '-assumed' : '';
        const shown = ['', '-upper'].flatMap((upper) => {
          const spec = layer(`corridor-arrows${upper}${suffix}`);
          const opacity = evaluate((spec.paint as Record<string, unknown>)['line-opacity'], zoom, {}) as number;
          if (opacity === 0) return [];
          expect(opacity).toBe(alignment === 'assumed' ? 0.5 : 1);
          return sets.filter((set) => evaluate(spec.filter, Math.floor(zoom), { ...set, alignment }) === true);
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
