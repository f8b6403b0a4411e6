import { expect, mapReady, test } from './fixtures.ts';
import { currentPassages, expectOnePopup, marker } from './map-helpers.ts';

for (const [hash, heading] of [
  ['#place=moscow', 'Moscow'],
  ['#country=AFG', 'Afghanistan'],
  ['#segment=segment-alt', 'Naibabad / Mazar-i-Sharif → Peshawar'],
] as const) {
  test(`loading ${hash} opens that selection`, async ({ page }) => {
    await page.goto(`./${hash}`);
    await mapReady(page);
    await expectOnePopup(page, heading);
  });
}

test('a link to a place brings its passages in the article into view', async ({ page }) => {
  await page.goto('./#place=astana');
  await mapReady(page);
  const passages = currentPassages(page);
  await expect(passages).toHaveCount(2);
  await expect(passages.first()).toBeInViewport();
});

// Hostile and malformed links: injection.spec.ts.

test('changing the hash by hand changes the selection', async ({ page }) => {
  await page.goto('./#place=moscow');
  await mapReady(page);
  await page.evaluate(() => (location.hash = '#place=astana'));
  await mapReady(page);
  await expectOnePopup(page, 'Astana');
});

test('Back leaves the page instead of replaying selections', async ({ page, baseURL }) => {
  await page.goto('about:blank');
  await page.goto(baseURL!);
  await mapReady(page);
  await marker(page, 'Moscow').click();
  await marker(page, 'Karachi').click();
  expect(new URL(page.url()).hash).toBe('#place=karachi');
  await page.goBack();
  expect(page.url()).toBe('about:blank');
});
