import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as mupdf from 'mupdf';
import type { CorridorFacts } from '../geo/contract.ts';
import type { Page } from '@playwright/test';
import { attribution, figureSubtitle } from '../src/content/credits.ts';
import { excerpts } from '../src/content/excerpts.ts';
import { places } from '../src/content/places.ts';
import { citedBy, sourceOf } from '../src/content/sources.ts';
import { formatKm, quoted, shortAddress } from '../src/lib/ui/format.ts';
import { textsOf } from '../src/lib/export/png-text.ts';
import { title } from '../src/content/page.ts';
import { ui } from '../src/content/ui.ts';
import { channels as rgb } from '../src/theme/colour.ts';
import { colour, figure } from '../src/theme/tokens.ts';
import { expect, fontsSettled, mapReady, pixelsAt, pngStats as decode, test } from './fixtures.ts';
import { calloutPlace, DENSITIES, PRESETS, pixelsOf } from '../src/lib/export/presets.ts';
import { expectOnePopup, marker } from './map-helpers.ts';

/** The map box in whole CSS pixels, as the page lays it out. */
async function mapBox(page: Page): Promise<{ width: number; height: number }> {
  return page
    .locator('.maplibregl-map')
    .evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight }));
}

async function downloadPng(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: ui.export.download, exact: true }).click(),
  ]);
  const png = await readFile((await download.path())!);
  return { name: download.suggestedFilename(), png };
}

test.describe('Download PNG', () => {
  test('saves the view with a place selected at twice the screen resolution, named for the place', async ({ page }) => {
    await page.goto('./#place=karachi');
    await mapReady(page);
    await expectOnePopup(page, 'Karachi');
    const box = await mapBox(page);
    const camera = await page.locator('[data-map-ready]').getAttribute('data-camera');
    const requests: string[] = [];
    // The code that saves is loaded the first time it is asked for: a script of the page's own.
    const origin = new URL(page.url()).origin;
    page.on('request', (request) => {
      const ownScript = request.resourceType() === 'script' && request.url().startsWith(`${origin}/assets/save-`);
      if (!ownScript) requests.push(request.url());
    });

    const { name, png } = await downloadPng(page);
    expect(name).toBe('corridor-karachi-2025-09-02.png');
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    const image = await decode(page, png);
    expect({ width: image.width, height: image.height }).toEqual({
      width: box.width * 2,
      height: box.height * 2,
    });
    // Not blank: the map's fills, the corridor in its red, the selected marker, text and its antialiasing.
    expect(image.colours).toBeGreaterThan(500);
    expect(image.corridorPixels).toBeGreaterThan(2000);
    expect(image.highlightPixels).toBeGreaterThan(50);
    // Nothing else went to a server, not even the page's own: the image is made in the page.
    expect(requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);

    // The map is as it was: same camera, same popup, back at the screen's resolution.
    await mapReady(page);
    await expect(page.locator('[data-map-ready]')).toHaveAttribute('data-camera', camera!);
    await expectOnePopup(page, 'Karachi');
    const canvasWidth = await page.locator('canvas.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => c.width);
    expect(canvasWidth).toBe(box.width);
  });

  test('names the file for what is selected, or for the whole corridor, and for the date and the routes shown', async ({
    page,
  }) => {
    await page.goto('./');
    await mapReady(page);
    expect((await downloadPng(page)).name).toBe('corridor-2025-09-02.png');
    await page.goto('./#country=AFG');
    await mapReady(page);
    expect((await downloadPng(page)).name).toBe('corridor-afghanistan-2025-09-02.png');
    await page.goto('./#segment=segment-6');
    await mapReady(page);
    expect((await downloadPng(page)).name).toBe('corridor-segment-6-2025-09-02.png');
    // A map of a past date, with another route beside the corridor, says both.
    await page.goto('./#country=AFG&t=2021-03&route=iran');
    await mapReady(page);
    expect((await downloadPng(page)).name).toBe('corridor-afghanistan-as-of-2021-03-vs-iran-2025-09-02.png');
    await page.goto('./#route=all');
    await mapReady(page);
    expect((await downloadPng(page)).name).toBe('corridor-vs-all-routes-2025-09-02.png');
  });

  test('on a phone too, at twice its resolution', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto('./');
    await mapReady(page);
    const box = await mapBox(page);
    const { png } = await downloadPng(page);
    const image = await decode(page, png);
    // Twice the screen's own resolution: 2 × 2 device pixels per CSS pixel.
    expect({ width: image.width, height: image.height }).toEqual({
      width: box.width * 4,
      height: box.height * 4,
    });
    expect(image.corridorPixels).toBeGreaterThan(2000);
    await context.close();
  });
});

