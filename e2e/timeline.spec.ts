import type { Page } from '@playwright/test';
import { articleMeta } from '../src/content/article.ts';
import { chapters } from '../src/content/chapters.ts';
import { excerpts } from '../src/content/excerpts.ts';
import { timeline } from '../src/content/timeline.ts';
import { ui } from '../src/content/ui.ts';
import { quoted, sourceDate } from '../src/lib/ui/format.ts';
import { colour } from '../src/theme/tokens.ts';
import { channels } from '../src/theme/colour.ts';
import { expect, fontsSettled, mapReady, pixelsAt, test } from './fixtures.ts';
import {
  covered,
  key,
  marker,
  overlap,
  panel,
  placedNames,
  popup,
  projector,
  scrollToLowerSections,
  storyStart,
} from './map-helpers.ts';

/**
 * Legs of the lines that tell the two routes apart, clear of each other: the 2023 route from Pul-e Alam
 * to Kharlachi and on to Thal, and the 2021 one from Kabul by Jalalabad to Torkham.
 */
const LEGS = { kharlachi: { 'segment-6': [2], 'segment-7': [0] }, torkham: { 'segment-alt': [1, 2] } } as const;

const RED = channels(colour.corridor);
/** A pixel of the corridor's own red, as a line drawn whole shows it: a ghost's faded red is not. */
const isCorridorRed = (pixel: number[]) => Math.hypot(...pixel.map((value, i) => value - RED[i]!)) < 40;

/** Any tint of red over the land: a ghost line, faded and thin, is this and no more. */
const isReddish = ([r, g, b]: number[]) => r! - g! > 40 && r! - b! > 40;

/**
 * Along a route's legs (their middle three fifths), in a band 7 px wide: the share of pixels drawn in
 * the corridor's own red (`whole`), and in any red at all (`tinted`).
 */
async function redAlong(page: Page, route: keyof typeof LEGS): Promise<{ whole: number; tinted: number }> {
  await mapReady(page);
  await fontsSettled(page);
  const shot = await page.screenshot();
  const project = await projector(page);
  const points: Array<[number, number]> = [];
  for (const [segment, legs] of Object.entries(LEGS[route])) {
    const coordinates = covered('segment', segment);
    for (const leg of legs) {
      const a = project(coordinates[leg]!);
      const b = project(coordinates[leg + 1]!);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
      for (let t = 0.2; t <= 0.8; t += 0.04)
        for (let d = -3; d <= 3; d++)
          points.push([a.x + (b.x - a.x) * t + normal.x * d, a.y + (b.y - a.y) * t + normal.y * d]);
    }
  }
  const pixels = await pixelsAt(page, shot, points);
  const share = (test: (pixel: number[]) => boolean) => pixels.filter(test).length / pixels.length;
  return { whole: share(isCorridorRed), tinted: share(isReddish) };
}

test.use({ viewport: { width: 1920, height: 1080 } });

