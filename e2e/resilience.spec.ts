import { articleMeta } from '../src/content/article.ts';
import { excerpts } from '../src/content/excerpts.ts';
import { quoted } from '../src/lib/ui/format.ts';
import { places } from '../src/content/places.ts';
import { ui } from '../src/content/ui.ts';
import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures.ts';
import {
  credits,
  currentPassages,
  disableWebGL,
  expectOnePopup,
  key as mapKey,
  marker,
  overlap,
  passage,
  type Box,
} from './map-helpers.ts';

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
        for (const key of place.excerpts) await expect(item).toContainText(quoted(excerpts[key]));
      }
      await expect(page.getByRole('heading', { name: articleMeta.heading })).toBeVisible();
      await expect(page.locator('canvas')).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
      // No key floating over the list: the picture's key sits in the page's flow, under it.
      await expect(mapKey(page)).toHaveCount(1);
      await expect(mapKey(page)).toHaveCSS('position', 'static');
    });

    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      test(`the reader sees the route as a still picture, beside the list, with nothing over either (${viewport.width}×${viewport.height})`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await page.goto('./');
        const picture = page.getByRole('figure', { name: /The corridor as drawn, Minsk to Karachi/ });
        await expect(picture).toBeVisible();
        // Every stretch of the main route, the planned ones dashed, as the map draws them.
        const segments = picture.locator('[data-segment]');
        await expect(segments).toHaveCount(8);
        for (const segment of await segments.all()) {
          const dashed = (await segment.getAttribute('stroke-dasharray')) !== '';
          expect(dashed).toBe((await segment.getAttribute('data-status')) === 'planned');
        }
        // The article's four places, each dot and name inside the picture, no two names on each other.
        const frame = (await picture.locator('svg').boundingBox())!;
        const boxes: Box[] = [];
        for (const place of places) {
          const point = picture.locator(`[data-place="${place.id}"]`);
          const box = (await point.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(frame.x);
          expect(box.y).toBeGreaterThanOrEqual(frame.y);
          expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
          expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
          await expect(point).toContainText(place.name);
          boxes.push(box);
        }
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
        // The credits sit under the list, not over it: scrolled to its end, the list's last item is clear.
        const list = page.getByRole('region', { name: ui.fallback.heading });
        await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
        const last = (await list.getByRole('listitem').last().boundingBox())!;
        const creditsBox = (await credits(page).boundingBox())!;
        expect(overlap(last, creditsBox)).toBe(false);
        expect(overlap(frame, creditsBox)).toBe(false);
      });
    }
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
