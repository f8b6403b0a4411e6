import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';

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

/** What a PNG shows, as the browser's own decoder reads it. */
export interface PngStats {
  width: number;
  height: number;
  colours: number;
  /** Pixels of the corridor's red, solid or faded over the land (red well above green and blue). */
  corridorPixels: number;
  /** Pixels of a selected marker's yellow dot (--highlight, #f6d77a). */
  highlightPixels: number;
}

export async function pngStats(page: Page, png: Buffer): Promise<PngStats> {
  return page.evaluate(async (base64) => {
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
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      if (r - g > 60 && r - b > 60) corridorPixels++;
      if (Math.abs(r - 0xf6) + Math.abs(g - 0xd7) + Math.abs(b - 0x7a) < 12) highlightPixels++;
    }
    return { width: image.width, height: image.height, colours: colours.size, corridorPixels, highlightPixels };
  }, png.toString('base64'));
}

/** How many distinct colours a screenshot holds. */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return (await pngStats(page, png)).colours;
}
