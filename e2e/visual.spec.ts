import { countries } from '../src/content/countries.ts';
import { places } from '../src/content/places.ts';
import { ui } from '../src/content/ui.ts';
import { colour } from '../src/theme/tokens.ts';
import { expect, lettersWithoutOurFont, mapReady, test } from './fixtures.ts';
import { disableWebGL, marker, panel, passage, scrollToLowerSections, storyStart } from './map-helpers.ts';

/**
 * One named state a test: each reached by URL or by the reader's own action, then photographed
 * once the map reports `data-map-ready`. Baselines live in __screenshots__/visual.spec.ts/.
 */
const PHONE = { width: 390, height: 844 };

test('desktop-initial: the first view on a 1280×800 desktop', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await expect(page).toHaveScreenshot('desktop-initial.png');
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('phone-initial: the first view on a 390×844 phone', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    await expect(page).toHaveScreenshot('phone-initial.png');
  });

  test('phone-story: the story’s fourth chapter, the corridor, as a card over the map’s foot', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    await storyStart(page).click();
    const next = page.getByRole('button', { name: ui.story.next, exact: true });
    for (let chapter = 1; chapter < 4; chapter++) await next.click();
    await mapReady(page);
    await expect(page).toHaveScreenshot('phone-story.png');
  });

  test('phone-segment-card: the planned stretch framed above its details card', async ({ page }) => {
    await page.goto('./#segment=segment-6');
    await mapReady(page);
    await expect(page).toHaveScreenshot('phone-segment-card.png');
  });
});

// The dark theme, as a reader whose system asks for it sees it: the first view, a popup, a phone.
test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('dark-desktop-initial: the first view on a 1280×800 desktop, dark', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    await expect(page).toHaveScreenshot('dark-desktop-initial.png');
  });

  test('dark-popup-karachi: Karachi’s popup, dark', async ({ page }) => {
    await page.goto('./#place=karachi');
    await mapReady(page);
    await expect(page).toHaveScreenshot('dark-popup-karachi.png');
  });

  test('dark-phone-initial: the first view on a 390×844 phone, dark', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('./');
    await mapReady(page);
    await expect(page).toHaveScreenshot('dark-phone-initial.png');
  });
});

for (const viewport of [
  { width: 768, height: 1024 },
  { width: 1920, height: 1080 },
]) {
  test(`first-view-${viewport.width}: the first view on a ${viewport.width}×${viewport.height} screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await mapReady(page);
    await expect(page).toHaveScreenshot(`first-view-${viewport.width}.png`);
  });
}

for (const { id } of places) {
  test(`popup-${id}: the popup of ${id}`, async ({ page }) => {
    await page.goto(`./#place=${id}`);
    await mapReady(page);
    await expect(page).toHaveScreenshot(`popup-${id}.png`);
  });
}

test('ledger: the missing link’s reported figures, their bars, and our line’s length', async ({ page }) => {
  // Tall enough that the whole ledger shows in the panel, clear of the story bar over its top.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto('./');
  await mapReady(page);
  await scrollToLowerSections(page);
  const ledger = panel(page).getByRole('region', { name: ui.ledger.heading });
  await ledger.evaluate((section) => section.scrollIntoView({ block: 'center' }));
  await expect(ledger).toHaveScreenshot('ledger.png');
});

for (const [month, what] of [
  ['2021-03', 'the 2021 plan via Kabul and Torkham, no line to Kharlachi'],
  ['2025-09', 'the line to Kharlachi, the 2021 plan a ghost'],
] as const)
  test(`timeline-${month}: Afghanistan as the corridor stood in ${month}: ${what}`, async ({ page }) => {
    await page.goto(`./#country=AFG&t=${month}`);
    await mapReady(page);
    await expect(page).toHaveScreenshot(`timeline-${month}.png`);
  });

test('routes-iran: the route through Iran drawn beside the corridor, and in the key', async ({ page }) => {
  await page.goto('./#route=iran');
  await mapReady(page);
  await expect(page).toHaveScreenshot('routes-iran.png');
});

test('routes-all: the four routes compared, each named along its own line', async ({ page }) => {
  await page.goto('./#route=all');
  await mapReady(page);
  await expect(page).toHaveScreenshot('routes-all.png');
});

test('country-afghanistan: a corridor country selected', async ({ page }) => {
  await page.goto('./#country=AFG');
  await mapReady(page);
  await expect(page).toHaveScreenshot('country-afghanistan.png');
});

