import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ComparedRoute, RouteLegs } from '../geo/contract.ts';
import { routes } from '../src/content/routes.ts';
import { ui } from '../src/content/ui.ts';
import { channels } from '../src/theme/colour.ts';
import { colour } from '../src/theme/tokens.ts';
import { expect, fontsSettled, mapReady, pixelsAt, test } from './fixtures.ts';
import { covered, key, overlap, panel, projector, scrollToLowerSections } from './map-helpers.ts';

const legs = JSON.parse(readFileSync(new URL('../geo/routes.json', import.meta.url), 'utf8')) as RouteLegs;
const figures = (
  JSON.parse(readFileSync(new URL('../geo/facts.json', import.meta.url), 'utf8')) as { routes: ComparedRoute[] }
).routes;
const BLUE = channels(colour.compared);

/**
 * Points across the lines of some legs, on the page: at fractions `along` of each straight piece at least
 * `longer` px long, a point at each of the distances `across` the line, in px. One group per place along.
 */
function across(
  project: (at: readonly number[]) => { x: number; y: number },
  chosen: RouteLegs['features'],
  { along, across: offsets, longer }: { along: number[]; across: number[]; longer: number },
): Array<Array<[number, number]>> {
  const groups: Array<Array<[number, number]>> = [];
  for (const leg of chosen) {
    const coordinates = leg.geometry.coordinates;
    for (let i = 0; i + 1 < coordinates.length; i++) {
      const a = project(coordinates[i]!);
      const b = project(coordinates[i + 1]!);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (length < longer) continue;
      const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
      for (const t of along) {
        const [x, y] = [a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t];
        groups.push(offsets.map((d) => [x + normal.x * d, y + normal.y * d]));
      }
    }
  }
  return groups;
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/** The share of pixels in the compared colour along a route's rail legs (their middle three fifths, 7 px wide). */
async function drawnAlong(page: Page, route: string): Promise<number> {
  await mapReady(page);
  await fontsSettled(page);
  const shot = await page.screenshot();
  const rail = legs.features.filter((leg) => leg.properties.route === route && leg.properties.mode === 'rail');
  const points = across(await projector(page), rail, {
    along: range(0.2, 0.8, 0.1),
    across: range(-3, 3, 1),
    longer: 20,
  }).flat();
  const pixels = await pixelsAt(page, shot, points);
  const inBlue = pixels.filter((pixel) => Math.hypot(...pixel.map((value, i) => value - BLUE[i]!)) < 40);
  return inBlue.length / pixels.length;
}

const table = (page: Page) => panel(page).getByRole('table', { name: ui.routes.caption });
const rowOrder = (page: Page) =>
  table(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.route));

test('#route=iran draws the route through Iran beside the corridor, marks its row and adds it to the key', async ({
  page,
}) => {
  await page.goto('./#route=iran');
  expect(await drawnAlong(page, 'iran')).toBeGreaterThan(0.1);
  const name = routes.find((route) => route.id === 'iran')!.name;
  await expect(table(page).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  await expect(key(page).getByText(ui.key.comparedRail)).toBeAttached();
});

test('the first view draws no compared route, and the key names none', async ({ page }) => {
  await page.goto('./');
  expect(await drawnAlong(page, 'iran')).toBe(0);
  await expect(key(page).getByText(ui.key.comparedRail)).toHaveCount(0);
});

test('a route picked in the table is drawn and in the URL; picked again, it goes', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await scrollToLowerSections(page);
  const name = routes.find((route) => route.id === 'western')!.name;
  const button = table(page).getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).hash).toBe('#route=western');
  expect(await drawnAlong(page, 'western')).toBeGreaterThan(0.1);
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  expect(await drawnAlong(page, 'western')).toBe(0);
});

