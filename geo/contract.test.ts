import { describe, expect, it } from 'vitest';
import { ARROW_ZOOMS, MAP_EXTENT, mercatorY, project, unproject } from './contract.ts';

describe('the map extent', () => {
  it('keeps the view inside the window geo/ clips its shapes to, so the clipped edge is never seen', () => {
    const [west, south, east, north] = MAP_EXTENT.clip;
    const [[viewWest, viewSouth], [viewEast, viewNorth]] = MAP_EXTENT.maxBounds;
    expect(viewWest).toBeGreaterThan(west);
    expect(viewSouth).toBeGreaterThan(south);
    expect(viewEast).toBeLessThan(east);
    expect(viewNorth).toBeLessThan(north);
  });

  it('has a set of arrows for every whole zoom level the map can show', () => {
    expect(ARROW_ZOOMS[0]).toBe(0);
    expect(ARROW_ZOOMS.at(-1)).toBe(MAP_EXTENT.maxZoom - 1);
    expect(ARROW_ZOOMS).toHaveLength(MAP_EXTENT.maxZoom);
  });
});

describe('Web Mercator', () => {
  it('puts the equator at y 0 and the Greenwich meridian mid-world', () => {
    expect(mercatorY(0)).toBeCloseTo(0, 12);
    expect(mercatorY(-30)).toBeCloseTo(-mercatorY(30), 12);
    const [x, y] = project([0, 0], 1);
    expect(x).toBe(512);
    expect(y).toBeCloseTo(512, 9);
  });

  it('comes back to the same place from pixels', () => {
    const [lng, lat] = unproject(project([67.0104, 24.8608], 5), 5);
    expect(lng).toBeCloseTo(67.0104, 9);
    expect(lat).toBeCloseTo(24.8608, 9);
  });
});
