import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Corridor } from '../geo/contract.ts';
import { countries } from '../src/content/countries.ts';
import { ui } from '../src/content/ui.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { expectOnePopup, panel, pixelOf, popup } from './map-helpers.ts';

const corridor = JSON.parse(readFileSync(new URL('../geo/corridor.geojson', import.meta.url), 'utf8')) as Corridor;

/** The map's camera when idle: [lng, lat, zoom]. */
async function camera(page: Page): Promise<number[]> {
  await mapReady(page);
  return (await page.locator('[data-map-ready]').getAttribute('data-camera'))!.split(',').map(Number);
}

const view = (page: Page) => page.getByRole('group', { name: ui.navigation.label });

test('the view’s controls zoom in and out by keyboard, and reset the view to the first one', async ({ page }) => {
  await page.goto('./');
  const first = await camera(page);
  const zoomIn = view(page).getByRole('button', { name: ui.navigation.zoomIn });
  await zoomIn.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await camera(page))[2]).toBeCloseTo(first[2]! + 1, 3);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await camera(page))[2]).toBeCloseTo(first[2]! + 2, 3);
  await view(page).getByRole('button', { name: ui.navigation.zoomOut }).click();
  await expect.poll(async () => (await camera(page))[2]).toBeCloseTo(first[2]! + 1, 3);
  // Dragged away and zoomed: reset brings back the first view exactly.
  await page.mouse.move(400, 400);
  await page.mouse.down();
  await page.mouse.move(250, 300, { steps: 5 });
  await page.mouse.up();
  expect((await camera(page))[0]).not.toBeCloseTo(first[0]!, 1);
  await view(page).getByRole('button', { name: ui.navigation.reset }).click();
  await expect.poll(() => camera(page)).toEqual(first);
});

test('the zoom-in button stops at the map’s closest zoom', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const zoomIn = view(page).getByRole('button', { name: ui.navigation.zoomIn });
  for (let i = 0; i < 10 && (await zoomIn.isEnabled()); i++) {
    await zoomIn.click();
    await mapReady(page);
  }
  await expect(zoomIn).toBeDisabled();
  expect((await camera(page))[2]).toBeCloseTo(7, 3);
});

test('a scale bar in km follows the zoom', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const scale = view(page).locator('.maplibregl-ctrl-scale');
  await expect(scale).toHaveText(/^\d+\s?km$/);
  const before = await scale.innerText();
  await view(page).getByRole('button', { name: ui.navigation.zoomIn }).click();
  await mapReady(page);
  await expect(scale).not.toHaveText(before);
  await expect(scale).toHaveText(/^\d+\s?km$/);
});

test('a double-click on a country zooms in and selects nothing', async ({ page }) => {
  await page.goto('./');
  const first = await camera(page);
  // Inside Kazakhstan, away from the corridor and any name.
  const { x, y } = await pixelOf(page, [75, 47]);
  await page.mouse.dblclick(x, y);
  await expect.poll(async () => (await camera(page))[2]).toBeGreaterThan(first[2]! + 0.5);
  // Longer than a click waits for a second one: no popup comes.
  await page.waitForTimeout(600);
  await expect(popup(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/#country=/);
  // A single click there still selects the country.
  await page.mouse.click(x, y);
  await expectOnePopup(page, countries.find((country) => country.id === 'KAZ')!.name);
});

test('every stretch of the route is a button in the figures, reachable by keyboard', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const stretches = panel(page).getByRole('table', { name: ui.facts.stretches }).getByRole('button');
  await expect(stretches).toHaveCount(corridor.features.length);
  const last = stretches.last();
  await last.focus();
  await page.keyboard.press('Enter');
  await mapReady(page);
  await expect(page).toHaveURL(/#segment=segment-alt$/);
  await expect(popup(page)).toHaveCount(1);
  await expect(last).toHaveAttribute('aria-pressed', 'true');
  // The superseded variant is drawn while it is the subject, and the key says what it is.
  await expect(page.getByText(ui.status.superseded, { exact: true }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup(page)).toHaveCount(0);
  await expect(last).toBeFocused();
});