/**
 * How many pixels of a PNG's row, from x0 to x1, are the ink of a selected place's label.
 * None where the stretch is empty: a dot at the image's edge has nothing beyond it.
 */
async function inkInRow(page: Page, png: Buffer, y: number, x0: number, x1: number): Promise<number> {
  if (x1 <= x0) return 0;
  return page.evaluate(
    async ({ base64, y, x0, x1, ink }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(x0, y, x1 - x0, 1);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i]! - ink[0]) + Math.abs(data[i + 1]! - ink[1]) + Math.abs(data[i + 2]! - ink[2]) < 24)
          inked++;
      return inked;
    },
    { base64: png.toString('base64'), y, x0, x1, ink: rgb(colour.ink) },
  );
}

test('on a phone, the saved image puts Beijing’s name on the side of its dot the screen does', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto('./');
  await mapReady(page);
  await fontsSettled(page);
  const beijing = marker(page, 'Beijing');
  const sideOnScreen = async () => {
    const dot = (await beijing.locator('.dot').boundingBox())!;
    const name = (await beijing.locator('.name').boundingBox())!;
    return { dot, side: name.x + name.width <= dot.x ? 'left' : 'right' };
  };
  // The first view: Beijing by the map's right edge, its name turned to the left.
  expect((await sideOnScreen()).side).toBe('left');
  // Selected (its label dark, for the ink to count), it is framed above the card, its name where it fits.
  await beijing.click();
  await expectOnePopup(page, 'Beijing');
  await mapReady(page);
  const { dot, side } = await sideOnScreen();
  const map = (await page.locator('.maplibregl-map').boundingBox())!;
  const [x, y] = [dot.x + dot.width / 2 - map.x, Math.round(dot.y + dot.height / 2 - map.y)];
  // The image is twice the screen's resolution; the row through the dot's centre crosses the label.
  const { png } = await downloadPng(page);
  const left = await inkInRow(page, png, 2 * y, Math.round(2 * Math.max(x - 60, 0)), Math.round(2 * (x - 14)));
  const right = await inkInRow(page, png, 2 * y, Math.round(2 * (x + 12)), Math.round(2 * Math.min(x + 58, map.width)));
  // Over half the 92 pixels sampled on the name's side are the label's ink (the rest its white
  // letters); none on the other side.
  expect(side === 'left' ? left : right, `label ink ${side} of the dot`).toBeGreaterThan(46);
  expect(side === 'left' ? right : left, 'no label ink on the other side').toBe(0);
  await context.close();
});

test.describe('Publishing sizes', () => {
  test('each size and density downloads at its pixels, named for it, the selection told in a callout', async ({
    page,
  }) => {
    test.slow();
    await page.goto('./#place=karachi');
    await mapReady(page);
    const camera = await page.locator('[data-map-ready]').getAttribute('data-camera');
    // Every word the page sets on a canvas, where it lands in that canvas's own pixels, and the
    // canvas's size: what each saved figure says, read as it is drawn into the image it saves.
    await page.evaluate(() => {
      const words: Array<{ text: string; left: number; right: number; y: number; width: number; height: number }> = ((
        window as unknown as { words: unknown[] }
      ).words = []) as never;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, max?: number) {
        const matrix = this.getTransform();
        const at = matrix.transformPoint(new DOMPoint(x, y));
        const width = this.measureText(text).width * matrix.a;
        words.push({
          text,
          left: at.x,
          right: at.x + width,
          y: at.y,
          width: this.canvas.width,
          height: this.canvas.height,
        });
        return fillText.call(this, text, x, y, max);
      };
    });
    const wordsIn = async (pixels: { width: number; height: number }) =>
      (
        await page.evaluate(() => (window as unknown as { words: Array<Record<string, number & string>> }).words)
      ).filter((word) => word.width === pixels.width && word.height === pixels.height) as unknown as Array<{
        text: string;
        left: number;
        right: number;
        y: number;
      }>;
    const karachi = places.find((place) => place.id === 'karachi')!;
    await page.getByText(ui.export.publish, { exact: true }).click();
    for (const preset of PRESETS)
      for (const density of DENSITIES) {
        const pixels = pixelsOf(preset, density);
        await page.evaluate(() => ((window as unknown as { words: unknown[] }).words.length = 0));
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page
            .getByRole('button', { name: ui.export.size(preset.label, pixels.width, pixels.height), exact: true })
            .click(),
        ]);
        const label = `${preset.id} ${density}×`;
        expect(download.suggestedFilename(), label).toBe(
          `corridor-karachi-${preset.id}-${pixels.width}x${pixels.height}-2025-09-02.png`,
        );
        const png = await readFile((await download.path())!);
        const image = await decode(page, png);
        expect({ width: image.width, height: image.height }, label).toEqual(pixels);
        // Not blank: the map, the corridor in its red, Karachi's dot in the highlight.
        expect(image.colours, label).toBeGreaterThan(500);
        expect(image.corridorPixels, label).toBeGreaterThan(500 * density);
        expect(image.highlightPixels, label).toBeGreaterThan(10);
        // The callout's rule, in the corridor's colour, down its left edge: beside the map on the right
        // in a wide figure, in the band under the map in a tall one.
        const scale = pixels.width / preset.css.width;
        const band = calloutPlace(preset.css.width, preset.css.height) === 'band';
        const ruleX = band
          ? figure.margin
          : preset.css.width -
            figure.margin -
            Math.min(figure.callout.maxWidth, figure.callout.share * preset.css.width);
        const ruleY = band ? preset.css.height - 90 : figure.margin + 40;
        const [rule] = await pixelsAt(page, png, [[(ruleX + 1.5) * scale, ruleY * scale]]);
        expect(rule, label).toEqual(rgb(colour.corridor));
        // The file carries its alt text, which names the selection.
        expect(textsOf(new Uint8Array(png)).Description, label).toContain('Selected: Karachi.');
        // The title, the key, the credits and the callout, every word inside the image; the callout
        // quotes Karachi's first excerpt word for word, attributed, and gives its dated line.
        const words = await wordsIn(pixels);
        const said = words.map((word) => word.text).join(' ');
        for (const part of [
          title,
          ui.key.summary,
          ui.key.operating,
          attribution,
          karachi.dated[0]!.text,
          quoted(excerpts[karachi.excerpts[0]!]),
          `— ${'article, 2 September 2025'}`,
        ])
          expect(said, `${label}: ${part}`).toContain(part);
        for (const word of words) {
          expect(word.left, `${label}: ${word.text}`).toBeGreaterThanOrEqual(0);
          expect(word.right, `${label}: ${word.text}`).toBeLessThanOrEqual(pixels.width + 1);
          expect(word.y, `${label}: ${word.text}`).toBeGreaterThanOrEqual(0);
          expect(word.y, `${label}: ${word.text}`).toBeLessThanOrEqual(pixels.height);
        }
      }
    // The page's map was not touched.
    await expect(page.locator('[data-map-ready="true"]')).toHaveAttribute('data-camera', camera!);
  });
});

