import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ComparedRoute, RouteLegs } from '../geo/contract.ts';
import { routes } from '../src/content/routes.ts';
import { ui } from '../src/content/ui.ts';
import { channels } from '../src/theme/colour.ts';
import { colour } from '../src/theme/tokens.ts';
import { expect, fontsSettled, mapReady, pixelsAt, test } from './fixtures.ts';
import { key, panel, projector } from './map-helpers.ts';

const legs = JSON.parse(readFileSync(new URL('../geo/routes.json', import.meta.url), 'utf8')) as RouteLegs;
const figures = (
  JSON.parse(readFileSync(new URL('../geo/facts.json', import.meta.url), 'utf8')) as { routes: ComparedRoute[] }
).routes;
const BLUE = channels(colour.compared);

/** The share of pixels in the compared colour along a route's rail legs (their middle three fifths, 7 px wide). */
async function drawnAlong(page: Page, route: string): Promise<number> {
  await mapReady(page);
  await fontsSettled(page);
  const shot = await page.screenshot();
  const project = await projector(page);
  const points: Array<[number, number]> = [];
  for (const leg of legs.features.filter((leg) => leg.properties.route === route && leg.properties.mode === 'rail')) {
    const coordinates = leg.geometry.coordinates;
    for (let i = 0; i + 1 < coordinates.length; i++) {
      const a = project(coordinates[i]!);
      const b = project(coordinates[i + 1]!);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (length < 20) continue;
      const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
      for (let t = 0.2; t <= 0.8; t += 0.1)
        for (let d = -3; d <= 3; d++)
          points.push([a.x + (b.x - a.x) * t + normal.x * d, a.y + (b.y - a.y) * t + normal.y * d]);
    }
  }
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