/** The timeline's month in the address, as the page last wrote it. */
const monthInUrl = (page: Page) => new URL(page.url()).hash.match(/(?:^#|&)t=([\d-]+)/)?.[1] ?? null;

test('today the Kharlachi route is drawn and the superseded Torkham one is not', async ({ page }) => {
  await page.goto('./');
  expect((await redAlong(page, 'kharlachi')).whole).toBeGreaterThan(0.1);
  expect((await redAlong(page, 'torkham')).tinted).toBe(0);
  await expect(panel(page).getByText(ui.facts.todayWhileDated('').split(';')[0]!)).toHaveCount(0);
});

test('#t=2021-03 draws the Torkham route as the plan of the day, and no line to Kharlachi', async ({ page }) => {
  await page.goto('./#t=2021-03');
  expect((await redAlong(page, 'torkham')).whole).toBeGreaterThan(0.1);
  expect((await redAlong(page, 'kharlachi')).tinted).toBe(0);
  await expect(key(page).locator('summary')).toContainText(ui.timeline.asOf('March 2021'));
  expect(monthInUrl(page)).toBe('2021-03');
  // The panel's figures are today's, and say so while the map shows another date.
  await expect(panel(page).getByText(ui.facts.todayWhileDated('March 2021'))).toBeVisible();
});

test('#t=2025-09 draws the Kharlachi route, and the Torkham one only as a ghost', async ({ page }) => {
  await page.goto('./#t=2025-09');
  expect((await redAlong(page, 'kharlachi')).whole).toBeGreaterThan(0.1);
  const torkham = await redAlong(page, 'torkham');
  expect(torkham.whole).toBe(0);
  expect(torkham.tinted).toBeGreaterThan(0.1);
  // The key names the ghost while the map draws it.
  await expect(key(page).getByText(ui.status.superseded)).toBeAttached();
});

test('in 1982 neither route across Afghanistan is drawn', async ({ page }) => {
  await page.goto('./#t=1982-01');
  expect((await redAlong(page, 'kharlachi')).tinted).toBe(0);
  expect((await redAlong(page, 'torkham')).tinted).toBe(0);
});

test('a month outside the timeline, or malformed, is today; a selection beside it is kept', async ({ page }) => {
  await page.goto('./#t=1850-01&place=karachi');
  await mapReady(page);
  expect(new URL(page.url()).hash).toBe('#place=karachi');
  await page.goto('./#t=2023-7');
  await mapReady(page);
  expect(new URL(page.url()).hash).toBe('');
});

test('the range moves the map through the events by keyboard, its last stop today', async ({ page }) => {
  await page.goto('./');
  await scrollToLowerSections(page);
  const range = panel(page).getByRole('slider', { name: ui.timeline.range });
  await range.focus();
  await page.keyboard.press('Home');
  await expect(range).toHaveAttribute('aria-valuetext', ui.timeline.at('1982', timeline[0]!.title));
  expect(monthInUrl(page)).toBe('1982-01');
  // Step by step to the Islamabad protocol: the map then has the line to Kharlachi.
  const protocol = timeline.findIndex((event) => event.id === 'islamabad-protocol');
  const roadmap = timeline.findIndex((event) => event.id === 'roadmap');
  for (let i = 0; i < roadmap; i++) await page.keyboard.press('ArrowRight');
  expect(monthInUrl(page)).toBe('2021-02');
  expect((await redAlong(page, 'kharlachi')).tinted).toBe(0);
  for (let i = roadmap; i < protocol; i++) await page.keyboard.press('ArrowRight');
  expect(monthInUrl(page)).toBe('2023-07');
  await expect(range).toHaveAttribute('aria-valuetext', /^18 July 2023: /);
  expect((await redAlong(page, 'kharlachi')).whole).toBeGreaterThan(0.1);
  // Two events share July 2025: the range steps back through both, one at a time, each read as itself.
  await page.keyboard.press('End');
  await expect(range).toHaveAttribute('aria-valuetext', ui.timeline.today);
  for (let i = timeline.length - 1; i >= 0; i--) {
    await page.keyboard.press('ArrowLeft');
    await expect(range).toHaveValue(String(i));
    await expect(range).toHaveAttribute(
      'aria-valuetext',
      ui.timeline.at(sourceDate(timeline[i]!.date, 'long'), timeline[i]!.title),
    );
  }
  await page.keyboard.press('End');
  await expect(range).toHaveAttribute('aria-valuetext', ui.timeline.today);
  expect(monthInUrl(page)).toBeNull();
  await expect(key(page).locator('summary')).toHaveText(ui.key.summary);
});

test('each event in the list is a button that moves the map to its date, and back to today', async ({ page }) => {
  await page.goto('./');
  await scrollToLowerSections(page);
  const events = panel(page)
    .getByRole('list')
    .filter({ has: page.getByRole('button', { name: /Roadmap/ }) });
  await expect(events.getByRole('listitem')).toHaveCount(timeline.length);
  // The article's day quotes it word for word, attributed as every excerpt is.
  const day = timeline.find((event) => event.excerpts?.length)!;
  const quote = events.getByRole('listitem').filter({ hasText: day.title }).locator('blockquote');
  await expect(quote.locator('p')).toHaveText(quoted(excerpts[day.excerpts![0]!]));
  await expect(quote.locator('footer')).toHaveText(`— ${articleMeta.attribution}`);
  const roadmap = events.getByRole('button', { name: /Roadmap: via Kabul to Peshawar/ });
  await roadmap.focus();
  await page.keyboard.press('Enter');
  await expect(roadmap).toHaveAttribute('aria-pressed', 'true');
  expect(monthInUrl(page)).toBe('2021-02');
  expect((await redAlong(page, 'torkham')).whole).toBeGreaterThan(0.1);
  await panel(page).getByRole('button', { name: ui.timeline.backToToday }).click();
  expect(monthInUrl(page)).toBeNull();
  await expect(roadmap).toHaveAttribute('aria-pressed', 'false');
});

test('a date and a selection share the address: the popup opens, and closing it keeps the date', async ({ page }) => {
  await page.goto('./#segment=segment-alt&t=2021-03');
  await mapReady(page);
  await expect(page.locator('[data-selection-details]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-selection-details]')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('#t=2021-03');
});

test('at a date the details say how a stretch or a crossing stood then, and how it stands today', async ({ page }) => {
  await page.goto('./#segment=segment-alt&t=2021-03');
  await mapReady(page);
  const details = popup(page);
  await expect(details.locator('.badge').first()).toHaveText(ui.status.planned);
  await expect(details).toContainText(`${ui.popup.then('March 2021')} ${ui.popup.today(ui.status.superseded)}`);
  // Its stages, each with its date: the reader sees where the date shown falls among them.
  const history = details.getByRole('definition');
  await expect(history).toHaveText([ui.popup.stage.agreed, ui.popup.stage.superseded]);
  await expect(details.getByRole('term')).toHaveText(['February 2021', '18 July 2023']);
  await expect(history.first()).toHaveClass(/then/);
  await expect(history.last()).not.toHaveClass(/then/);

  // A crossing named in the address before its line was proposed says so.
  await page.goto('./#crossing=kharlachi&t=2021-03');
  await mapReady(page);
  await expect(details.locator('.badge').first()).toHaveText(ui.status.absent);
  await expect(details).toContainText(ui.popup.today(ui.status.planned));

  // A country's length is today's, and says so.
  await page.goto('./#country=AFG&t=2021-03');
  await mapReady(page);
  await expect(details.locator('.figure')).toContainText(new RegExp(`km\\s${ui.popup.todayFigure}$`));

  // Today the same stretch is the superseded plan, and nothing speaks of another date.
  await page.goto('./#segment=segment-alt');
  await mapReady(page);
  await expect(details.locator('.badge').first()).toHaveText(ui.status.superseded);
  await expect(details).not.toContainText(ui.popup.then('March 2021'));
});

test('at a date the stops of lines not yet proposed have no dot and no name', async ({ page }) => {
  const kabul = covered('place', 'kabul')[0]!;
  // A name placed is on the map; one with no room, or none to have, is not.
  const name = placedNames(page, 'stop').filter({ hasText: /^Kabul$/ });
  /** Whether Kabul's dot is drawn: its white middle over the land's tint. */
  const dotted = async () => {
    await mapReady(page);
    await fontsSettled(page);
    const at = (await projector(page))(kabul);
    const [pixel] = await pixelsAt(page, await page.screenshot(), [[at.x, at.y]]);
    return pixel!.every((value) => value > 245);
  };
  await page.goto('./#t=2021-03');
  expect(await dotted()).toBe(true);
  await expect(name).toHaveCount(1);
  // In 1982 no line ran into Afghanistan, nor was one planned.
  await page.goto('./#t=1982-01');
  expect(await dotted()).toBe(false);
  await expect(name).toHaveCount(0);
  await expect(placedNames(page, 'stop').filter({ hasText: /^Naibabad/ })).toHaveCount(0);
  await expect(placedNames(page, 'stop').filter({ hasText: /^Termez$/ })).toHaveCount(1);
});

test('the story steps the map to a chapter’s date, and back to today for the next', async ({ page }) => {
  const dated = chapters.findIndex((chapter) => chapter.at !== undefined);
  const { at, title } = chapters[dated]!;
  await page.goto('./');
  await mapReady(page);
  await storyStart(page).click();
  await page.getByText(ui.story.chapters, { exact: true }).press('Enter');
  await page.getByRole('button', { name: title }).press('Enter');
  await expect.poll(() => monthInUrl(page)).toBe(at);
  await expect(key(page).locator('summary')).toContainText(ui.timeline.asOf('September 2025'));
  expect((await redAlong(page, 'torkham')).tinted).toBeGreaterThan(0.1);
  await page.getByRole('button', { name: ui.story.next }).press('Enter');
  await expect.poll(() => monthInUrl(page)).toBeNull();
  expect((await redAlong(page, 'torkham')).tinted).toBe(0);
  // Left on the dated chapter, the story takes its date with it; a date the reader chose stays with a selection.
  await page.getByRole('button', { name: ui.story.previous }).press('Enter');
  await expect.poll(() => monthInUrl(page)).toBe(at);
  await page.getByRole('button', { name: ui.story.leave, exact: true }).click();
  await expect.poll(() => monthInUrl(page)).toBeNull();
  await panel(page)
    .getByRole('button', { name: /Roadmap: via Kabul to Peshawar/ })
    .click();
  await marker(page, 'Karachi').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#place=karachi&t=2021-02');
});

test('on a phone the folded key says the date, its longest month too, without running under the buttons beside it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#t=2025-09');
  await mapReady(page);
  await fontsSettled(page);
  const folded = (await key(page).boundingBox())!;
  await expect(key(page).locator('summary')).toContainText(ui.timeline.asOf('September 2025'));
  // On a phone the row holds Download PNG and the publishing menu (Print is inside it).
  const toolbar = page.getByRole('group', { name: ui.export.toolbar });
  const controls = await toolbar.locator('button:visible, summary').all();
  expect(controls).toHaveLength(2);
  for (const control of controls)
    expect(overlap(folded, (await control.boundingBox())!), await control.innerText()).toBe(false);
  await toolbar.getByText(ui.export.publishShort).click();
  await expect(toolbar.getByRole('button', { name: ui.export.print })).toBeVisible();
});
