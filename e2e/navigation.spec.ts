import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Corridor } from '../geo/contract.ts';
import { countries } from '../src/content/countries.ts';
import { ui } from '../src/content/ui.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { expectOnePopup, overlap, panel, pixelOf, placedNames, popup, shownBox } from './map-helpers.ts';

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

const locator = (page: Page) => page.getByRole('button', { name: ui.navigation.locator });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} a locator shows where a closer view lies, and takes the reader back`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    const first = await camera(page);
    // The first view holds the whole corridor and Beijing: no locator.
    await expect(locator(page)).toHaveCount(0);
    await view(page).getByRole('button', { name: ui.navigation.zoomIn }).click();
    await view(page).getByRole('button', { name: ui.navigation.zoomIn }).click();
    await mapReady(page);
    await expect(locator(page)).toBeVisible();
    // The view's frame lies inside the locator's picture, a part of it, with the four places' dots.
    const picture = (await locator(page).locator('svg').boundingBox())!;
    const frame = (await locator(page).locator('[data-view-frame]').boundingBox())!;
    expect(frame.x).toBeGreaterThanOrEqual(picture.x);
    expect(frame.y).toBeGreaterThanOrEqual(picture.y);
    expect(frame.x + frame.width).toBeLessThanOrEqual(picture.x + picture.width + 1);
    expect(frame.y + frame.height).toBeLessThanOrEqual(picture.y + picture.height + 1);
    expect(frame.width * frame.height).toBeLessThan((picture.width * picture.height) / 4);
    await expect(locator(page).locator('circle')).toHaveCount(4);
    // It is clear of every other control and of every name over the map.
    const box = (await locator(page).boundingBox())!;
    const controls = page.locator('[data-map-control]');
    const itself = await controls.evaluateAll(
      (all, name) => all.findIndex((c) => c.ariaLabel === name),
      ui.navigation.locator,
    );
    expect(itself, 'the locator is one of the controls').toBeGreaterThanOrEqual(0);
    for (const [i, control] of (await controls.all()).entries()) {
      const other = await control.boundingBox();
      if (other && i !== itself)
        expect(overlap(box, other), `the locator over ${(await control.innerText()).split('\n')[0]}`).toBe(false);
    }
    for (const name of await placedNames(page).all()) expect(overlap(box, await shownBox(name))).toBe(false);
    // The frame follows the view: dragged east, it moves east in the locator.
    await page.mouse.move(viewport.width / 2, 300);
    await page.mouse.down();
    await page.mouse.move(viewport.width / 2 - 120, 300, { steps: 5 });
    await page.mouse.up();
    await mapReady(page);
    const moved = (await locator(page).locator('[data-view-frame]').boundingBox())!;
    expect(moved.x).toBeGreaterThan(frame.x);
    // A click on it, or Enter, goes back to the first view, and it goes away.
    await locator(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => camera(page)).toEqual(first);
    await expect(locator(page)).toHaveCount(0);
  });
}
