import type { Page } from '@playwright/test';
import { MAP_EXTENT } from '../geo/contract.ts';
import { chapters } from '../src/content/chapters.ts';
import { ui } from '../src/content/ui.ts';
import { expect, mapReady, test } from './fixtures.ts';
import {
  chapterSection,
  marker,
  panel,
  passage,
  popup,
  projectedBox,
  projector,
  storyProgress as progress,
  storyStart,
  wheelToReadingLine,
} from './map-helpers.ts';

/** The article panel's scrolling body: what the story observes. */
const panelBody = (page: Page) => panel(page).locator('.body');
const hash = (page: Page) => new URL(page.url()).hash;
/** Where the story bar says the reader is: "Chapter n of m", then the chapter's title. */
const at = (index: number) => `${ui.story.progress(index + 1, chapters.length)} ${chapters[index]!.title}`;
/** The index of a chapter by what it shows, so the tests follow the content's order. */
const chapterShowing = (kind: string, id: string) =>
  chapters.findIndex(
    (chapter) => chapter.shows !== 'corridor' && chapter.shows.kind === kind && chapter.shows.id === id,
  );
/** The URL's hash while a chapter is read: what it shows (none for the whole corridor), and its date if it has one. */
const hashOf = (index: number) => {
  const { shows, at } = chapters[index]!;
  const parts = [...(shows === 'corridor' ? [] : [`${shows.kind}=${shows.id}`]), ...(at ? [`t=${at}`] : [])];
  return parts.length ? `#${parts.join('&')}` : '';
};
const corridorChapter = chapters.findIndex((chapter) => chapter.shows === 'corridor');
const karachi = chapterShowing('place', 'karachi');
const moscow = chapterShowing('place', 'moscow');

/** Scrolls the panel with the mouse wheel until a chapter's top sits a little above the reading line. */
async function scrollToChapter(page: Page, index: number): Promise<void> {
  const section = chapterSection(page, chapters[index]!.id);
  await wheelToReadingLine(page, panelBody(page), section, 20, () =>
    expect(section).toHaveClass(/current/, { timeout: 2000 }),
  );
}

/**
 * Opens the page and starts the story; returns the camera of the first view, the whole corridor. A
 * phone's story is stepped in a card, not scrolled: there the hint never shows.
 */
async function enterStory(page: Page, phone = false): Promise<string> {
  await page.goto('./');
  await mapReady(page);
  // What scrolling does is said only once it does it.
  await expect(page.getByText(ui.story.hint)).toHaveCount(0);
  const overview = (await page.locator('[data-map-ready]').getAttribute('data-camera'))!;
  await storyStart(page).click();
  await expect(progress(page)).toHaveText(at(0));
  await expect(page.getByText(ui.story.hint)).toHaveCount(phone ? 0 : 1);
  await mapReady(page);
  return overview;
}

test('scrolling the article moves the map from chapter to chapter, with no popup in the way', async ({ page }) => {
  const overview = await enterStory(page);
  expect(hash(page)).toBe(hashOf(0));
  await expect(marker(page, 'Beijing')).toHaveAttribute('aria-expanded', 'true');

  await scrollToChapter(page, 1);
  await expect(progress(page)).toHaveText(at(1));
  await expect.poll(() => hash(page)).toBe(hashOf(1));

  await scrollToChapter(page, karachi);
  await expect(progress(page)).toHaveText(at(karachi));
  await expect.poll(() => hash(page)).toBe('#place=karachi');
  await mapReady(page);
  const camera = (await page.locator('[data-map-ready]').getAttribute('data-camera'))!.split(',').map(Number);
  expect(camera[0]).toBeCloseTo(67.0, 0); // over Karachi
  expect(camera[1]).toBeCloseTo(24.9, 0);
  await expect(marker(page, 'Karachi')).toHaveAttribute('aria-expanded', 'true');
  await expect(popup(page)).toHaveCount(0);

  // The corridor chapter shows the whole corridor, as it stood on its date, and selects nothing.
  await scrollToChapter(page, corridorChapter);
  await expect.poll(() => hash(page)).toBe(hashOf(corridorChapter));
  await mapReady(page);
  await expect(page.locator('[data-map-ready]')).toHaveAttribute('data-camera', overview);
});

