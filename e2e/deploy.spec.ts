import { countries } from '../src/content/countries.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { allNames, expectOnePopup, marker } from './map-helpers.ts';
import { SUB_PATH, subPathUrl } from './playwright.config.ts';

// The same build, served under /maps/corridor/ by a second preview server (playwright.config.ts).
test.use({ baseURL: subPathUrl });

test('the build works from a sub-path: every file is found under it, and links keep to it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('./#place=karachi');
  await mapReady(page);
  await expectOnePopup(page, 'Karachi');
  await expect(allNames(page, 'country')).toHaveCount(countries.length);
  await page.keyboard.press('Escape');
  await marker(page, 'Moscow').click();
  await expectOnePopup(page, 'Moscow');
  expect(new URL(page.url()).pathname).toBe(SUB_PATH);
  // The page, its scripts, styles, fonts, worker and every geo file: all under the sub-path.
  expect(requested.length).toBeGreaterThan(10);
  expect(requested.filter((path) => !path.startsWith(SUB_PATH))).toEqual([]);
  for (const kind of ['.js', '.css', '.woff2', 'context-', 'countries-', 'corridor-', 'places-', 'labels-'])
    expect(
      requested.some((path) => path.includes(kind)),
      kind,
    ).toBe(true);
});