test.describe('Print', () => {
  test('gives one A4 landscape page with the map, the key, the selected place’s excerpt and the credits', async ({
    page,
  }) => {
    await page.goto('./#place=karachi');
    await mapReady(page);
    await marker(page, 'Karachi').waitFor();
    await page.emulateMedia({ media: 'print' });
    const figure = page.locator('.print-figure');
    await expect(figure).toBeVisible();
    // The controls, the panel and the popup are not printed.
    await expect(page.getByRole('button', { name: ui.export.download })).toBeHidden();
    await expect(page.getByRole('main')).toBeHidden();
    await expect(figure.getByRole('heading', { name: 'Karachi' })).toBeVisible();
    await expect(figure).toContainText('Pakistan Steel Mills in Karachi');
    // The sources of what the selection states, in full, for a reader of the paper.
    for (const key of citedBy(places.find((place) => place.id === 'karachi')!.dated))
      await expect(figure.locator('.sources')).toContainText(shortAddress(sourceOf(key).url));
    await expect(figure).toContainText(attribution);
    // Back to the page's own media: page.pdf prints with print styles unless told otherwise.
    await page.emulateMedia({ media: null });

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    // A4 landscape: 842 × 595 points.
    const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    expect(mediaBox?.slice(1).map(Number).map(Math.round)).toEqual([842, 595]);

    // Printing drew the figure afresh: the map as it was on screen, not an empty canvas.
    const canvas = page.locator('.print-figure canvas');
    const png = await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL('image/png').split(',')[1]!);
    const image = await decode(page, Buffer.from(png, 'base64'));
    const box = await mapBox(page);
    expect(image.width).toBe(box.width);
    expect(image.colours).toBeGreaterThan(500);
    expect(image.corridorPixels).toBeGreaterThan(1000);
    expect(image.highlightPixels).toBeGreaterThan(20);
  });

  test('the PDF’s text is the sheet’s once: the title once, no map names, the lengths and the corridor’s sentence, Urdu as Urdu', async ({
    page,
  }) => {
    /** The PDF's text as a reader's PDF tool copies it (MuPDF, which reads the glyphs' ActualText). */
    const printedText = async (hash: string) => {
      await page.goto(`./${hash}`);
      await mapReady(page);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const document = mupdf.Document.openDocument(pdf, 'application/pdf');
      expect(document.countPages(), hash).toBe(1);
      return document.loadPage(0).toStructuredText('preserve-whitespace,inhibit-spaces').asText().replace(/\s+/g, ' ');
    };
    const times = (text: string, part: string) => text.split(part).length - 1;
    const spaced = (text: string) => text.replace(/\s+/g, ' ');

    const whole = await printedText('');
    expect(times(whole, title)).toBe(1);
    expect(times(whole, figureSubtitle)).toBe(1);
    expect(times(whole, attribution)).toBe(1);
    // Nothing selected: the corridor's sentence, quoted, and its lengths.
    expect(whole).toContain(quoted(excerpts.corridor));
    expect(whole).toContain(spaced(`${ui.facts.total} ${formatKm(facts.main.totalKm, facts.main.approximate.total)}`));
    expect(whole).toContain(
      spaced(`Afghanistan ${formatKm(facts.main.byCountry.AFG!, facts.main.approximate.byCountry.AFG)}`),
    );
    // The figure is one picture: none of its names or its key's words hide in the text.
    for (const name of ['Tashkent', 'KAZAKHSTAN', 'Caspian Sea', 'Astana', 'Moscow', ui.key.operating, 'Қазақстан'])
      expect(whole, name).not.toContain(name);

    const karachi = await printedText('#place=karachi');
    expect(times(karachi, title)).toBe(1);
    expect(karachi).toContain('کراچی');
    expect(karachi).toContain('Pakistan Steel Mills in Karachi');
  });

  test('a printed map with a compared route shows that route; without one, none', async ({ page }) => {
    const comparedIn = async (hash: string) => {
      await page.goto(`./${hash}`);
      await mapReady(page);
      // Printing draws the figure afresh, as the map is on screen.
      await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const canvas = page.locator('.print-figure canvas');
      const png = await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL('image/png').split(',')[1]!);
      const image = await decode(page, Buffer.from(png, 'base64'));
      expect(image.corridorPixels, hash).toBeGreaterThan(1000);
      return image.comparedPixels;
    };
    expect(await comparedIn('#t=2021-03')).toBe(0);
    expect(await comparedIn('#t=2021-03&route=iran')).toBeGreaterThan(500);
  });

  test('the Print button opens the browser’s print dialog with the figure drawn, for a long selection too', async ({
    page,
  }) => {
    await page.goto('./#country=PAK');
    await mapReady(page);
    // The dialog itself is the browser's; the page only has to ask for it, with the figure ready.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    await page.getByRole('button', { name: ui.export.print }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'true');
    const width = await page.locator('.print-figure canvas').evaluate((element: HTMLCanvasElement) => element.width);
    expect(width).toBe((await mapBox(page)).width);
    // Pakistan's two passages and its facts still fit on one sheet.
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
});