test('chapters are reachable by keyboard: next, previous and the list of chapters', async ({ page }) => {
  await enterStory(page);
  const next = page.getByRole('button', { name: ui.story.next });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveText(at(1));
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveText(at(2));
  await expect(next).toBeFocused();
  await expect(chapterSection(page, chapters[2]!.id)).toHaveClass(/current/);
  await expect(chapterSection(page, chapters[2]!.id)).toBeInViewport();

  await page.getByRole('button', { name: ui.story.previous }).press('Enter');
  await expect(progress(page)).toHaveText(at(1));

  // The list of chapters, down to the last: there, Next is done.
  const last = chapters.length - 1;
  await page.getByText(ui.story.chapters, { exact: true }).press('Enter');
  await page.getByRole('button', { name: chapters[last - 1]!.title }).press('Enter');
  await expect(progress(page)).toHaveText(at(last - 1));
  await expect(next).toBeEnabled();
  await next.press('Enter');
  await expect(progress(page)).toHaveText(at(last));
  await expect(next).toBeDisabled();

  await page.getByText(ui.story.chapters, { exact: true }).press('Enter');
  await page.getByRole('button', { name: chapters[moscow]!.title }).press('Enter');
  await expect(progress(page)).toHaveText(at(moscow));
  await expect.poll(() => hash(page)).toBe('#place=moscow');
});

test('the reader leaves the story to explore and re-enters where they left it', async ({ page }) => {
  await enterStory(page);
  await scrollToChapter(page, karachi);
  await page.getByRole('button', { name: ui.story.leave }).click();
  const resume = page.getByRole('button', { name: ui.story.resume(karachi + 1, chapters.length) });
  await expect(resume).toBeVisible();
  await expect(page.getByText(ui.story.hint)).toHaveCount(0);

  // Out of the story, scrolling the article no longer moves the map, and a passage opens its popup.
  await panelBody(page).evaluate((body) => body.scrollBy(0, 300));
  await expect(page.locator('section.current')).toHaveCount(0);
  expect(hash(page)).toBe('#place=karachi');
  await passage(page, 'invitation to visit Moscow').click();
  await mapReady(page);
  await expect(popup(page)).toHaveCount(1);
  expect(hash(page)).toBe('#place=moscow');

  await resume.click();
  await expect(progress(page)).toHaveText(at(karachi));
  await expect.poll(() => hash(page)).toBe('#place=karachi');
  await expect(popup(page)).toHaveCount(0);
  await expect(chapterSection(page, chapters[karachi]!.id)).toBeInViewport();
});

test('dragging the map or clicking a marker takes the reader out of the story', async ({ page }) => {
  await enterStory(page);
  const map = (await page.locator('[data-map-ready]').boundingBox())!;
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 - 80, map.y + map.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: ui.story.resume(1, chapters.length) })).toBeVisible();
  expect(hash(page)).toBe('#place=beijing');

  // Beijing, the chapter's own place: the reader's click still takes over, and opens its popup.
  await storyStart(page).click();
  await expect(progress(page)).toBeVisible();
  await mapReady(page);
  await marker(page, 'Beijing').click();
  await expect(storyStart(page)).toBeVisible();
  await mapReady(page);
  await expect(popup(page)).toHaveCount(1);
});

/** How many different positions the Moscow marker takes, frame by frame, while a chapter changes. */
async function markerPositionsDuring(page: Page, change: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('.place-marker:has(bdi[lang="ru"])')!;
    const seen = new Set<string>();
    (window as unknown as { positions: Set<string> }).positions = seen;
    const watch = () => {
      seen.add(element.style.transform);
      requestAnimationFrame(watch);
    };
    watch();
  });
  await change();
  await mapReady(page);
  return page.evaluate(() => (window as unknown as { positions: Set<string> }).positions.size);
}

