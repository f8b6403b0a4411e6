import type { Page } from '@playwright/test';
import { chapters } from '../src/content/chapters.ts';
import { places } from '../src/content/places.ts';
import { ui } from '../src/content/ui.ts';
import { expect, fontsSettled, mapReady, test } from './fixtures.ts';
import {
  detailsBox,
  detailsShown,
  key,
  marker,
  overlap,
  popup,
  storyProgress,
  storyStart,
  type Box,
} from './map-helpers.ts';

/** Every marked place's dot lies inside the map. */
async function expectEveryPlaceInView(page: Page, why: string) {
  await mapReady(page);
  await fontsSettled(page);
  const map = (await page.locator('[data-map-ready]').boundingBox())!;
  for (const place of places) {
    const dot = (await marker(page, place.name).locator('.dot').boundingBox())!;
    const inside =
      dot.x >= map.x &&
      dot.x + dot.width <= map.x + map.width &&
      dot.y >= map.y &&
      dot.y + dot.height <= map.y + map.height;
    expect(inside, `${why}: ${place.name} in view`).toBe(true);
  }
}

/**
 * The details (popup or card) lie whole inside the window, once the map has answered the new size: a
 * frame or two after the window's, the popup may still be the wider window's, or becoming the card.
 */
async function expectPopupOnScreen(page: Page, why: string) {
  const { width, height } = page.viewportSize()!;
  const outside = async () => {
    const box = await detailsBox(page);
    return [
      box.x < 0 && "popup's left",
      box.x + box.width > width && "popup's right",
      box.y < 0 && "popup's top",
      box.y + box.height > height && "popup's bottom",
    ].filter(Boolean);
  };
  await expect.poll(outside, { message: `${why}: the details on screen` }).toEqual([]);
}

const camera = async (page: Page) => {
  await mapReady(page);
  return (await page.locator('[data-map-ready]').getAttribute('data-camera'))!;
};

test('a window narrowed with Karachi open keeps Karachi in view beside its details, the first view where they lie beside it', async ({
  page,
}) => {
  await page.goto('./#place=karachi');
  await expectEveryPlaceInView(page, '1280 × 800');
  for (const size of [
    { width: 1000, height: 800 },
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(size);
    const why = `${size.width} × ${size.height}`;
    // A map as wide as 1280 × 800 leaves gives the popup its room beside the first view; a narrower one
    // shows the details as a card along its foot, Karachi framed above it.
    if (size.width === 1280) await expectEveryPlaceInView(page, why);
    await mapReady(page);
    await expect(popup(page)).toHaveCount(1);
    await expectPopupOnScreen(page, why);
    // The map answers the new size a frame or two after the window: polled.
    const karachiClear = async () => {
      const karachi = (await marker(page, 'Karachi').locator('.dot').boundingBox())!;
      const map = (await page.locator('[data-map-ready]').boundingBox())!;
      const inView = karachi.y >= map.y && karachi.y + karachi.height <= map.y + map.height;
      return inView && !overlap(karachi, await detailsBox(page));
    };
    await expect.poll(karachiClear, { message: `${why}: Karachi in view, clear of its details` }).toBe(true);
    // The key keeps off the controls, open or folded.
    const keyBox = (await key(page).boundingBox())!;
    for (const control of await page.locator('[data-map-control]:not(details)').all()) {
      const box = (await control.boundingBox()) as Box | null;
      if (box) expect(overlap(keyBox, box), `${why}: the key over ${await control.innerText()}`).toBe(false);
    }
  }
});

test('a turned tablet frames the first view for its new shape', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./');
  await expectEveryPlaceInView(page, '1024 × 768');
  await page.setViewportSize({ width: 768, height: 1024 });
  await expectEveryPlaceInView(page, '768 × 1024');
  await page.setViewportSize({ width: 1024, height: 768 });
  await expectEveryPlaceInView(page, '1024 × 768 again');
});

test('a map the reader moved keeps its view when the window changes size', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await page.getByRole('button', { name: ui.navigation.zoomIn }).click();
  const zoomed = await camera(page);
  await page.setViewportSize({ width: 1100, height: 800 });
  // The centre and the zoom stay as the reader left them (MapLibre keeps the centre on a resize).
  expect(await camera(page)).toBe(zoomed);
  // Reset view: the first view again, and a resize frames it once more.
  await page.getByRole('button', { name: ui.navigation.reset }).click();
  const reset = await camera(page);
  expect(reset).not.toBe(zoomed);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectEveryPlaceInView(page, 'after reset, 1280 × 800');
});

test('turning a phone keeps the story’s chapter', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await mapReady(page);
  await storyStart(page).click();
  const at = (index: number) => new RegExp(`^${ui.story.progress(index + 1, chapters.length)}( |$)`);
  await expect(storyProgress(page)).toHaveText(at(0));
  for (let i = 1; i <= 3; i++) await page.getByRole('button', { name: ui.story.next, exact: true }).click();
  await expect(storyProgress(page)).toHaveText(at(3));
  await mapReady(page);
  for (const size of [
    { width: 844, height: 390 },
    { width: 390, height: 844 },
    { width: 1024, height: 1366 },
  ]) {
    await page.setViewportSize(size);
    await mapReady(page);
    await expect(storyProgress(page), `${size.width} × ${size.height}`).toHaveText(at(3));
  }
});

test('a popup shrunk to a short window grows back when the window grows', async ({ page }) => {
  // Karachi lies low on the first view: at 1280 × 600 its popup shares the rows above the key.
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('./#place=karachi');
  await mapReady(page);
  const short = await detailsShown(page);
  expect(short.shown, 'at 1280 × 600 Karachi’s text scrolls in a shorter popup').toBeLessThan(short.whole - 40);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await mapReady(page);
  // Its whole text, or as much as its own cap (420 px, app.css) allows.
  await expect
    .poll(async () => (await detailsShown(page)).shown, { message: 'at 1280 × 1000 the popup at its full height' })
    .toBeGreaterThanOrEqual(Math.min(short.whole - 1, 419));
  await expectPopupOnScreen(page, '1280 × 1000');
});
