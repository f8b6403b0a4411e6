import type { FrameLocator, Page } from '@playwright/test';
import { chapters } from '../src/content/chapters.ts';
import { title } from '../src/content/page.ts';
import { places } from '../src/content/places.ts';
import { routes } from '../src/content/routes.ts';
import { ui } from '../src/content/ui.ts';
import { countries } from '../src/content/countries.ts';
import { CORRIDOR_COUNTRIES } from '../geo/contract.ts';
import { expect, fontsSettled, test } from './fixtures.ts';
import {
  chapterSection,
  credits,
  key,
  marker,
  overlap,
  panel,
  storyProgress,
  storyStart,
  wheelToReadingLine,
} from './map-helpers.ts';

/** A newsroom's article page holding the map in an iframe of the given size, as the README's snippet does. */
async function hostPage(page: Page, width: number, height: number, src = './?embed=1'): Promise<FrameLocator> {
  await page.route('**/host-article.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Host article</title>
        <body style="margin:0"><p>Text of the host's article.</p>
        <iframe src="${src}" width="${width}" height="${height}" style="border:0"
          title="Map: ${title}" loading="lazy"></iframe>
        <p>More of the host's article.</p></body></html>`,
    }),
  );
  await page.goto('./host-article.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-map-ready="true"]')).toBeVisible();
  await fontsSettled(frame);
  return frame;
}

/** Everything of the embed inside the iframe's own box: nothing cut off or hidden under another part. */
async function expectInsideFrame(frame: FrameLocator) {
  const overflow = await frame.locator('body').evaluate(() => ({
    x: document.documentElement.scrollWidth - innerWidth,
    y: document.documentElement.scrollHeight - innerHeight,
  }));
  expect(overflow).toEqual({ x: 0, y: 0 });
}

/** Every marked place, dot and name, inside the map and above the attribution; clear of the key, where given. */
async function expectPlacesOnMap(
  frame: FrameLocator,
  keyBox?: { x: number; y: number; width: number; height: number },
) {
  const map = (await frame.locator('.maplibregl-map').boundingBox())!;
  const attributionTop = (await credits(frame).boundingBox())!.y;
  for (const name of places.map((place) => place.name)) {
    const box = (await marker(frame, name).boundingBox())!;
    expect(box.x, name).toBeGreaterThanOrEqual(map.x);
    expect(box.x + box.width, name).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y, name).toBeGreaterThanOrEqual(map.y);
    expect(box.y + box.height, `${name} above the attribution`).toBeLessThanOrEqual(attributionTop);
    if (keyBox) expect(overlap(box, keyBox), `${name} clear of the key`).toBe(false);
  }
}

// The README's snippet is 480 px tall; a newsroom's column may be anything up to 700 px wide before the
// page lays out as on a desktop. A wide, short frame is where the map's zoom limit used to push Karachi
// under the attribution: the sheet under the map now gives way, and at 600 px wide and more, under
// 440 px tall, the panel goes beside the map (the phone breakpoint, src/theme/tokens.ts).
for (const [width, height] of [
  [320, 480],
  [480, 480],
  [640, 480],
  [700, 480],
  [700, 400],
  [667, 375],
  [640, 360],
] as const) {
  test(`at ${width} × ${height} px every place, dot and name, is on the map, above the attribution, clear of the key`, async ({
    page,
  }) => {
    const frame = await hostPage(page, width, height);
    await expectPlacesOnMap(frame, (await key(frame).boundingBox())!);
    // The story's controls stay in view, in the sheet under the map or the panel beside it.
    await expect(storyStart(frame)).toBeInViewport({ ratio: 1 });
  });
}

