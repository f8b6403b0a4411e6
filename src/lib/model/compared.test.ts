import { describe, expect, it } from 'vitest';
import { comparedRoutes, drawsRouteLine, isKnownRoute, sortRoutes } from './compared';

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
