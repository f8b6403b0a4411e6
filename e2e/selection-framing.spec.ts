import { countries } from '../src/content/countries.ts';
import { crossings } from '../src/content/crossings.ts';
import { places } from '../src/content/places.ts';
import { segments } from '../src/content/segments.ts';
import { ui } from '../src/content/ui.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { detailsBox, detailsShown, marker, overlap, popup, projectedBox } from './map-helpers.ts';

const SELECTIONS = [
  ...places.map((place) => ({ kind: 'place', id: place.id })),
  ...countries.map((country) => ({ kind: 'country', id: country.id })),
  ...segments.map((segment) => ({ kind: 'segment', id: segment.id })),
  ...crossings.map((crossing) => ({ kind: 'crossing', id: crossing.id })),
];

// Wide maps show a popup beside the selection; a phone's and a portrait tablet's, a card along the foot.
for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
]) {
  test(`at ${viewport.width}×${viewport.height} the details never cover what they describe, nor the controls`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    for (const { kind, id } of SELECTIONS) {
      await page.goto(`./#${kind}=${id}`);
      await mapReady(page);
      await expect(popup(page)).toHaveCount(1);
      const map = (await page.locator('[data-map-ready]').boundingBox())!;
      const box = await detailsBox(page);
      const subject = await projectedBox(page, kind, id);
      const what = `${kind} ${id}`;
      expect(overlap(box, subject), `${what}: the popup covers it`).toBe(false);
      // The subject is on the map, and the popup too, clear of every control.
      expect(subject.x, `${what} in view`).toBeGreaterThanOrEqual(map.x);
      expect(subject.x + subject.width, `${what} in view`).toBeLessThanOrEqual(map.x + map.width);
      expect(subject.y, `${what} in view`).toBeGreaterThanOrEqual(map.y);
      expect(subject.y + subject.height, `${what} in view`).toBeLessThanOrEqual(map.y + map.height);
      // A popup beside the selection has the map's height to open in: it shows its whole text, or a
      // dozen lines of it (320 px; its own cap is 420 px, app.css), never only its title.
      if (viewport.width >= 1280) {
        const { shown, whole } = await detailsShown(page);
        expect(shown, `${what}: the popup shows ${shown} px of its ${whole} px of text`).toBeGreaterThanOrEqual(
          Math.min(whole - 1, 320),
        );
      }
      for (const control of await page.locator('[data-map-control]:not([data-selection-details])').all()) {
        const c = await control.boundingBox();
        if (c)
          expect(overlap(box, c), `${what}: the popup over ${(await control.innerText()).split('\n')[0]}`).toBe(false);
      }
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the details open as a card along the map’s foot, closed by its button or Escape', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    await marker(page, 'Karachi').click();
    const card = popup(page);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('Karachi');
    // A card of the page, not MapLibre's popup on its point; its close button takes the focus.
    await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
    await expect(card.getByRole('button', { name: ui.popup.close })).toBeFocused();
    const map = (await page.locator('[data-map-ready]').boundingBox())!;
    const box = await detailsBox(page);
    expect(box.y).toBeGreaterThanOrEqual(map.y + map.height / 2 - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    // Karachi itself is framed above it, once the camera has moved (every selection is checked so above).
    await mapReady(page);
    const dot = (await marker(page, 'Karachi').locator('.dot').boundingBox())!;
    expect(overlap(dot, box)).toBe(false);
    // Closed by its button or by Escape: the selection goes with it.
    await card.getByRole('button', { name: ui.popup.close }).click();
    await expect(popup(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
    await page.goto('./#country=PAK');
    await mapReady(page);
    await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText('Pakistan');
    await page.keyboard.press('Escape');
    await expect(popup(page)).toHaveCount(0);
  });

  test('folded to its title, the card gives back the markers it lay over, and a new selection unfolds it', async ({
    page,
  }) => {
    await page.goto('./#place=moscow');
    await mapReady(page);
    const card = popup(page);
    const fold = card.getByRole('button', { name: ui.popup.fold });
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    const dated = card.getByText(places.find((place) => place.id === 'moscow')!.dated[0]!.text);
    await expect(dated).toBeVisible();
    const open = await detailsBox(page);
    const dots = async () =>
      Promise.all(
        places.map(async (place) => ({
          name: place.name,
          dot: (await marker(page, place.name).locator('.dot').boundingBox())!,
        })),
      );
    // Moscow framed above the card, the places to its south and east lie under it.
    const under = (await dots()).filter(({ dot }) => overlap(dot, open));
    expect(under.length).toBeGreaterThan(0);

    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('Moscow');
    await expect(dated).toBeHidden();
    // One line at the map's foot, where the open card's foot was.
    const folded = await detailsBox(page);
    expect(folded.height).toBeLessThan(60);
    expect(Math.abs(folded.y + folded.height - (open.y + open.height))).toBeLessThan(1);
    // Every place it lay over that is above that line can be pressed again: nothing lies over its dot.
    const freed = under.filter(({ dot }) => dot.y + dot.height <= folded.y);
    expect(freed.length).toBeGreaterThan(0);
    for (const { name, dot } of freed) {
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.place-marker')?.textContent ?? '',
        [dot.x + dot.width / 2, dot.y + dot.height / 2],
      );
      expect(hit, `${name}'s dot, with the card folded`).toContain(name);
    }

    // Unfolded by its button; and a place it lay over, pressed, opens its own details unfolded.
    await fold.click();
    await expect(dated).toBeVisible();
    await fold.click();
    await marker(page, freed[0]!.name).click();
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(freed[0]!.name);
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
  });
});