test('under reduced motion the camera cuts between chapters', async ({ page }) => {
  await enterStory(page);
  const positions = await markerPositionsDuring(page, () => page.getByRole('button', { name: ui.story.next }).click());
  expect(positions).toBeLessThanOrEqual(2);
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('the camera flies between chapters', async ({ page }) => {
    await enterStory(page);
    const positions = await markerPositionsDuring(page, () =>
      page.getByRole('button', { name: ui.story.next }).click(),
    );
    // A cut shows the marker in two places, before and after; a flight also between them. How many
    // frames a 1.2 s flight gets depends on the machine's load (4 to 9 here): more than two is a flight.
    expect(positions).toBeGreaterThan(2);
  });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 430, height: 932 },
  { width: 360, height: 640 },
]) {
  test(`on a ${viewport.width}×${viewport.height} phone the story is a card over a full-height map, each chapter framed above it`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await enterStory(page, true);
    const card = page.getByRole('region', { name: ui.story.card });
    await expect(card).toBeVisible();
    // The sheet steps aside, the map takes the screen: one story bar, the card's.
    await expect(panel(page)).toBeHidden();
    await expect(progress(page)).toHaveCount(1);
    const map = page.locator('[data-map-ready]');
    for (const [index, chapter] of chapters.entries()) {
      if (index > 0) await card.getByRole('button', { name: ui.story.next, exact: true }).click();
      await expect(progress(page)).toHaveText(at(index));
      await mapReady(page);
      // The chapter's own words, verbatim, from the words it opens with.
      await expect(card.locator(`[data-chapter="${chapter.id}"]`)).toContainText(chapter.opensWith);
      const mapBox = (await map.boundingBox())!;
      expect(mapBox.height).toBeGreaterThanOrEqual(viewport.height * 0.8);
      const cardBox = (await card.boundingBox())!;
      // What the chapter shows is in view above the card: its place, or every marked place for the corridor.
      const shown =
        chapter.shows === 'corridor'
          ? ['Beijing', 'Astana', 'Moscow', 'Karachi']
          : chapter.shows.kind === 'place'
            ? [chapter.shows.id.charAt(0).toUpperCase() + chapter.shows.id.slice(1)]
            : [];
      for (const name of shown) {
        const dot = (await marker(page, name).locator('.dot').boundingBox())!;
        const above = dot.x >= mapBox.x && dot.x + dot.width <= mapBox.x + mapBox.width && dot.y >= mapBox.y;
        expect(above && dot.y + dot.height <= cardBox.y, `chapter ${index + 1}: ${name} above the card`).toBe(true);
      }
      // A country's chapter: its stretches of the route, whole, in the room above the card.
      if (chapter.shows !== 'corridor' && chapter.shows.kind === 'country') {
        const stretch = await projectedBox(page, 'country', chapter.shows.id);
        const what = `chapter ${index + 1}: ${chapter.shows.id}'s stretch`;
        expect(stretch.x, what).toBeGreaterThanOrEqual(mapBox.x);
        expect(stretch.x + stretch.width, what).toBeLessThanOrEqual(mapBox.x + mapBox.width);
        expect(stretch.y, what).toBeGreaterThanOrEqual(mapBox.y);
        expect(stretch.y + stretch.height, `${what} above the card`).toBeLessThanOrEqual(cardBox.y);
      }
      // The map's bounds are lifted for the card: the land may not stop in a straight line above it.
      const toPage = await projector(page);
      expect(
        toPage([60, MAP_EXTENT.clip[1]]).y,
        `chapter ${index + 1}: the shapes' edge under the card`,
      ).toBeGreaterThan(cardBox.y);
    }
    // Explore the map: the sheet comes back, the card goes.
    await card.getByRole('button', { name: ui.story.leave }).click();
    await expect(card).toHaveCount(0);
    await expect(panel(page)).toBeVisible();
  });
}
