import { expect, mapReady, test } from './fixtures.ts';

test('the initial view on a desktop looks as the baseline', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await expect(page).toHaveScreenshot('desktop-initial.png');
});