test('at 320 × 320 px: the map, its places, the story and the attribution, without the page’s chrome', async ({
  page,
}) => {
  const frame = await hostPage(page, 320, 320);
  await expectInsideFrame(frame);
  await expect(frame.locator('.maplibregl-canvas')).toBeVisible();
  const mapBox = (await frame.locator('.maplibregl-map').boundingBox())!;
  expect(mapBox.height).toBeGreaterThanOrEqual(150);
  // The first view holds every marked place, none under the attribution or the link.
  const attributionTop = (await credits(frame).boundingBox())!.y;
  for (const name of places.map((place) => place.name)) {
    const dot = marker(frame, name).locator('.dot');
    await expect(dot).toBeInViewport({ ratio: 1 });
    const box = (await dot.boundingBox())!;
    expect(box.y + box.height, `${name} above the attribution`).toBeLessThanOrEqual(attributionTop);
  }
  await expect(credits(frame)).toBeVisible();
  await expect(credits(frame)).toBeInViewport({ ratio: 1 });
  await expect(storyStart(frame)).toBeVisible();
  // No chrome: no page title, no export or print controls; the key is folded away.
  await expect(panel(frame).getByText(title)).toHaveCount(0);
  await expect(frame.getByRole('button', { name: ui.export.download })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: ui.export.print })).toHaveCount(0);
  await expect(key(frame)).not.toHaveAttribute('open');
  // Instead, a way out to the full map, which opens beside the host's article.
  const link = frame.getByRole('link', { name: ui.embed.fullMap });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', /\/$/);
  // Printing the frame prints the figure, drawn then, though the embed has no Print button.
  await frame.locator('body').evaluate(() => dispatchEvent(new Event('beforeprint')));
  const printed = await frame.locator('.print-figure canvas').evaluate((canvas: HTMLCanvasElement) => canvas.width);
  expect(printed).toBe(Math.round(mapBox.width));
});

test('the full-map link carries the selection made in the embed', async ({ page, context }) => {
  const frame = await hostPage(page, 480, 400);
  await marker(frame, 'Karachi').click();
  await expect(frame.locator('[data-selection-details]')).toHaveCount(1);
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    frame.getByRole('link', { name: ui.embed.fullMap }).click(),
  ]);
  await opened.waitForLoadState();
  const url = new URL(opened.url());
  expect(url.search).toBe('');
  expect(url.hash).toBe('#place=karachi');
  await expect(opened.getByRole('button', { name: ui.export.download })).toBeVisible();
  await opened.close();
});

test('an embed opened on a date and a compared route shows both, and its full-map link carries them', async ({
  page,
  context,
}) => {
  const frame = await hostPage(page, 480, 480, './?embed=1#country=PAK&t=2021-03&route=iran');
  // The folded key says the date the map shows; the route's row is pressed in the table.
  await expect(key(frame).locator('summary')).toContainText(ui.timeline.asOf('March 2021'));
  await expect(
    panel(frame).getByRole('button', { name: routes.find((route) => route.id === 'iran')!.name }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expectInsideFrame(frame);
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    frame.getByRole('link', { name: ui.embed.fullMap }).click(),
  ]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).hash).toBe('#country=PAK&t=2021-03&route=iran');
  await expect(opened.locator('[data-map-ready="true"]')).toBeVisible();
  await expect(key(opened).locator('summary')).toContainText(ui.timeline.asOf('March 2021'));
  await opened.close();
});

test('story scrolling works inside the iframe: the panel, not the window, moves the map', async ({ page }) => {
  const frame = await hostPage(page, 320, 320);
  await storyStart(frame).click();
  const progress = storyProgress(frame);
  await expect(progress).toContainText(ui.story.progress(1, chapters.length));
  const camera = frame.locator('[data-map-ready]');
  await expect(camera).toHaveAttribute('data-map-ready', 'true');
  const before = await camera.getAttribute('data-camera');

  // Scroll the panel inside the iframe with the wheel, as a reader would, until the second chapter
  // reaches the reading line.
  const second = chapterSection(frame, chapters[1]!.id);
  await wheelToReadingLine(page, panel(frame).locator('.body'), second, 10, () =>
    expect(progress).toContainText(ui.story.progress(2, chapters.length), { timeout: 2000 }),
  );
  // The host page did not scroll; the map moved to the chapter.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(camera).toHaveAttribute('data-map-ready', 'true');
  await expect(camera).not.toHaveAttribute('data-camera', before!);
});

