import { articleMeta } from '../src/content/article.ts';
import { excerpts } from '../src/content/excerpts.ts';
import { quoted } from '../src/lib/ui/format.ts';
import { places } from '../src/content/places.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { currentPassages, detailsBox, expectOnePopup, marker, passage, pixelOf, popup } from './map-helpers.ts';
import { PLACE_ZOOM } from '../src/lib/map/camera.ts';
import type { Places } from '../geo/contract.ts';
import { readFileSync } from 'node:fs';

const points = JSON.parse(readFileSync(new URL('../geo/places.geojson', import.meta.url), 'utf8')) as Places;
const placeAt = (id: string) =>
  points.features.find((point) => point.id === id)!.geometry.coordinates as [number, number];

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
});

for (const place of places) {
  test(`clicking ${place.name} opens its popup with the article's exact words`, async ({ page }) => {
    await marker(page, place.name).click();
    await mapReady(page);
    await expectOnePopup(page, place.name);
    for (const statement of place.dated) await expect(popup(page)).toContainText(statement.text);
    const quotes = popup(page).locator('blockquote');
    await expect(quotes).toHaveCount(place.excerpts.length);
    for (const [index, key] of place.excerpts.entries()) {
      await expect(quotes.nth(index).locator('p')).toHaveText(quoted(excerpts[key]));
      await expect(quotes.nth(index).locator('footer')).toHaveText(`— ${articleMeta.attribution}`);
    }
    expect(new URL(page.url()).hash).toBe(`#place=${place.id}`);
  });
}

test('clicking Karachi opens the steel-mills excerpt and highlights its passages in the article', async ({ page }) => {
  await marker(page, 'Karachi').click();
  await mapReady(page);
  const highlighted = currentPassages(page);
  await expect(highlighted).toHaveCount(2);
  await expect(highlighted.first()).toHaveText(excerpts.russianCrude);
  await expect(highlighted.nth(1)).toHaveText(excerpts.steelMills);
  await expect(highlighted.first()).toBeInViewport();
});

test('one popup at a time: opening Moscow closes Karachi', async ({ page }) => {
  await marker(page, 'Karachi').click();
  await mapReady(page);
  // Karachi's popup may cover the Moscow marker, as it would for a reader: use the keyboard.
  await marker(page, 'Moscow').focus();
  await page.keyboard.press('Enter');
  await mapReady(page);
  await expectOnePopup(page, 'Moscow');
  await expect(marker(page, 'Moscow')).toHaveAttribute('aria-expanded', 'true');
  await expect(marker(page, 'Karachi')).toHaveAttribute('aria-expanded', 'false');
});

test('the popup’s close button closes it and clears the URL', async ({ page }) => {
  await marker(page, 'Astana').click();
  await popup(page).getByRole('button', { name: 'Close popup' }).click();
  await expect(popup(page)).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('clicking a passage in the article flies to its place and opens its popup beside it', async ({ page }) => {
    const before = await page.locator('[data-map-ready]').getAttribute('data-camera');
    await passage(page, 'Pakistan Steel Mills').click();
    await mapReady(page);
    await expectOnePopup(page, 'Karachi');
    const after = await page.locator('[data-map-ready]').getAttribute('data-camera');
    expect(after).not.toBe(before);
    // Closer in, Karachi in the middle of the room the popup leaves on its right.
    expect(Number(after!.split(',')[2])).toBeGreaterThanOrEqual(PLACE_ZOOM);
    const map = (await page.locator('[data-map-ready]').boundingBox())!;
    const card = await detailsBox(page);
    const karachi = await pixelOf(page, placeAt('karachi'));
    expect(karachi.x).toBeGreaterThan(card.x + card.width);
    expect(Math.abs(karachi.y - (map.y + map.height / 2))).toBeLessThan(map.height / 4);
  });
});
