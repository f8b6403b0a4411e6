import { articleMeta } from '../src/content/article.ts';
import { excerpts } from '../src/content/excerpts.ts';
import { places } from '../src/content/places.ts';
import { ui } from '../src/content/ui.ts';
import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures.ts';
import { currentPassages, disableWebGL, expectOnePopup, key as mapKey, marker, passage } from './map-helpers.ts';

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
      await expect(page.getByText(ui.map.noWebGL)).toBeVisible();
      for (const place of places) {
        // Each place a list item, headed by its name.
        const item = page
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { name: place.name, exact: true }) });
        await expect(item).toHaveCount(1);
        for (const key of place.excerpts) await expect(item).toContainText(`“${excerpts[key]}”`);
      }
      await expect(page.getByRole('heading', { name: articleMeta.headline })).toBeVisible();
      await expect(page.locator('canvas')).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
      // No key of a map that is not there, over the list.
      await expect(mapKey(page)).toHaveCount(0);
    });
  });
}

/** Each geo file the page loads, failing as a server or a hand edit can make it fail. */
const FAULTS = [
  { file: 'context', status: 503, body: 'unavailable' },
  { file: 'countries', status: 503, body: 'unavailable' },
  { file: 'corridor', status: 503, body: 'unavailable' },
  { file: 'places', status: 200, body: '{"type": "FeatureCollection", "features": [' },
  { file: 'labels', status: 404, body: 'not found' },
];

for (const { file, status, body } of FAULTS) {
  test.describe(`when ${file}.geojson fails to load (${status === 200 ? 'broken JSON' : `HTTP ${status}`})`, () => {
    // What the fault itself logs: the failed response, and the page's own line naming the file.
    test.use({
      expectedProblems: new RegExp(
        `${file}-[\\w-]+\\.geojson|status of ${status}|corridor map: Error: (geo/${file}\\.geojson|map source)`,
      ),
    });

    test('the reader is told in plain words, the article still works, and a reload recovers', async ({ page }) => {
      const pattern = `**/${file}-*.geojson`;
      await page.route(pattern, (route) => route.fulfill({ status, body, contentType: 'application/json' }));
      await page.goto('./');
      await expect(page.getByRole('alert')).toHaveText(ui.map.failed);
      await passage(page, 'Pakistan Steel Mills').click();
      await expect(currentPassages(page)).toHaveCount(2);

      // The file is back: a reload gives the whole map again, with nothing left of the fault.
      await page.unroute(pattern);
      await page.goto('./');
      await mapReady(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await marker(page, 'Karachi').click();
      await expectOnePopup(page, 'Karachi');
    });
  });
}
