import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures.ts';
import { expectOnePopup, marker, popup } from './map-helpers.ts';

const MARKUP = '<img src=x onerror=window.pwned=1>';

/** Values a link from anywhere may carry, raw and escaped. */
const HOSTILE_VALUES = [
  MARKUP,
  encodeURIComponent(MARKUP),
  '"><script>window.pwned=1</script>',
  'a'.repeat(100_000),
  'καράτσι',
  '北京',
  'karachi%00',
  '%00',
  '%E0%A4%A',
  '%',
  '%%41',
];

/** Nothing ran, nothing was injected, nothing opened, and the page still works. */
async function expectUnharmed(page: Page) {
  await mapReady(page);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  await expect(page.locator('img[src="x"], script:not([src]), script[src^="data:"]')).toHaveCount(0);
  await expect(popup(page)).toHaveCount(0);
  // The app writes the URL from its state: no selection, no hash.
  expect(new URL(page.url()).hash).toBe('');
}

test.describe('hostile links', () => {
  test.beforeEach(({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
  });

  test('hash values are ignored safely, on load and when the hash changes', async ({ page }) => {
    for (const value of HOSTILE_VALUES)
      for (const hash of [`#place=${value}`, `#country=${value}`, `#segment=${value}`, `#${value}`]) {
        await page.goto(`./${hash}`);
        await expectUnharmed(page);
      }
    // While the page is open: each change is read and refused in turn.
    for (const value of HOSTILE_VALUES) {
      await page.evaluate((hash) => (location.hash = hash), `#place=${value}`);
      await expectUnharmed(page);
    }
    await marker(page, 'Karachi').click();
    await expectOnePopup(page, 'Karachi');
  });

  test('query values are ignored safely', async ({ page }) => {
    // Each value loads the map afresh: ten full loads, more than the default timeout allows on two cores.
    test.slow();
    // A 100 000-character query never reaches the page: HTTP servers refuse a request line that long
    // (Node's limit is 16 KB), so the long value is tested in the hash only.
    for (const value of HOSTILE_VALUES.filter((value) => value.length < 1000)) {
      await page.goto(`./?embed=${value}&place=${value}&${value}=1#place=karachi`);
      await mapReady(page);
      expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
      await expectOnePopup(page, 'Karachi');
    }
  });
});

test.describe('hostile content', () => {
  const KARACHI_EXCERPT = 'Pakistan Steel Mills in Karachi';
  const KARACHI_FACT = 'idle since June 2015';
  const NODE = 'Termez';

  test('excerpts, facts and names from the data show as literal text', async ({ page }) => {
    // Markup planted in the content the app bundles (the article and its excerpts, the facts) and in
    // a geo file it loads: all of it must reach the reader as text.
    await page.route('**/assets/index-*.js', async (route) => {
      const body = await (await route.fetch()).text();
      expect(body).toContain(KARACHI_EXCERPT);
      expect(body).toContain(KARACHI_FACT);
      await route.fulfill({
        contentType: 'text/javascript',
        body: body
          .replaceAll(KARACHI_EXCERPT, `${MARKUP}${KARACHI_EXCERPT}`)
          .replaceAll(KARACHI_FACT, `<b onmouseover=window.pwned=2>${KARACHI_FACT}</b>`),
      });
    });
    await page.route('**/assets/places-*.geojson', async (route) => {
      const places = await (await route.fetch()).json();
      for (const place of places.features)
        if (place.properties.name === NODE) place.properties.name = `<script>window.pwned=3</script>${NODE}`;
      await route.fulfill({ json: places });
    });
    await page.goto('./#place=karachi');
    await mapReady(page);
    await expect(popup(page)).toContainText(`${MARKUP}${KARACHI_EXCERPT}`);
    await expect(popup(page)).toContainText(`<b onmouseover=window.pwned=2>${KARACHI_FACT}</b>`);
    await expect(page.locator('article')).toContainText(`${MARKUP}${KARACHI_EXCERPT}`);
    await page.goto('./#segment=segment-5');
    await mapReady(page);
    await expect(popup(page)).toContainText(`<script>window.pwned=3</script>${NODE}`);
    await page.locator('article').hover();
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    await expect(page.locator('img[src="x"], b[onmouseover], script:not([src])')).toHaveCount(0);
  });
});
