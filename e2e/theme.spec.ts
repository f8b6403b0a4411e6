import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ui } from '../src/content/ui.ts';
import { channels as rgb } from '../src/theme/colour.ts';
import { palettes } from '../src/theme/tokens.ts';
import { expect, mapReady, pixelsAt, test } from './fixtures.ts';
import { panel, pixelOf } from './map-helpers.ts';

/** The page's ground and the map's sea, as a reader sees them: read from a screenshot. */
async function grounds(page: Page) {
  const shot = await page.screenshot();
  const panelBox = (await panel(page).boundingBox())!;
  // The Arabian Sea, south of Karachi (the page behind the map's canvas); Kazakhstan's steppe, west of
  // the line (MapLibre's own fill); the panel's ground, by its left edge at its foot.
  const sea = await pixelOf(page, [62, 14]);
  const land = await pixelOf(page, [61.5, 49.5]);
  const [mapSea, mapLand, paper] = await pixelsAt(page, shot, [
    [sea.x, sea.y],
    [land.x, land.y],
    [panelBox.x + 6, panelBox.y + panelBox.height - 6],
  ]);
  return { mapSea: mapSea!, mapLand: mapLand!, paper: paper! };
}

const near = (pixel: number[], hex: string) => pixel.every((value, i) => Math.abs(value - rgb(hex)[i]!) <= 3);

test.describe('a reader whose system asks for dark', () => {
  test.use({ colorScheme: 'dark' });

  test('gets the page and the map dark, and may switch back to light, which the address keeps', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    let seen = await grounds(page);
    expect(near(seen.mapSea, palettes.dark.map.sea), `sea ${seen.mapSea}`).toBe(true);
    expect(near(seen.mapLand, palettes.dark.map.corridorCountry), `land ${seen.mapLand}`).toBe(true);
    expect(near(seen.paper, palettes.dark.colour.paper), `paper ${seen.paper}`).toBe(true);
    const toggle = panel(page).getByRole('button', { name: ui.theme.dark });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // A saved image is dark too: its sea and its steppe, where the map has them (twice the screen's pixels).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ui.export.download, exact: true }).click(),
    ]);
    const png = await readFile((await download.path())!);
    const map = (await page.locator('.maplibregl-map').boundingBox())!;
    const [sea, land] = [await pixelOf(page, [62, 14]), await pixelOf(page, [61.5, 49.5])];
    const [imageSea, imageLand] = await pixelsAt(page, png, [
      [2 * (sea.x - map.x), 2 * (sea.y - map.y)],
      [2 * (land.x - map.x), 2 * (land.y - map.y)],
    ]);
    expect(near(imageSea!, palettes.dark.map.sea), `image sea ${imageSea}`).toBe(true);
    expect(near(imageLand!, palettes.dark.map.corridorCountry), `image land ${imageLand}`).toBe(true);
    await mapReady(page);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => new URL(page.url()).hash).toBe('#theme=light');
    await mapReady(page);
    seen = await grounds(page);
    expect(near(seen.mapSea, palettes.light.map.sea), `sea ${seen.mapSea}`).toBe(true);
    // Repainted in place, not made again: the same map, its camera unchanged.
    expect(near(seen.mapLand, palettes.light.map.corridorCountry), `land ${seen.mapLand}`).toBe(true);
    expect(near(seen.paper, palettes.light.colour.paper), `paper ${seen.paper}`).toBe(true);
  });
});

test('a link with #theme=dark opens dark on a light system, beside a date, and the switch keeps the date', async ({
  page,
}) => {
  await page.goto('./#t=2021-03&theme=dark');
  await mapReady(page);
  const seen = await grounds(page);
  expect(near(seen.mapSea, palettes.dark.map.sea), `sea ${seen.mapSea}`).toBe(true);
  expect(near(seen.mapLand, palettes.dark.map.corridorCountry), `land ${seen.mapLand}`).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await panel(page).getByRole('button', { name: ui.theme.dark }).click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#t=2021-03&theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
