import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { ARROW_SPACING_PX, corridorArrows } from './arrows.ts';
import { checkArrows } from './checks.ts';
import { fixture } from './fixture.ts';
import { ARROW_ZOOMS, arrowReferenceZoom, arrowSizePx, type ArrowFeature, type Corridor } from '../contract.ts';

const corridor = fixture<Corridor>('arrows-bend.geojson');
const arrows = corridorArrows(corridor);

/** Web Mercator pixels of a 512-pixel world, as MapLibre draws it. */
function pixels([lng, lat]: Position, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360));
  return [((lng! + 180) / 360) * world, (0.5 - y / (2 * Math.PI)) * world];
}

const set = (zoom: number, half: 0 | 1, alignment: string): ArrowFeature | undefined =>
  arrows.features.find(
    (f) => f.properties.zoom === zoom && f.properties.half === half && f.properties.alignment === alignment,
  );

/** The main route of the fixture in pixels: a straight run east, then one south-east. */
function route(zoom: number) {
  const [a, b, c] = [
    [60, 40],
    [70, 40],
    [75, 30],
  ].map((p) => pixels(p, zoom));
  const first = Math.hypot(b![0] - a![0], b![1] - a![1]);
  /** How far along the route a point lies, and how far off it. */
  return (point: [number, number]) => {
    const along = (from: [number, number], to: [number, number]) => {
      const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
      const [tx, ty] = [(to[0] - from[0]) / length, (to[1] - from[1]) / length];
      const [dx, dy] = [point[0] - from[0], point[1] - from[1]];
      return { along: dx * tx + dy * ty, off: Math.abs(dx * ty - dy * tx), length };
    };
    const onFirst = along(a!, b!);
    if (onFirst.along <= onFirst.length) return onFirst;
    const onSecond = along(b!, c!);
    return { along: first + onSecond.along, off: onSecond.off };
  };
}

describe('corridorArrows', () => {
  it('makes no chevron on the 2021 alternative, and one id per set', () => {
    expect(arrows.features.length).toBeGreaterThan(0);
    expect(new Set(arrows.features.map((f) => f.id)).size).toBe(arrows.features.length);
    // The alternative runs straight from a to c, across the main route's corner: no tip lies on it.
    for (const feature of arrows.features) {
      const reference = arrowReferenceZoom(feature.properties.zoom, feature.properties.half);
      const [a, c] = [pixels([60, 40], reference), pixels([75, 30], reference)];
      const offAlternative = ([x, y]: [number, number]) =>
        Math.abs((c[0] - a[0]) * (a[1] - y) - (a[0] - x) * (c[1] - a[1])) / Math.hypot(c[0] - a[0], c[1] - a[1]);
      for (const [, tip] of feature.geometry.coordinates)
        expect(offAlternative(pixels(tip!, reference))).toBeGreaterThan(1);
    }
  });

  it('puts each tip on the route, pointing the way it runs, a spacing apart across the join', () => {
    for (const zoom of ARROW_ZOOMS) {
      for (const half of [0, 1] as const) {
        const reference = arrowReferenceZoom(zoom, half);
        const onRoute = route(reference);
        const chevrons = ['sourced', 'assumed'].flatMap((a) => set(zoom, half, a)?.geometry.coordinates ?? []);
        // As many chevrons as fit: the first half a spacing from the start, then one every spacing.
        const length = onRoute(pixels([75, 30], reference)).along;
        const fit =
          length < ARROW_SPACING_PX / 2 ? 0 : Math.floor((length - ARROW_SPACING_PX / 2) / ARROW_SPACING_PX) + 1;
        expect(chevrons, `zoom ${zoom} half ${half}`).toHaveLength(fit);
        if (fit === 0) continue;
        const tips = chevrons
          .map(([left, tip, right]) => ({
            tip: onRoute(pixels(tip!, reference)),
            arms: onRoute(pixels([(left![0]! + right![0]!) / 2, (left![1]! + right![1]!) / 2], reference)),
          }))
          .sort((p, q) => p.tip.along - q.tip.along);
        tips.forEach(({ tip, arms }, i) => {
          // Coordinates are rounded to 1e-5 degrees: a few hundredths of a pixel at zoom 7.
          expect(tip.off).toBeLessThan(0.1);
          expect(tip.along).toBeGreaterThan(arms.along);
          if (i > 0) expect(tip.along - tips[i - 1]!.tip.along).toBeCloseTo(ARROW_SPACING_PX, 0);
        });
        expect(tips[0]!.tip.along).toBeCloseTo(ARROW_SPACING_PX / 2, 0);
      }
    }
  });

  it('sizes each chevron for the middle of its half zoom level', () => {
    for (const feature of arrows.features) {
      const reference = arrowReferenceZoom(feature.properties.zoom, feature.properties.half);
      for (const [left, , right] of feature.geometry.coordinates) {
        const [l, r] = [pixels(left!, reference), pixels(right!, reference)];
        expect(Math.hypot(r[0] - l[0], r[1] - l[1])).toBeCloseTo(arrowSizePx(reference) * 0.9, 1);
      }
    }
  });

  it('takes the alignment of the segment each chevron sits on', () => {
    const reference = arrowReferenceZoom(3, 0);
    const onRoute = route(reference);
    const join = onRoute(pixels([70, 40], reference)).along;
    const alongOf = (alignment: string) =>
      set(3, 0, alignment)!.geometry.coordinates.map(([, tip]) => onRoute(pixels(tip!, reference)).along);
    expect(alongOf('sourced').every((along) => along <= join)).toBe(true);
    expect(alongOf('assumed').every((along) => along > join)).toBe(true);
  });
});

describe('checkArrows', () => {
  it('passes the arrows the corridor gives', () => {
    expect(checkArrows('geo/arrows.geojson', arrows, corridor)).toEqual([]);
  });

  it('names each set that no longer follows an edited corridor, and says how to rebuild it', () => {
    const moved: Corridor = structuredClone(corridor);
    moved.features[1]!.geometry.coordinates[1] = [76, 31];
    const problems = checkArrows('geo/arrows.geojson', arrows, moved);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === 'geo/arrows.geojson' && p.message.includes('npm run geo'))).toBe(true);
    expect(problems.map((p) => p.feature)).toContain('arrows-3-0-assumed');
  });

  it('reports a set that is missing and one that should not be there', () => {
    const [first, ...rest] = arrows.features;
    const stray = { ...first!, id: 'arrows-9-0-sourced', properties: { ...first!.properties, zoom: 9 } };
    const problems = checkArrows('geo/arrows.geojson', { ...arrows, features: [...rest, stray] }, corridor);
    expect(problems).toEqual([
      { file: 'geo/arrows.geojson', feature: 'arrows-9-0-sourced', message: expect.stringContaining('is not a set') },
      { file: 'geo/arrows.geojson', feature: String(first!.id), message: expect.stringContaining('missing') },
    ]);
  });
});
