import { test as base, expect, type Page } from '@playwright/test';

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

/** How many distinct colours a screenshot holds, counted by the browser's own PNG decoder. */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  }, png.toString('base64'));
}
