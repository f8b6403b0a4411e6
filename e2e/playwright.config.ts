import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

/**
 * A free loopback port, chosen once in the main process; workers inherit it through the
 * environment, so every process agrees on where the app is.
 */
function freePort(): string {
  const probe =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
}
process.env.E2E_PORT ??= freePort();
process.env.E2E_SUBPATH_PORT ??= freePort();
const port = process.env.E2E_PORT;
const subPathPort = process.env.E2E_SUBPATH_PORT;

/** Where deploy.spec.ts finds the same build served from a sub-path, as a newsroom's CMS might. */
export const SUB_PATH = '/maps/corridor/';
export const subPathUrl = `http://127.0.0.1:${subPathPort}${SUB_PATH}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFileName}/{arg}{ext}',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: {
    timeout: 20_000,
    toHaveScreenshot: {
      // Per-pixel colour distance (pixelmatch's YIQ threshold, 0–1): 0.05 lets through only
      // rounding-level shades, so any change of a line's or fill's colour counts.
      threshold: 0.05,
      // SwiftShader renders the same state identically run after run; 25 pixels leave room for a few
      // antialiased edges and nothing more. A 3 px shift of a place marker changes several hundred
      // pixels (its dot and label edges), so it fails — visual.spec.ts proves both.
      maxDiffPixels: 25,
      animations: 'disabled',
      caret: 'hide',
    },
  },
  reporter: [['list'], ['html', { outputFolder: '../playwright-report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
    // Camera moves cut instead of fly, so every state is reached the same way each run. The journey
    // that checks a real flight asks for motion itself.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: findChromium()?.path, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  // The production build, served as a static host would serve it: at the root, and (started after
  // the first has built it) under a sub-path.
  webServer: [
    {
      command: `npm run build && npx vite preview --port ${port} --strictPort`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `npx vite preview --port ${subPathPort} --strictPort --base ${SUB_PATH}`,
      cwd: '..',
      url: subPathUrl,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
