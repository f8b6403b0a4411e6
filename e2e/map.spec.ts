import { distinctColours, expect, mapReady, test } from './fixtures.ts';

test('the map renders from the embedded style without leaving its origin', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  await expect(canvas).toBeVisible();
  // Sea, land and borders at least: a blank or single-colour canvas means nothing was drawn.
  expect(await distinctColours(page, await canvas.screenshot())).toBeGreaterThan(3);
});
