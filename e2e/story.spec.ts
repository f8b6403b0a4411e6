import type { Page } from '@playwright/test';
import { chapters } from '../src/content/chapters.ts';
import { expect, mapReady, test } from './fixtures.ts';
import { marker, popup, wheelToReadingLine } from './map-helpers.ts';

/** The article panel's scrolling body: what the story observes. */
const panelBody = (page: Page) =>
  page.getByRole('complementary', { name: 'The story and its figures' }).locator('.body');
const progress = (page: Page) => page.locator('.story-bar .progress');
const hash = (page: Page) => new URL(page.url()).hash;

/** Scrolls the panel with the mouse wheel until a chapter's top sits a little above the reading line. */
async function scrollToChapter(page: Page, id: string): Promise<void> {
  const section = page.locator(`section[data-chapter="${id}"]`);
  await wheelToReadingLine(page, panelBody(page), section, 20, () =>
    expect(section).toHaveClass(/current/, { timeout: 2000 }),
  );
}

/** Opens the page and starts the story; returns the camera of the first view, the whole corridor. */
async function enterStory(page: Page): Promise<string> {
  await page.goto('./');
  await mapReady(page);
  const overview = (await page.locator('[data-map-ready]').getAttribute('data-camera'))!;
  await page.getByRole('button', { name: 'Read as a story' }).click();
  await expect(progress(page)).toHaveText(`Chapter 1 of ${chapters.length} ${chapters[0]!.title}`);
  await mapReady(page);
  return overview;
}

test('scrolling the article moves the map from chapter to chapter, with no popup in the way', async ({ page }) => {
  const overview = await enterStory(page);
  expect(hash(page)).toBe('#place=beijing');
  await expect(marker(page, 'Beijing')).toHaveAttribute('aria-expanded', 'true');

  await scrollToChapter(page, 'floods');
  await expect(progress(page)).toContainText('Chapter 2 of 8');
  await expect.poll(() => hash(page)).toBe('#country=PAK');

  await scrollToChapter(page, 'crude');
  await expect(progress(page)).toHaveText('Chapter 3 of 8 Karachi: Russian crude');
  await expect.poll(() => hash(page)).toBe('#place=karachi');
  await mapReady(page);
  const camera = (await page.locator('[data-map-ready]').getAttribute('data-camera'))!.split(',').map(Number);
  expect(camera[0]).toBeCloseTo(67.0, 0); // over Karachi
  expect(camera[1]).toBeCloseTo(24.9, 0);
  await expect(marker(page, 'Karachi')).toHaveAttribute('aria-expanded', 'true');
  await expect(popup(page)).toHaveCount(0);

  // The corridor chapter shows the whole corridor and selects nothing.
  await scrollToChapter(page, 'corridor');
  await expect.poll(() => hash(page)).toBe('');
  await mapReady(page);
  await expect(page.locator('[data-map-ready]')).toHaveAttribute('data-camera', overview);
});

test('chapters are reachable by keyboard: next, previous and the list of chapters', async ({ page }) => {
  await enterStory(page);
  const next = page.getByRole('button', { name: 'Next' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(progress(page)).toContainText('Chapter 2 of 8');
  await page.keyboard.press('Enter');
  await expect(progress(page)).toContainText('Chapter 3 of 8');
  await expect(next).toBeFocused();
  await expect(page.locator('section[data-chapter="crude"]')).toHaveClass(/current/);
  await expect(page.locator('section[data-chapter="crude"]')).toBeInViewport();

  await page.getByRole('button', { name: 'Previous' }).press('Enter');
  await expect(progress(page)).toContainText('Chapter 2 of 8');

  await page.getByText('Chapters', { exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Moscow: an invitation' }).press('Enter');
  await expect(progress(page)).toHaveText('Chapter 7 of 8 Moscow: an invitation');
  await expect.poll(() => hash(page)).toBe('#place=moscow');
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
  await page.getByRole('button', { name: 'Next' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
});

test('the reader leaves the story to explore and re-enters where they left it', async ({ page }) => {
  await enterStory(page);
  await scrollToChapter(page, 'crude');
  await page.getByRole('button', { name: 'Explore the map' }).click();
  const resume = page.getByRole('button', { name: 'Resume the story: chapter 3 of 8' });
  await expect(resume).toBeVisible();

  // Out of the story, scrolling the article no longer moves the map, and a passage opens its popup.
  await panelBody(page).evaluate((body) => body.scrollBy(0, 300));
  await expect(page.locator('section.current')).toHaveCount(0);
  expect(hash(page)).toBe('#place=karachi');
  await page.locator('article .passage', { hasText: 'invitation to visit Moscow' }).click();
  await mapReady(page);
  await expect(popup(page)).toHaveCount(1);
  expect(hash(page)).toBe('#place=moscow');

  await resume.click();
  await expect(progress(page)).toHaveText('Chapter 3 of 8 Karachi: Russian crude');
  await expect.poll(() => hash(page)).toBe('#place=karachi');
  await expect(popup(page)).toHaveCount(0);
  await expect(page.locator('section[data-chapter="crude"]')).toBeInViewport();
});

test('dragging the map or clicking a marker takes the reader out of the story', async ({ page }) => {
  await enterStory(page);
  const map = (await page.locator('[data-map-ready]').boundingBox())!;
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 - 80, map.y + map.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Resume the story: chapter 1 of 8' })).toBeVisible();
  expect(hash(page)).toBe('#place=beijing');

  // Beijing, the chapter's own place: the reader's click still takes over, and opens its popup.
  await page.getByRole('button', { name: /Resume the story/ }).click();
  await expect(progress(page)).toBeVisible();
  await mapReady(page);
  await marker(page, 'Beijing').click();
  await expect(page.getByRole('button', { name: /Resume the story/ })).toBeVisible();
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
  const positions = await markerPositionsDuring(page, () => page.getByRole('button', { name: 'Next' }).click());
  expect(positions).toBeLessThanOrEqual(2);
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('the camera flies between chapters', async ({ page }) => {
    await enterStory(page);
    const positions = await markerPositionsDuring(page, () => page.getByRole('button', { name: 'Next' }).click());
    // A cut shows the marker in two places, before and after; a flight also between them. How many
    // frames a 1.2 s flight gets depends on the machine's load (4 to 9 here): more than two is a flight.
    expect(positions).toBeGreaterThan(2);
  });
});
