import { places } from '../src/content/places.ts';
import { excerpts } from '../src/content/excerpts.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { disableWebGL } from './map-helpers.ts';

const withoutWebGL = {
  // The API is there but gives no context (blocklisted GPU, disabled hardware acceleration).
  'no WebGL context': disableWebGL,
  // The API itself is missing (an old or stripped-down browser).
  'no WebGL2 API': (page: Page) =>
    page.addInitScript(() => delete (globalThis as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext),
};

for (const [name, disable] of Object.entries(withoutWebGL)) {
  test.describe(`without WebGL: ${name}`, () => {
    test.beforeEach(({ page }) => disable(page));

    test('the page still shows the article, the places and their excerpts, and says why', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByText('The interactive map needs WebGL')).toBeVisible();
      for (const place of places) {
        const item = page.locator(`#fallback-${place.id}`);
        await expect(item.getByRole('heading')).toHaveText(place.name);
        for (const key of place.excerpts) await expect(item).toContainText(`“${excerpts[key]}”`);
      }
      await expect(page.getByRole('heading', { name: /Sharif and Putin meet in Beijing/ })).toBeVisible();
      await expect(page.locator('canvas')).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });
}

test.describe('when the corridor data fails to load', () => {
  test.use({
    expectedProblems:
      /corridor-[\w-]+\.geojson|status of 503|corridor map: Error: (geo\/corridor\.geojson|map source "corridor")/,
  });

  test('the reader is told in plain words and the article still works', async ({ page }) => {
    await page.route('**/corridor-*.geojson', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toHaveText(
      'The map could not be loaded. The article and its passages still work.',
    );
    await page.locator('article .passage', { hasText: 'Pakistan Steel Mills' }).click();
    await expect(page.locator('article .passage[aria-current="true"]')).toHaveCount(2);
  });
});