const facts = JSON.parse(readFileSync(new URL('../geo/facts.json', import.meta.url), 'utf8')) as CorridorFacts;

test.describe('Alt text', () => {
  const countriesInOrder = 'Belarus, Russia, Kazakhstan, Uzbekistan, Afghanistan and Pakistan';

  test('told from the data, offered to copy beside the download, carried inside the PNG and given to the map region', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./#place=karachi');
    await mapReady(page);
    await page.getByText(ui.export.publish, { exact: true }).click();
    const field = page.getByRole('textbox', { name: ui.export.altTextLabel });
    const alt = await field.inputValue();
    // The six countries in order, the total length, what is planned, the selection with its dated line.
    expect(alt).toContain(`through ${countriesInOrder}`);
    expect(alt).toContain(formatKm(facts.main.totalKm, facts.main.approximate.total));
    expect(alt).toContain('is planned, drawn dashed');
    expect(alt).toContain(`Selected: Karachi. ${places.find((place) => place.id === 'karachi')!.dated[0]!.text}`);
    await page.getByRole('button', { name: ui.export.copy }).click();
    await expect(page.getByText(ui.export.copied)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(alt);
    // The map region says the same, and how to walk it.
    await expect(page.getByRole('region', { name: ui.map.label })).toHaveAccessibleDescription(`${alt} ${ui.walk.how}`);
    // The saved image carries its title and the same words.
    const { png } = await downloadPng(page);
    expect(textsOf(new Uint8Array(png))).toEqual({ Title: title, Description: alt });

    // Another selection and a date, read from the address while the text is open: another text.
    await page.goto('./#country=AFG&t=2021-03');
    await mapReady(page);
    const afghanistan = await field.inputValue();
    expect(afghanistan).toContain('As it stood in March 2021:');
    expect(afghanistan).toContain('Selected: Afghanistan');
    // A fresh page with nothing selected: nothing said selected.
    await page.goto('about:blank');
    await page.goto('./');
    await mapReady(page);
    await page.getByText(ui.export.publish, { exact: true }).click();
    const none = await field.inputValue();
    expect(none).toContain(`through ${countriesInOrder}`);
    expect(none).not.toContain('Selected');
  });
});
