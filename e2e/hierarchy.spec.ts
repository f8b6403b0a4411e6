import { readFileSync } from 'node:fs';
import type { Corridor } from '../geo/contract.ts';
import { contrastRatio, relativeLuminance } from '../src/theme/colour.ts';
import { colour } from '../src/theme/tokens.ts';
import { expect, fontsSettled, mapReady, pixelsAt, test } from './fixtures.ts';
import { pixelOf } from './map-helpers.ts';

const corridor = JSON.parse(readFileSync(new URL('../geo/corridor.geojson', import.meta.url), 'utf8')) as Corridor;
const line = (id: string) => corridor.features.find((feature) => feature.id === id)!;

/**
 * Stretches to measure across, each between two of its line's vertices (drawn straight on screen),
 * far from any other line or name: an approximate path (Aktobe–Kyzylorda) and a sourced, planned one.
 */
const STRETCHES = [
  { segment: 'segment-2', from: 4, dashed: false, what: 'an approximate, operating stretch' },
  { segment: 'segment-6', from: 0, dashed: true, what: 'the planned Trans-Afghan stretch, its path named by a source' },
];
/** Where along the stretch the profiles are taken: seven, so that a dashed line shows in some whatever its phase. */
const ALONG = [0.25, 0.33, 0.42, 0.5, 0.58, 0.67, 0.75];

/** How far either side of the line the profile reaches, in px: the land beyond it is the reference. */
const REACH = 14;
/** How far from the line's drawn middle its core may be found: half its widest, and rounding. */
const NEAR = 5;

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} the corridor is at least 4 px wide and 3 : 1 against the land`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await mapReady(page);
    await fontsSettled(page);
    const shot = await page.screenshot();
    for (const { segment, from, dashed, what } of STRETCHES) {
      const coordinates = line(segment).geometry.coordinates;
      const a = await pixelOf(page, coordinates[from] as [number, number]);
      const b = await pixelOf(page, coordinates[from + 1] as [number, number]);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      // Across the line, one pixel at a time along the normal, at five places along it.
      let crossed = 0;
      for (const t of ALONG) {
        const centre = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
        const offsets = Array.from({ length: 2 * REACH + 1 }, (_, i) => i - REACH);
        const profile = await pixelsAt(
          page,
          shot,
          offsets.map((d) => [centre.x + normal.x * d, centre.y + normal.y * d]),
        );
        // The land on either side (it may change at a border), against which the line must stand out:
        // the median of the profile's outer pixels on that side, where a border or a dot may also pass.
        const median = (pixels: number[][]) =>
          [...pixels].sort((a, b) => relativeLuminance(a) - relativeLuminance(b))[pixels.length >> 1]!;
        const lands = [median(profile.slice(0, 8)), median(profile.slice(-8))];
        const against = (i: number) => Math.min(...lands.map((land) => contrastRatio(profile[i]!, land)));
        const darker = (i: number) => relativeLuminance(profile[i]!) < Math.min(...lands.map(relativeLuminance));
        const where = `${what} at ${Math.round(centre.x)},${Math.round(centre.y)}`;
        // The line's core: its strongest pixel within a few px of where it is drawn (beyond, a dot's
        // rim or a border may be darker). A dashed line's gaps show the casing only.
        const near = offsets.flatMap((d, i) => (Math.abs(d) <= NEAR ? [i] : []));
        const core = near.reduce((best, i) => (against(i) > against(best) ? i : best), REACH);
        // Measured where the profile crosses the body of the line, not a dash's end or a stop's dot.
        const body = contrastRatio(profile[core]!, colour.corridor) < 1.15;
        const dot = near.some((i) => contrastRatio(profile[i]!, colour.ink) < 1.5);
        if (!body || dot) continue;
        expect(against(core), `${where}: the line's core against the land`).toBeGreaterThanOrEqual(3);
        crossed++;
        // The line: every pixel darker than the land either side of its core, and across its pale
        // stripe (up to 2 px) to the red beyond it, less the faint antialiased rims.
        const inLine = (i: number) => i >= 0 && i < offsets.length && darker(i);
        const strongAt = (i: number) => inLine(i) && against(i) >= 3;
        const step = (i: number, by: number) =>
          inLine(i + by) ? i + by : strongAt(i + 2 * by) ? i + 2 * by : strongAt(i + 3 * by) ? i + 3 * by : i;
        let [first, last] = [core, core];
        while (step(first, -1) !== first) first = step(first, -1);
        while (step(last, 1) !== last) last = step(last, 1);
        while (against(first) < 1.5) first++;
        while (against(last) < 1.5) last--;
        const strong = [offsets[first]!, offsets[last]!];
        const width = strong.at(-1)! - strong[0]! + 1;
        expect(width, `${where}: the line's width across, in px`).toBeGreaterThanOrEqual(4);
        // A casing, lighter than the land, on both sides of the line: within 3 px of its edge (the
        // first may be the line's antialiased rim).
        const whiteness = (d: number) =>
          contrastRatio(profile[Math.min(Math.max(d + REACH, 0), 2 * REACH)]!, '#ffffff');
        const casing = (edge: number, step: number) => Math.min(...[1, 2, 3].map((i) => whiteness(edge + i * step)));
        expect(casing(strong[0]!, -1), `${where}: casing before`).toBeLessThan(contrastRatio(lands[0]!, '#ffffff'));
        expect(casing(strong.at(-1)!, 1), `${where}: casing after`).toBeLessThan(contrastRatio(lands[1]!, '#ffffff'));
      }
      expect(crossed, `${what}: places along it where the line is drawn at 3 : 1`).toBeGreaterThanOrEqual(
        dashed ? 2 : ALONG.length,
      );
    }
  });
}
