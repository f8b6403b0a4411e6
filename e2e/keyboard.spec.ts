import { expect, mapReady, test } from './fixtures.ts';
import { expectOnePopup, marker, passage as passageOf, popup } from './map-helpers.ts';

test('a keyboard-only reader opens Karachi with Enter and Escape returns focus to its marker', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const karachi = marker(page, 'Karachi');
  // Tab through the page as a reader would, until the Karachi marker has focus.
  for (let presses = 0; presses < 40 && !(await karachi.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(karachi).toBeFocused();
  await page.keyboard.press('Enter');
  await mapReady(page);
  await expectOnePopup(page, 'Karachi');
  // Focus moves into the popup, to its close button.
  await expect(popup(page).getByRole('button', { name: 'Close popup' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popup(page)).toHaveCount(0);
  await expect(karachi).toBeFocused();
});

test('a passage opened by keyboard gives focus back to the passage on Escape', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const passage = passageOf(page, 'last year’s meeting in Astana');
  await passage.focus();
  await page.keyboard.press('Enter');
  await mapReady(page);
  await expectOnePopup(page, 'Astana');
  await page.keyboard.press('Escape');
  await expect(popup(page)).toHaveCount(0);
  await expect(passage).toBeFocused();
});
