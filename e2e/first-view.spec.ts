import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import type { Corridor, Places } from '../geo/contract.ts';
import { FONT_FILES, pageText, writeSubsets } from '../src/build/fonts.ts';
import { articleMeta } from '../src/content/article.ts';
import { countries } from '../src/content/countries.ts';
import { places } from '../src/content/places.ts';
import { routes } from '../src/content/routes.ts';
import { ui } from '../src/content/ui.ts';
import { FIRST_VIEW_HOLD_LIMIT_MS } from '../src/lib/map/first-view.ts';
import { lineCrosses } from '../src/lib/map/placement.ts';
import { expect, fontsSettled, lettersWithoutOurFontAtReady, mapReady, noteFontsAtReady, test } from './fixtures.ts';
import {
  credits,
  drawnFrames,
  key as mapKey,
  marker,
  corridorOnPage,
  overlap,
  popup,
  panel,
  placedNames,
  shownBox,
  type Box,
  passage,
  pixelOf,
  projector,
  recordDrawnFrames,
  storyProgress,
  storyStart,
} from './map-helpers.ts';

/**
 * Every screen the map must open well on: phones upright and sideways (an older one too), tablets
 * both ways, laptops, a wide short window, large desktops, and a 320 px square embed. `key`: whether
 * the key starts open, where that is part of the design.
 */
const VIEWPORTS: Array<{ width: number; height: number; key?: boolean; embed?: boolean; countriesNamed?: boolean }> = [
  { width: 320, height: 320, embed: true },
  { width: 390, height: 844, key: false },
  { width: 568, height: 320 },
  // Phones held sideways, 600 px wide and more: the panel beside the map.
  { width: 640, height: 360, key: false },
  { width: 667, height: 375, key: false },
  { width: 844, height: 390, key: false },
  { width: 768, height: 1024 },
  { width: 820, height: 1180 },
  { width: 1024, height: 1366 },
  // Desktop windows where the open key would cover part of the corridor, too short or too narrow: it starts folded.
  { width: 1024, height: 768, key: false },
  { width: 1280, height: 430, key: false },
  { width: 1280, height: 800, key: true, countriesNamed: true },
  { width: 1440, height: 900, countriesNamed: true },
  { width: 1920, height: 600 },
  { width: 1920, height: 1080, countriesNamed: true },
  { width: 2560, height: 1440, countriesNamed: true },
];

/** The main route's vertices, Minsk to Karachi. */
const routeGeo = JSON.parse(readFileSync(new URL('../geo/corridor.geojson', import.meta.url), 'utf8')) as Corridor;
const route = routeGeo.features
  .filter((segment) => !segment.properties.alternative)
  .flatMap((segment) => segment.geometry.coordinates as Array<[number, number]>);