test('without the flag, or with any other value, the page keeps its chrome', async ({ page }) => {
  for (const query of ['', '?embed=0', '?embed=yes']) {
    await page.goto(`./${query}`);
    await expect(page.getByRole('button', { name: ui.export.download })).toBeVisible();
    await expect(page.getByRole('link', { name: ui.embed.fullMap })).toHaveCount(0);
  }
});

test('a 320 px embed has no room for the locator: zoomed in, the map stays clear of it', async ({ page }) => {
  const frame = await hostPage(page, 320, 320);
  await frame.getByRole('button', { name: ui.navigation.zoomIn }).click();
  await frame.getByRole('button', { name: ui.navigation.zoomIn }).click();
  await expect(frame.locator('[data-map-ready="true"]')).toBeVisible();
  await expect(frame.getByRole('button', { name: ui.navigation.zoomOut })).toBeVisible();
  await expect(frame.getByRole('button', { name: ui.navigation.locator })).toHaveCount(0);
  // A frame whose map is 360 px each way or more has: the same zoom shows it.
  const wider = await hostPage(page, 480, 720);
  await wider.getByRole('button', { name: ui.navigation.zoomIn }).click();
  await wider.getByRole('button', { name: ui.navigation.zoomIn }).click();
  await expect(wider.getByRole('button', { name: ui.navigation.locator })).toBeVisible();
});

test('the full-map link’s address follows the selection, so a middle click or “Copy link” carries it', async ({
  page,
}) => {
  const frame = await hostPage(page, 700, 480, './?embed=1&panel=strip');
  const link = frame.getByRole('link', { name: ui.embed.fullMap });
  await expect(link).toHaveAttribute('href', /\/$/);
  await marker(frame, 'Karachi').click();
  await expect(link).toHaveAttribute('href', /\/#place=karachi$/);
  await frame.locator('[data-map-ready="true"]').waitFor();
  await frame.locator('body').press('Escape');
  await expect(link).toHaveAttribute('href', /\/$/);
});

// A host page that carries the article wants the map, not the article again: the map alone, or the
// map over one strip of its figures, takes the whole frame's width and all but the strip of its height.
for (const [width, height] of [
  [320, 320],
  [700, 480],
  [1000, 560],
] as const) {
  test(`at ${width} × ${height} px the map alone, and the map over its figures strip, fill the frame`, async ({
    page,
  }) => {
    for (const variant of ['0', 'strip']) {
      const frame = await hostPage(page, width, height, `./?embed=1&panel=${variant}`);
      await expectInsideFrame(frame);
      await expect(panel(frame)).toHaveCount(0);
      await expect(storyStart(frame)).toHaveCount(0);
      const strip = frame.getByRole('complementary', { name: ui.embed.strip });
      const map = (await frame.locator('.maplibregl-map').boundingBox())!;
      expect(map.width, variant).toBe(width);
      if (variant === '0') {
        await expect(strip).toHaveCount(0);
        expect(map.height).toBe(height);
      } else {
        // The strip: the corridor's length and its six countries in order, under the map, in two lines at most.
        await expect(strip).toContainText(ui.facts.total);
        await expect(strip).toContainText(
          CORRIDOR_COUNTRIES.map((id) => countries.find((country) => country.id === id)!.name).join(' → '),
        );
        const box = (await strip.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
        expect(map.height + box.height).toBeCloseTo(height, 0);
        expect(box.height, 'the strip’s height').toBeLessThanOrEqual(64);
      }
      // Every place, dot and name, on the map, above the attribution, and the way out to the full map.
      await expectPlacesOnMap(frame);
      await expect(frame.getByRole('link', { name: ui.embed.fullMap })).toBeVisible();
    }
  });
}