test('locator: the inset over a view zoomed in twice from the first', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const zoomIn = page.getByRole('button', { name: ui.navigation.zoomIn });
  await zoomIn.click();
  await zoomIn.click();
  await mapReady(page);
  await expect(page).toHaveScreenshot('locator.png');
});

test('segment-planned: the planned Trans-Afghan stretch selected', async ({ page }) => {
  await page.goto('./#segment=segment-6');
  await mapReady(page);
  await expect(page).toHaveScreenshot('segment-planned.png');
});

test('crossing-kharlachi: the planned crossing where the gauge changes, selected', async ({ page }) => {
  await page.goto('./#crossing=kharlachi');
  await mapReady(page);
  await expect(page).toHaveScreenshot('crossing-kharlachi.png');
});

test('article-highlighted: the article with Karachi’s passages highlighted', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await marker(page, 'Karachi').click();
  await mapReady(page);
  await expect(panel(page)).toHaveScreenshot('article-highlighted.png');
});

test('reduced-motion: a passage clicked under reduced motion cuts straight to its place', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await passage(page, 'invitation to visit Moscow').click();
  await mapReady(page);
  await expect(page).toHaveScreenshot('reduced-motion.png');
});

/**
 * Native names, one baseline per script, photographed where a reader sees them spelled out: the
 * popup's line of native names with their languages. Each must come out in the bundled font,
 * shaped (Arabic letters joined, right to left) and never as boxes.
 */
const nativeOf = (entries: Array<{ id: string; native: Array<{ text: string }> }>, id: string) =>
  entries.find((entry) => entry.id === id)!.native[0]!.text;
const SCRIPTS = [
  { name: 'native-cyrillic', hash: '#country=KAZ', text: nativeOf(countries, 'KAZ') },
  { name: 'native-latin-uzbek', hash: '#country=UZB', text: nativeOf(countries, 'UZB') },
  { name: 'native-arabic-pashto-dari', hash: '#country=AFG', text: nativeOf(countries, 'AFG') },
  { name: 'native-arabic-urdu', hash: '#place=karachi', text: nativeOf(places, 'karachi') },
  { name: 'native-han', hash: '#place=beijing', text: nativeOf(places, 'beijing') },
];
for (const script of SCRIPTS) {
  test(`${script.name}: ${script.text} in the popup`, async ({ page }) => {
    await page.goto(`./${script.hash}`);
    await mapReady(page);
    const names = page.locator('.corridor-popup .native');
    await expect(names).toContainText(script.text);
    // Drawn in a bundled face: one of the page's own font files covers every letter and has loaded.
    const uncovered = await lettersWithoutOurFont(page, script.text);
    expect(uncovered).toEqual([]);
    await expect(names).toHaveScreenshot(`${script.name}.png`);
  });
}

test.describe('without WebGL', () => {
  test.beforeEach(({ page }) => disableWebGL(page));

  test('no-webgl: the route as a still picture, its key, and the places as a list', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByText(ui.map.noWebGL)).toBeVisible();
    await expect(page.locator('.route-picture [data-segment]')).not.toHaveCount(0);
    await expect(page).toHaveScreenshot('no-webgl.png');
  });
});

test.describe('the tolerance catches what a maintainer must see', () => {
  test('a place marker moved by 3 px fails the desktop-initial baseline', async ({ page }) => {
    await page.goto('./');
    await mapReady(page);
    // Through the CSSOM: the page's Content Security Policy refuses an injected <style>, rightly.
    await page.evaluate(() => {
      for (const dot of document.querySelectorAll<HTMLElement>('.place-marker .dot')) dot.style.translate = '3px 0';
    });
    await expect(page).not.toHaveScreenshot('desktop-initial.png');
  });

  test('a one-colour change to the corridor fails the desktop-initial baseline', async ({ page }) => {
    // Serve the app's own bundle with the corridor's colour swapped, as an edit to the theme's tokens would.
    // The complementary colour: whatever the corridor's colour is, this one is far from it.
    const changed = `#${(0xffffff ^ parseInt(colour.corridor.slice(1), 16)).toString(16).padStart(6, '0')}`;
    await page.route('**/assets/index-*.js', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replaceAll(colour.corridor, changed);
      expect(body).toContain(changed);
      await route.fulfill({ response, body });
    });
    await page.goto('./');
    await mapReady(page);
    await expect(page).not.toHaveScreenshot('desktop-initial.png');
  });
});
