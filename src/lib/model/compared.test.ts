import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RouteLegs } from '../../../geo/contract';
import {
  ALL_ROUTES,
  comparedRoutes,
  drawsRouteLine,
  isKnownRoute,
  nameCandidates,
  routeNamePoints,
  routesDrawn,
  sortRoutes,
} from './compared';

const legs = JSON.parse(readFileSync(new URL('../../../geo/routes.json', import.meta.url), 'utf8')) as RouteLegs;

const ids = (routes: { id: string }[]) => routes.map((route) => route.id);

describe('the compared routes', () => {
  it('join each route’s words to its figures, the corridor first', () => {
    expect(ids(comparedRoutes)).toEqual(['corridor', 'western', 'iran', 'sea']);
    expect(isKnownRoute('iran')).toBe(true);
    expect(isKnownRoute('teleport')).toBe(false);
  });

  it('add a line to the map for every route but the corridor, which the map draws anyway', () => {
    expect(drawsRouteLine('iran')).toBe(true);
    expect(drawsRouteLine('corridor')).toBe(false);
    expect(drawsRouteLine(null)).toBe(false);
  });

  it('draw every other route at once for all, known to the address as a choice', () => {
    expect(isKnownRoute(ALL_ROUTES)).toBe(true);
    expect(ids(routesDrawn(ALL_ROUTES))).toEqual(['western', 'iran', 'sea']);
    expect(ids(routesDrawn('sea'))).toEqual(['sea']);
    expect(routesDrawn('corridor')).toEqual([]);
    expect(drawsRouteLine(ALL_ROUTES)).toBe(true);
  });

  it('are each named on a leg of their own: one of the route’s, whose ends no other route’s leg joins', () => {
    const ends = (leg: RouteLegs['features'][number]) => [leg.properties.from, leg.properties.to].sort().join('–');
    for (const route of routesDrawn(ALL_ROUTES)) {
      const leg = legs.features.find((feature) => feature.id === route.content.namedOn);
      expect(leg?.properties.route, `${route.id}: namedOn ${route.content.namedOn}`).toBe(route.id);
      const shared = legs.features.filter((other) => other.properties.route !== route.id && ends(other) === ends(leg!));
      expect(shared).toEqual([]);
    }
  });

  it('are named first along their own leg, then along their other legs no other route shares', () => {
    const western = routesDrawn('western')[0]!;
    const points = routeNamePoints(western, legs);
    const leg = (id: string) => legs.features.find((feature) => feature.id === id)!.geometry.coordinates;
    expect(points.slice(0, nameCandidates(leg('western-3')).length)).toEqual(nameCandidates(leg('western-3')));
    const on = (id: string) => nameCandidates(leg(id)).every(([x, y]) => points.some(([a, b]) => a === x && b === y));
    expect(on('western-5')).toBe(true);
    // Karachi to Quetta is the Iran route's too: a name there would name both.
    expect(nameCandidates(leg('western-1')).some(([x, y]) => points.some(([a, b]) => a === x && b === y))).toBe(false);
  });

  it('offer a name’s places along its leg from the middle outwards, each once', () => {
    const line = Array.from({ length: 11 }, (_, i) => [i, 0]);
    expect(nameCandidates(line)).toEqual([
      [5, 0],
      [4, 0],
      [6, 0],
      [3, 0],
      [7, 0],
      [2, 0],
      [8, 0],
    ]);
    expect(
      nameCandidates([
        [0, 0],
        [1, 1],
      ]),
    ).toEqual([
      [1, 1],
      [0, 0],
    ]);
  });

  it('sort by any column, either way, a transit time nobody reports last both ways', () => {
    const byKm = sortRoutes(comparedRoutes, 'km', 'ascending');
    const kms = byKm.map((route) => route.figures.km);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(ids(sortRoutes(comparedRoutes, 'km', 'descending'))).toEqual(ids(byKm).reverse());
    const byTransit = ids(sortRoutes(comparedRoutes, 'transit', 'ascending'));
    const reported = comparedRoutes.filter((route) => route.content.transit).length;
    expect(byTransit.slice(0, reported)).toEqual(['corridor', 'iran']);
    expect(ids(sortRoutes(comparedRoutes, 'transit', 'descending')).slice(0, reported)).toEqual(['iran', 'corridor']);
    expect(ids(sortRoutes(comparedRoutes, 'name', 'ascending'))[0]).toBe('sea');
    // Ties keep the content's order.
    const byGauge = sortRoutes(comparedRoutes, 'gaugeBreaks', 'ascending');
    expect(byGauge.map((route) => route.figures.gaugeBreaks)).toEqual([0, 1, 1, 2]);
    expect(ids(byGauge).slice(1, 3)).toEqual(['corridor', 'western']);
  });
});
