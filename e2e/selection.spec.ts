import { countries } from '../src/content/countries.ts';
import { excerpts } from '../src/content/excerpts.ts';
import { ui } from '../src/content/ui.ts';
import { quoted } from '../src/lib/ui/format.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { clickMapAt, expectOnePopup, popup } from './map-helpers.ts';

test('clicking Kazakhstan shows its role, the corridor length inside it and the corridor sentence', async ({
  page,
}) => {
  await page.goto('./');
  await mapReady(page);
  await clickMapAt(page, [75, 47]); // the Kazakh steppe, away from the line and the markers
  await mapReady(page);
  await expectOnePopup(page, 'Kazakhstan');
  for (const statement of countries.find((country) => country.id === 'KAZ')!.role)
    await expect(popup(page)).toContainText(statement.text);
  // Most of it along a path no source names: approximate, to two figures.
  await expect(popup(page)).toContainText(`${ui.popup.corridorInside('Kazakhstan')} ≈ 1,500 km`);
  await expect(popup(page).locator('blockquote p')).toHaveText(quoted(excerpts.corridor));
  expect(new URL(page.url()).hash).toBe('#country=KAZ');
});

test('clicking Pakistan also quotes the flood condolences', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await clickMapAt(page, [64.5, 27.5]); // Balochistan
  await mapReady(page);
  await expectOnePopup(page, 'Pakistan');
  await expect(popup(page).locator('blockquote p')).toHaveText([quoted(excerpts.corridor), quoted(excerpts.floods)]);
});

test('clicking the planned Trans-Afghan stretch shows it as planned, sourced, with its length', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  // Halfway from Naibabad to Maidan Shahr on segment 6: clear of the Kharlachi crossing's mark, which a click
  // within a finger's reach of it opens instead.
  await clickMapAt(page, [67.945, 35.58]);
  await mapReady(page);
  await expectOnePopup(page, 'Naibabad / Mazar-i-Sharif → Kharlachi');
  await expect(popup(page)).toContainText(ui.status.planned);
  await expect(popup(page)).toContainText(ui.popup.sourced);
  await expect(popup(page)).toContainText(`${ui.popup.lengthAsDrawn} 437 km`);
  await expect(popup(page)).toContainText('signed in Islamabad on 18 July 2023');
  expect(new URL(page.url()).hash).toBe('#segment=segment-6');
});

test('an assumed stretch says it is an assumed route', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await clickMapAt(page, [50.15, 53.2]); // Samara, on segment 2
  await mapReady(page);
  await expectOnePopup(page, 'Moscow → Saryagash');
  await expect(popup(page)).toContainText(ui.status.operating);
  await expect(popup(page)).toContainText(ui.popup.assumedNote);
});

test('clicking the sea closes the popup', async ({ page }) => {
  await page.goto('./#place=beijing');
  await mapReady(page);
  await expectOnePopup(page, 'Beijing');
  await clickMapAt(page, [62, 20]); // the Arabian Sea
  await expect(popup(page)).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
});

test('a country is reachable from the figures by keyboard', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await page.getByRole('button', { name: 'Uzbekistan', exact: true }).focus();
  await page.keyboard.press('Enter');
  await mapReady(page);
  await expectOnePopup(page, 'Uzbekistan');
});