test('the table sorts by any column by keyboard, each way, and says so', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await scrollToLowerSections(page);
  expect(await rowOrder(page)).toEqual(routes.map((route) => route.id));
  const byKm = [...figures].sort((a, b) => a.km - b.km).map((route) => route.id);
  const sort = table(page).getByRole('button', { name: ui.routes.sortBy(ui.routes.km) });
  await sort.focus();
  await page.keyboard.press('Enter');
  await expect(table(page).getByRole('columnheader', { name: ui.routes.sortBy(ui.routes.km) })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  expect(await rowOrder(page)).toEqual(byKm);
  await page.keyboard.press('Enter');
  await expect(table(page).getByRole('columnheader', { name: ui.routes.sortBy(ui.routes.km) })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  expect(await rowOrder(page)).toEqual([...byKm].reverse());
  // Another column takes the sort over.
  const gauge = table(page).getByRole('button', { name: ui.routes.sortBy(ui.routes.gaugeBreaks) });
  await gauge.press('Enter');
  const byGauge = await rowOrder(page);
  const breaks = byGauge.map((id) => figures.find((route) => route.id === id)!.gaugeBreaks);
  expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
  await expect(table(page).locator('th[aria-sort]')).toHaveCount(1);
});

/** The compared routes' names over the map that found room, in the order they are in the page. */
const routeNames = (page: Page) => page.locator('.map-name.route:not(.unplaced)');

test('“all four” draws every route at once, each named along its own line, marks every row and is in the URL', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  await scrollToLowerSections(page);
  const all = panel(page).getByRole('button', { name: ui.routes.all });
  await expect(all).toHaveAttribute('aria-pressed', 'false');
  await all.click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#route=all');
  for (const route of ['western', 'iran', 'sea']) expect(await drawnAlong(page, route), route).toBeGreaterThan(0.1);
  await expect(all).toHaveAttribute('aria-pressed', 'true');
  await expect(table(page).locator('tbody tr.shown')).toHaveCount(routes.length);
  const others = routes.filter((route) => route.id !== 'corridor').map((route) => route.name);
  await expect(routeNames(page)).toHaveText(others);
  // Each name lies on the map, clear of the others.
  const map = (await page.locator('[data-map-ready="true"]').boundingBox())!;
  const boxes = await Promise.all((await routeNames(page).all()).map((name) => name.boundingBox()));
  for (const box of boxes) {
    expect(box!.x).toBeGreaterThanOrEqual(map.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(map.x + map.width);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i}, ${j}`).toBe(false);
  // One route picked from all: the others go, and their names with them.
  await table(page)
    .getByRole('button', { name: routes.find((route) => route.id === 'sea')!.name })
    .click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#route=sea');
  expect(await drawnAlong(page, 'iran')).toBe(0);
  await expect(routeNames(page)).toHaveText([routes.find((route) => route.id === 'sea')!.name]);
  await all.click();
  await all.click();
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await expect(routeNames(page)).toHaveCount(0);
});

test('picking the corridor’s own row frames the corridor from Karachi to Moscow, and draws no other line', async ({
  page,
}) => {
  await page.goto('./#route=sea');
  await mapReady(page);
  const zoomOf = async () =>
    Number((await page.locator('[data-map-ready="true"]').getAttribute('data-camera'))!.split(',')[2]);
  const seaZoom = await zoomOf();
  await table(page)
    .getByRole('button', { name: routes.find((route) => route.id === 'corridor')!.name })
    .click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#route=corridor');
  await mapReady(page);
  expect(await drawnAlong(page, 'sea')).toBe(0);
  // Closer than the sea route's frame, with both ends of the corridor in view.
  expect(await zoomOf()).toBeGreaterThan(seaZoom);
  const map = (await page.locator('[data-map-ready="true"]').boundingBox())!;
  const project = await projector(page);
  for (const end of ['karachi', 'moscow', 'minsk']) {
    const at = project(covered('place', end)[0]!);
    expect(at.x, end).toBeGreaterThan(map.x);
    expect(at.x, end).toBeLessThan(map.x + map.width);
    expect(at.y, end).toBeGreaterThan(map.y);
    expect(at.y, end).toBeLessThan(map.y + map.height);
  }
});

test('a compared route’s rail on a path no source names has the corridor’s pale stripe down its middle', async ({
  page,
}) => {
  await page.goto('./#route=iran');
  await mapReady(page);
  await fontsSettled(page);
  const shot = await page.screenshot();
  // Across the middle of each long straight piece of the line through Iran: 9 pixels, 1 px apart.
  const iran = legs.features.filter((leg) => ['iran-2', 'iran-3', 'iran-4'].includes(String(leg.id)));
  for (const leg of iran) expect(leg.properties.alignment).toBe('assumed');
  const profiles = across(await projector(page), iran, {
    along: range(0.3, 0.7, 0.05),
    across: range(-4, 4, 1),
    longer: 40,
  });
  expect(profiles.length).toBeGreaterThan(10);
  const pixels = await pixelsAt(page, shot, profiles.flat());
  const sum = (pixel: number[]) => pixel[0]! + pixel[1]! + pixel[2]!;
  const blue = (pixel: number[]) => Math.hypot(...pixel.map((value, i) => value - BLUE[i]!)) < 30;
  // Striped: a pixel near the middle far paler than the line, with the line's blue on both sides of it.
  const striped = profiles.filter((_, i) => {
    const profile = pixels.slice(9 * i, 9 * i + 9);
    return [3, 4, 5].some(
      (k) => sum(profile[k]!) > sum(BLUE) + 150 && profile.slice(0, k).some(blue) && profile.slice(k + 1).some(blue),
    );
  });
  expect(striped.length / profiles.length).toBeGreaterThan(0.7);
});