for (const { key, embed = false, countriesNamed = false, ...viewport } of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}${embed ? ', embedded' : ''}`, () => {
    test.use({ viewport });

    test('the first view holds the whole corridor and every marked place, clear of every control', async ({ page }) => {
      await page.goto(embed ? './?embed=1' : './');
      await mapReady(page);
      await fontsSettled(page);
      const map = (await page.locator('[data-map-ready]').boundingBox())!;
      if (key !== undefined) await expect(mapKey(page)).toHaveJSProperty('open', key);
      const controls: Array<{ name: string; box: Box }> = [];
      for (const control of await page.locator('[data-map-control]').all()) {
        const box = await control.boundingBox();
        if (box && box.width > 0 && box.height > 0)
          controls.push({ name: (await control.innerText()).split('\n')[0]!, box });
      }
      expect(controls.length).toBeGreaterThanOrEqual(2);
      const inside = (box: Box, what: string) => {
        expect(box.x, `${what}: inside the map, left`).toBeGreaterThanOrEqual(map.x);
        expect(box.x + box.width, `${what}: inside the map, right`).toBeLessThanOrEqual(map.x + map.width);
        expect(box.y, `${what}: inside the map, top`).toBeGreaterThanOrEqual(map.y);
        expect(box.y + box.height, `${what}: inside the map, bottom`).toBeLessThanOrEqual(map.y + map.height);
        for (const control of controls) expect(overlap(box, control.box), `${what} under ${control.name}`).toBe(false);
      };
      // Every marked place: its dot and its name.
      for (const place of places) {
        inside((await marker(page, place.name).locator('.dot').boundingBox())!, `${place.name}'s dot`);
        inside((await marker(page, place.name).locator('.name').boundingBox())!, `${place.name}'s name`);
      }
      // The whole main route, every vertex from Minsk to Karachi.
      const toPage = await projector(page);
      for (const at of route) {
        const { x, y } = toPage(at);
        inside({ x: x - 1, y: y - 1, width: 2, height: 2 }, `the route at ${at.join(',')}`);
      }
      // Every name over the map reads whole: inside it, clear of the controls, of each other and of
      // the corridor.
      const corridor = await corridorOnPage(page);
      // A place marker is its dot and its name; names and dots of different things never overlap.
      const boxes: Array<{ name: string; box: Box }> = [];
      const parts = async (label: Locator) =>
        (await label.evaluate((element) => element.classList.contains('place-marker')))
          ? [(await label.locator('.dot').boundingBox())!, (await label.locator('.name').boundingBox())!]
          : [await shownBox(label)];
      for (const label of await page.locator('.place-marker').or(placedNames(page)).all()) {
        const name = (await label.innerText()).replace(/\s+/g, ' ');
        for (const box of await parts(label)) {
          inside(box, name);
          for (const other of boxes) expect(overlap(box, other.box), `${name} clear of ${other.name}`).toBe(false);
        }
        for (const box of await parts(label)) boxes.push({ name, box });
      }
      for (const label of await placedNames(page).all()) {
        const box = await shownBox(label);
        expect(
          corridor.some((line) => lineCrosses(box, line)),
          `${await label.innerText()} clear of the corridor`,
        ).toBe(false);
      }
      // Where the map is large enough, every corridor country is named.
      if (countriesNamed) await expect(placedNames(page, 'country')).toHaveCount(countries.length);
      // The boundary disclaimer is a requirement of the map, not a wording: it stays in the credits.
      await expect(credits(page)).toContainText('Boundaries are de facto (Natural Earth) and imply no endorsement');
      await expect(credits(page)).toBeInViewport();
    });

    test('a place’s details fit the screen and leave the place in view beside them', async ({ page }) => {
      await page.goto('./#place=beijing');
      await mapReady(page);
      const box = (await popup(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const dot = (await marker(page, 'Beijing').locator('.dot').boundingBox())!;
      const map = (await page.locator('.map').boundingBox())!;
      expect(overlap(dot, box)).toBe(false);
      expect(dot.y).toBeGreaterThanOrEqual(map.y);
      expect(dot.y + dot.height).toBeLessThanOrEqual(map.y + map.height);
    });
  });
}

const placesGeo = JSON.parse(readFileSync(new URL('../geo/places.geojson', import.meta.url), 'utf8')) as Places;
const beijingAt = placesGeo.features.find((place) => place.id === 'beijing')!.geometry.coordinates as [number, number];

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the article is a sheet under the map that the reader can pull up and put back', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    const sheet = panel(page);
    const collapsed = (await sheet.boundingBox())!.height;
    expect(collapsed).toBeLessThan(844 / 2);
    await page.getByRole('button', { name: ui.sheet.readMore }).click();
    await expect(page.getByRole('button', { name: ui.sheet.showMap })).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(844 * 0.8);
    await page.getByRole('button', { name: ui.sheet.showMap }).click();
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBe(collapsed);
  });

  test('a name the map’s right edge would cut turns to the left of its dot, and back when the edge is away', async ({
    page,
  }) => {
    await page.goto('./');
    await mapReady(page);
    await fontsSettled(page);
    const beijing = marker(page, 'Beijing');
    const side = async () => {
      const dot = (await beijing.locator('.dot').boundingBox())!;
      const name = (await beijing.locator('.name').boundingBox())!;
      if (name.x + name.width <= dot.x) return 'left';
      return name.x >= dot.x + dot.width ? 'right' : 'over the dot';
    };
    /** The dot stays on the place whichever side its name is on. */
    const expectDotOnBeijing = async () => {
      const dot = (await beijing.locator('.dot').boundingBox())!;
      const { x, y } = await pixelOf(page, beijingAt);
      expect(Math.abs(dot.x + dot.width / 2 - x)).toBeLessThan(1.5);
      expect(Math.abs(dot.y + dot.height / 2 - y)).toBeLessThan(1.5);
    };
    expect(await side()).toBe('left');
    await expectDotOnBeijing();
    // The story's first chapter centres the map on Beijing: the name has room on the right again.
    await storyStart(page).click();
    await expect(storyProgress(page)).toBeVisible();
    await mapReady(page);
    expect(await side()).toBe('right');
    await expectDotOnBeijing();
  });

  test('after a passage takes the map to Beijing, the map stays where the reader drags it', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    // Keyboard, as a reader of the sheet would: the passage is a link under the map.
    await passage(page, 'Beijing').first().focus();
    await page.keyboard.press('Enter');
    await mapReady(page);
    const beijing = marker(page, 'Beijing');
    const centred = await pixelOf(page, beijingAt);
    // Dragged 150 px right (from the map's left, under the locator: the card covers its lower half on
    // a phone), Beijing's name no longer fits on the right and turns left of its dot; Beijing stays selected.
    const map = (await page.locator('[data-map-ready]').boundingBox())!;
    const from = { x: map.x + 40, y: map.y + 170 };
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName, [from.x, from.y])).toBe(
      'CANVAS',
    );
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(from.x + 15 * step, from.y);
    await page.mouse.up();
    await mapReady(page);
    await expect(page).toHaveURL(/#place=beijing$/);
    const dragged = await pixelOf(page, beijingAt);
    expect(dragged.x - centred.x).toBeGreaterThan(120);
    const dot = (await beijing.locator('.dot').boundingBox())!;
    const name = (await beijing.locator('.name').boundingBox())!;
    expect(name.x + name.width).toBeLessThanOrEqual(dot.x);
  });
});

