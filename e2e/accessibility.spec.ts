import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures.ts';
import { ui } from '../src/content/ui.ts';
import { disableWebGL, marker, storyStart } from './map-helpers.ts';

/** axe's serious and critical violations, each as "rule: what, at which elements". */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
}

test('the initial view has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a page with a popup open has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await marker(page, 'Karachi').click();
  await mapReady(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the initial view and a popup have no serious or critical violation, contrast included', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    expect(await seriousViolations(page)).toEqual([]);
    await marker(page, 'Karachi').click();
    await mapReady(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a segment’s card on a phone has no serious or critical accessibility violation', async ({ page }) => {
    await page.goto('./#segment=segment-6');
    await mapReady(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the story’s card and the locator on a phone have no serious or critical accessibility violation', async ({
    page,
  }) => {
    await page.goto('./');
    await mapReady(page);
    await storyStart(page).click();
    // The first chapter takes the map to Beijing, closer than the first view: the locator shows.
    await mapReady(page);
    await expect(page.getByRole('region', { name: ui.story.card })).toBeVisible();
    await expect(page.getByRole('button', { name: ui.navigation.locator })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('without WebGL, the route’s picture and the list have no serious or critical accessibility violation', async ({
  page,
}) => {
  await disableWebGL(page);
  await page.goto('./');
  await expect(page.getByRole('figure')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
