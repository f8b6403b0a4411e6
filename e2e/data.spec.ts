import { readFile } from 'node:fs/promises';
import { dataFiles } from '../src/content/data.ts';
import { ui } from '../src/content/ui.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { panel, scrollToLowerSections } from './map-helpers.ts';

test('the panel links every file of the data package, each downloaded from the page’s own origin', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await scrollToLowerSections(page);
  const section = panel(page).getByRole('region', { name: ui.data.heading });
  await expect(section).toBeVisible();
  const origin = new URL(page.url()).origin;
  for (const file of dataFiles) {
    const link = section.getByRole('link', { name: file.name, exact: true });
    await expect(link).toHaveAttribute('download', '');
    const href = new URL((await link.getAttribute('href'))!, page.url());
    expect(href.origin).toBe(origin);
    const response = await page.request.get(href.href);
    expect(response.status(), file.name).toBe(200);
    const body = await response.text();
    if (file.name.endsWith('json')) expect(() => JSON.parse(body), file.name).not.toThrow();
    else expect(body.split('\r\n')[0], file.name).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
  }
  // A click saves the file, as the link says.
  await section.getByRole('link', { name: 'segments.csv', exact: true }).scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: 'segments.csv', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('segments.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain('segment-6,Naibabad / Mazar-i-Sharif,Kharlachi,');
  // The package names the licence the section links.
  const descriptor = await (await page.request.get(new URL('./data/datapackage.json', page.url()).href)).json();
  await expect(section.getByRole('link', { name: new RegExp(ui.data.licence) })).toHaveAttribute(
    'href',
    descriptor.licenses[0].path,
  );
});