test('the Latin fonts of the first view are preloaded, each fetched once and used', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await page.evaluate(() => document.fonts.ready);
  const preloaded = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(preloaded.map((href) => href.match(/noto-(sans|serif)-latin-\d+/)?.[0]).sort()).toEqual([
    'noto-sans-latin-400',
    'noto-sans-latin-600',
    'noto-sans-latin-700',
    'noto-serif-latin-400',
  ]);
  // One fetch each: a preload whose mode differs from the stylesheet's would be fetched a second time.
  const fetches = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  for (const href of preloaded)
    expect(
      fetches.filter((name) => name === href),
      href,
    ).toHaveLength(1);
  // And used: the faces the page's text needs are loaded, so no preload is wasted.
  const loaded = await page.evaluate(() =>
    [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => `${face.family.replace(/["']/g, '')} ${face.weight}`),
  );
  for (const face of ['Noto Sans 400', 'Noto Sans 600', 'Noto Sans 700', 'Noto Serif 400'])
    expect(loaded, face).toContain(face);
});

test('the names over the map are in their own fonts once the map is ready, every script of them', async ({ page }) => {
  await noteFontsAtReady(page);
  // The Arabic letters' file comes late, after the map is drawn: the map waits for it.
  await page.route('**/noto-sans-arabic-*.woff2', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await page.goto('./');
  await mapReady(page);
  const texts = await page
    .locator('.maplibregl-marker .native bdi')
    .evaluateAll((names) => names.map((name) => name.textContent!));
  // The faces as they were the moment the map said it was ready, not by the time the test looks.
  const uncovered = await lettersWithoutOurFontAtReady(page, texts.join(''));
  for (const item of [...places, ...countries]) for (const name of item.native) expect(texts).toContain(name.text);
  expect(uncovered).toEqual([]);
});

test('the fonts the page loads are those cut to its text, every script of them', async ({ page }) => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const folder = await writeSubsets(pageText(root), join(root, 'node_modules/.cache/corridor-fonts'));
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const subsets = new Map(
    FONT_FILES.map((file) => [sha(readFileSync(join(folder, file.split('/').pop()!))), file.split('/').pop()!]),
  );
  const loaded: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.woff2')) loaded.push(response.body().then(sha));
  });
  await page.goto('./');
  await mapReady(page);
  await fontsSettled(page);
  const files = (await Promise.all(loaded)).map((hash) => subsets.get(hash) ?? `not a subset: ${hash}`);
  // The Latin faces and every native script the first view names: Cyrillic, Arabic, Chinese.
  for (const script of ['latin-400', 'latin-600', 'latin-700', 'serif-latin', 'cyrillic-400', 'arabic', 'sc-'])
    expect(
      files.some((file) => file.includes(script)),
      script,
    ).toBe(true);
  expect(files.filter((file) => file.startsWith('not a subset'))).toEqual([]);
});

