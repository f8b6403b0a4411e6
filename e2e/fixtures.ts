import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';
import { channels as rgb } from '../src/theme/colour.ts';
import { colour, mapColour } from '../src/theme/tokens.ts';

interface Isolation {
  /** Problems a test provokes on purpose (a failed load, say); any other still fails it. */
  expectedProblems: RegExp | null;
  isolation: void;
}

/** The page reports each Content Security Policy violation as a console error, which fails the test. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) =>
  console.error('CSP violation: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline code')));`;

/**
 * Every browser test runs in this fixture: it fails the test if the page asks for anything outside
 * its own origin (the app must work offline), gets an HTTP error, logs a console error, or breaks
 * the Content Security Policy.
 */
export const test = base.extend<Isolation>({
  expectedProblems: [null, { option: true }],
  isolation: [
    async ({ page, baseURL, expectedProblems }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      await page.addInitScript(REPORT_CSP_VIOLATIONS);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== origin) problems.push(`request outside the origin: ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
      await use();
      const unexpected = problems.filter((problem) => !expectedProblems?.test(problem));
      expect(unexpected, 'the page stayed on its origin and logged no error').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the map has drawn everything it was asked to draw. */
export async function mapReady(page: Page): Promise<void> {
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
}

/**
 * Waits for the web fonts the page has asked for, then two frames. A font that arrives widens the names
 * beside the places; each marker measures its name with a ResizeObserver, which puts the name on its side
 * and the dot back on its place before the next frame is drawn. Read in between, a name can overrun the
 * map's edge or a dot sit off its place by the width the font added.
 */
export async function fontsSettled(target: Page | FrameLocator): Promise<void> {
  await target.locator(':root').evaluate(async () => {
    await document.fonts.ready;
    await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
  });
}

/**
 * In the page: the page's 'Noto Sans' faces at weight 400 (the native names' weight), each with its
 * unicode-range and whether it has loaded. fontsource's Latin faces name no range (all of Unicode).
 */
const facesInPage = () =>
  [...document.fonts]
    .filter(
      (face) => face.family.replaceAll('"', '') === 'Noto Sans' && face.weight === '400' && face.style === 'normal',
    )
    .map((face) => ({ range: face.unicodeRange, loaded: face.status === 'loaded' }));
type Face = ReturnType<typeof facesInPage>[number];

/**
 * The letters of `text` not yet drawn in a face of ours, as `document.fonts.check` judges: every face
 * whose range holds the letter must have loaded (the browser draws it in the last declared one, the
 * script's own file, not the Latin face that claims all of Unicode).
 */
function lettersOutside(faces: Face[], text: string): string[] {
  const holds = (range: string, code: number) =>
    range.split(',').some((part) => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return code >= parseInt(from!, 16) && code <= parseInt(to!, 16);
    });
  return [...text]
    .filter((letter) => letter.trim())
    .filter((letter) => {
      const holding = faces.filter((face) => holds(face.range, letter.codePointAt(0)!));
      return holding.length === 0 || holding.some((face) => !face.loaded);
    });
}

/**
 * The letters of `text` not drawn in a face of ours (drawn in a system font, or waiting for one of
 * ours), read as it is now, without waiting for fonts.
 */
export async function lettersWithoutOurFont(page: Page, text: string): Promise<string[]> {
  return lettersOutside(await page.evaluate(facesInPage), text);
}

/**
 * Notes our faces and which have loaded at the moment the map first says it is ready, from before
 * the page's script runs: `lettersWithoutOurFontAtReady` reads that note, so a font arriving while the
 * test looks cannot hide one that was missing at ready.
 */
export async function noteFontsAtReady(page: Page): Promise<void> {
  await page.addInitScript(
    `(${String((faces: () => Face[]) => {
      const store = window as unknown as { fontsAtReady?: Face[] };
      new MutationObserver((changes, observer) => {
        if (!changes.some((change) => (change.target as Element).getAttribute('data-map-ready') === 'true')) return;
        store.fontsAtReady = faces();
        observer.disconnect();
      }).observe(document, { subtree: true, attributeFilter: ['data-map-ready'] });
    })})(${String(facesInPage)})`,
  );
}

/** The letters of `text` not drawn in a face of ours at the moment of ready (after `noteFontsAtReady`). */
export async function lettersWithoutOurFontAtReady(page: Page, text: string): Promise<string[]> {
  const faces = await page.evaluate(() => (window as unknown as { fontsAtReady?: Face[] }).fontsAtReady);
  if (!faces)
    throw new Error('lettersWithoutOurFontAtReady: no note of the fonts at ready; call noteFontsAtReady first');
  return lettersOutside(faces, text);
}

/** What a PNG shows, as the browser's own decoder reads it. */
export interface PngStats {
  width: number;
  height: number;
  colours: number;
  /** Pixels of the corridor's colour, solid or faded over the land or the sea. */
  corridorPixels: number;
  /** Pixels of a selected marker's dot (the theme's highlight). */
  highlightPixels: number;
  /** Pixels of a compared route's colour, on the map or in the key. */
  comparedPixels: number;
}

export async function pngStats(page: Page, png: Buffer): Promise<PngStats> {
  const colours = {
    corridor: rgb(colour.corridor),
    highlight: rgb(colour.highlight),
    compared: rgb(colour.compared),
    grounds: [mapColour.corridorCountry, mapColour.context, mapColour.sea].map(rgb),
  };
  return page.evaluate(
    async ({ base64, corridor, highlight, compared, grounds }) => {
      /**
       * The corridor's colour drawn at a quarter of its strength or more over one of the map's grounds:
       * the pixel lies near the line from the ground's colour to the corridor's, well along it.
       */
      const isCorridor = (pixel: number[]) =>
        grounds.some((ground) => {
          const towards = corridor.map((value, i) => value - ground[i]!);
          const from = pixel.map((value, i) => value - ground[i]!);
          const along =
            towards.reduce((sum, value, i) => sum + value * from[i]!, 0) / towards.reduce((s, v) => s + v * v, 0);
          const off = Math.hypot(...from.map((value, i) => value - along * towards[i]!));
          return along >= 0.25 && along <= 1.05 && off < 24;
        });
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const colours = new Set<number>();
      let corridorPixels = 0;
      let highlightPixels = 0;
      let comparedPixels = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        if (isCorridor([r, g, b])) corridorPixels++;
        if (Math.abs(r - highlight[0]) + Math.abs(g - highlight[1]) + Math.abs(b - highlight[2]) < 12)
          highlightPixels++;
        if (Math.abs(r - compared[0]) + Math.abs(g - compared[1]) + Math.abs(b - compared[2]) < 12) comparedPixels++;
      }
      return {
        width: image.width,
        height: image.height,
        colours: colours.size,
        corridorPixels,
        highlightPixels,
        comparedPixels,
      };
    },
    { base64: png.toString('base64'), ...colours },
  );
}

/** How many distinct colours a screenshot holds. */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return (await pngStats(page, png)).colours;
}

/** The colours of a PNG at some pixels ([x, y], rounded), as the browser's own decoder reads them. */
export async function pixelsAt(page: Page, png: Buffer, points: Array<[number, number]>): Promise<number[][]> {
  return page.evaluate(
    async ({ base64, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return points.map(([x, y]) => [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)]);
    },
    { base64: png.toString('base64'), points },
  );
}