test.describe('the panel’s sections after the article', () => {
  /** The module that holds them, and its stylesheet: lower-sections-*.js and .css in the build. */
  const LOWER = /\/lower-sections-[\w-]+\.(js|css)$/;
  const requestsFor = (page: Page) => {
    const paths: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (LOWER.test(path)) paths.push(path);
    });
    return paths;
  };
  const headings = (page: Page) => panel(page).getByRole('heading', { level: 2 });

  test('come as the reader scrolls near them, not with the first view, and follow the article', async ({ page }) => {
    const requested = requestsFor(page);
    await page.goto('./');
    await mapReady(page);
    await expect(headings(page)).toHaveText([ui.facts.heading, articleMeta.heading]);
    expect(requested).toEqual([]);
    // The reader scrolls the panel down through the article, a wheel's turn at a time.
    const box = (await panel(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const ledger = panel(page).getByRole('region', { name: ui.ledger.heading });
    await expect(async () => {
      await page.mouse.wheel(0, 400);
      await expect(ledger).toBeAttached({ timeout: 250 });
    }).toPass({ timeout: 30_000 });
    await expect(headings(page)).toHaveText([
      ui.facts.heading,
      articleMeta.heading,
      ui.ledger.heading,
      ui.timeline.heading,
      ui.routes.heading,
      ui.sources.heading,
      ui.data.heading,
    ]);
    expect(requested.map((path) => path.split('.').pop()).sort()).toEqual(['css', 'js']);
  });

  test('come when the keyboard enters the panel, so that Tab goes from the article’s last link into them', async ({
    page,
  }) => {
    const requested = requestsFor(page);
    await page.goto('./');
    await mapReady(page);
    // A click in the panel is not enough: a pointer reaches them by scrolling.
    await panel(page).getByRole('button', { name: countries[0]!.name, exact: true }).click();
    await mapReady(page);
    expect(requested).toEqual([]);
    await page.goto('about:blank');
    await page.goto('./');
    await mapReady(page);
    await storyStart(page).focus();
    await page.keyboard.press('Tab');
    const ledger = panel(page).getByRole('region', { name: ui.ledger.heading });
    await expect(ledger).toBeAttached();
    await panel(page).getByRole('article').getByRole('link').last().focus();
    await page.keyboard.press('Tab');
    await expect(ledger.getByRole('link').first()).toBeFocused();
  });

  test('come at once when the page shows a date or a compared route, whose controls they hold', async ({ page }) => {
    await page.goto('./#t=2021-03');
    await mapReady(page);
    await expect(panel(page).getByRole('button', { name: ui.timeline.backToToday })).toBeVisible();
    await expect(panel(page).getByRole('slider', { name: ui.timeline.range })).not.toHaveAttribute(
      'aria-valuetext',
      ui.timeline.today,
    );
    await page.goto('about:blank');
    await page.goto('./#route=iran');
    await mapReady(page);
    await expect(
      panel(page).getByRole('button', { name: routes.find((route) => route.id === 'iran')!.name }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test.describe('when they fail to load', () => {
    // What the fault itself logs: the refused files, and the page's own line naming the module.
    test.use({ expectedProblems: /lower-sections|net::ERR_FAILED/ });

    test('they say so, and come when the reader tries again', async ({ page }) => {
      let refuse = true;
      await page.route(LOWER, (route) => (refuse ? route.abort() : route.continue()));
      await page.goto('./');
      await mapReady(page);
      await page.locator('[data-lower-sections="waiting"]').scrollIntoViewIfNeeded();
      const retry = panel(page).getByRole('button', { name: ui.lower.retry });
      await expect(panel(page).getByText(ui.lower.failed)).toBeVisible();
      // The article above is untouched.
      await expect(panel(page).getByRole('article')).toBeVisible();
      refuse = false;
      await retry.click();
      await expect(panel(page).getByRole('region', { name: ui.ledger.heading })).toBeAttached();
      await expect(retry).toHaveCount(0);
    });
  });
});

test.describe('the first view is drawn once, whole', () => {
  test.beforeEach(({ page }) => recordDrawnFrames(page));

  test('no frame shows part of it: every frame before ready draws as much as the last', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    const frames = await drawnFrames(page);
    expect(frames.length).toBeGreaterThan(0);
    // Drawn file by file, the first frames held the context countries alone, then more.
    const whole = frames.at(-1)!.draws;
    expect(frames.map((frame) => frame.draws)).toEqual(frames.map(() => whole));
  });

  test('a file slow to come holds the map back no longer than the limit, and the rest follows', async ({ page }) => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    await page.route('**/context-*.geojson', async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto('./');
    // The markers are made while the map waits, and wait with it, hidden: no dot over an empty sea.
    const karachi = page.locator('.place-marker', { hasText: 'Karachi' });
    await expect(karachi).toBeAttached();
    expect(await drawnFrames(page)).toEqual([]);
    await expect(karachi).toBeHidden();
    await expect.poll(async () => (await drawnFrames(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect(karachi).toBeVisible();
    const [first] = await drawnFrames(page);
    expect(first!.time).toBeGreaterThanOrEqual(FIRST_VIEW_HOLD_LIMIT_MS);
    await expect(page.locator('[data-map-ready="true"]')).toHaveCount(0);
    arrive();
    await mapReady(page);
    // The other countries came last: the frame that brought them drew more than the first.
    const frames = await drawnFrames(page);
    expect(frames.at(-1)!.draws).toBeGreaterThan(first!.draws);
  });
});
