/**
 * `npm run bench`: what the map costs, side by side with a bare MapLibre page drawing the same geo
 * files. Serves the production build on loopback and measures, in one headless Chromium, alternating
 * app and bare runs. Prints a table and writes the figures to e2e/bench/results/bench.json (git-ignored).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../browser.ts';
import { FIRST_VISIT, bytesShipped, type ByteCategory } from './bytes.ts';
import { browserCpuMs, canMeasureCpu } from './cpu.ts';
import { heapBytes, leakable, snapshotHeap, type HeapParts } from './heap.ts';
import { buildScaled } from './scale.ts';
import { serveStatic } from './serve.ts';
import { summarize, type Summary } from './stats.ts';
import { checkTargets } from './targets.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const POPUP_CYCLES = 200;
/** Page loads for the memory figures, each page: the median run is reported. */
const MEMORY_RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 3);
/** Cycles after which the paths a popup takes have run often enough to be compiled. */
const WARM_UP_CYCLES = 20;
const VIEWPORT = { width: 1280, height: 800 };
/** Page loads of each page on the slow phone (`openOnSlowPhone`). */
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? 3);
/**
 * A reader's mid-range phone on a slow mobile link: 1.6 Mbit/s down, 750 kbit/s up and 150 ms of
 * round trip (Chrome DevTools' network conditions, in bytes per second), the CPU four times slower.
 */
const SLOW_PHONE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpuSlowdown: 4 };
const OUTPUT = join(ROOT, 'e2e/bench/results/bench.json');
const SCALE_OUTPUT = join(ROOT, 'e2e/bench/results/scale.json');
/** The scale mode's multiples of the content (`npm run bench:scale`), and its page loads of each. */
const SCALES = [1, 10, 100] as const;
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);

async function buildBarePage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'corridor-bare-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'e2e/bench/bare'),
    base: './',
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
  });
  return outDir;
}

/** The benchmark's Chromium: the test suite's, with its flags. */
function launchBrowser(): Promise<Browser> {
  const browserPath = findChromium();
  if (!browserPath) throw new Error('bench: no Chromium found; run `npm run test:e2e` once, or set CHROMIUM_PATH');
  return chromium.launch({ executablePath: browserPath.path, args: CHROMIUM_ARGS });
}

/** A page in a context of its own (nothing cached, nothing shared), at the benchmark's viewport. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  // tsx keeps function names with an `__name` helper that functions sent to page.evaluate also call.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context.newPage();
}

async function openReady(
  browser: Browser,
  url: string,
): Promise<{ page: Page; readyMs: number; cpuMs: number; close: () => Promise<void> }> {
  const page = await freshPage(browser);
  const cpuBefore = browserCpuMs();
  await page.goto(url);
  await page.locator('[data-map-ready="true"]').waitFor({ timeout: 60_000 });
  const cpuMs = browserCpuMs() - cpuBefore;
  const readyMs = await page.evaluate(() => performance.getEntriesByName('map-ready')[0]!.startTime);
  return { page, readyMs, cpuMs, close: () => page.context().close() };
}

/**
 * One first visit on the slow phone (SLOW_PHONE), in a fresh context with nothing cached: when
 * MapLibre first had the whole first view drawn (`map-drawn`), and when the page was ready.
 */
async function openOnSlowPhone(browser: Browser, url: string): Promise<{ drawnMs: number; readyMs: number }> {
  const page = await freshPage(browser);
  const cdp = await page.context().newCDPSession(page);
  const { cpuSlowdown, ...network } = SLOW_PHONE;
  // The map's worker fetches the geo files through the page's network: throttled alike.
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(url, { timeout: 180_000 });
  await page.locator('[data-map-ready="true"]').waitFor({ timeout: 180_000 });
  const marks = await page.evaluate(() =>
    ['map-drawn', 'map-ready'].map((name) => performance.getEntriesByName(name)[0]!.startTime),
  );
  await page.context().close();
  return { drawnMs: marks[0]!, readyMs: marks[1]! };
}

/** Mean time between animation frames while the map is dragged along the corridor, north-west to south-east. */
async function frameTimeOnPath(page: Page): Promise<number> {
  const box = (await page.locator('[data-map-ready]').first().boundingBox())!;
  const start = { x: box.x + box.width * 0.35, y: box.y + box.height * 0.55 };
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { frameTimes: number[] }).frameTimes = times;
    const tick = (time: number) => {
      times.push(time);
      if (times.length < 100_000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 60; step++) await page.mouse.move(start.x - step * 4, start.y - step * 2.5);
  await page.mouse.up();
  const times = await page.evaluate(() => (window as unknown as { frameTimes: number[] }).frameTimes);
  return (times[times.length - 1]! - times[0]!) / Math.max(1, times.length - 1);
}

async function clickToPopupMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.place-marker')].find((b) =>
      b.textContent?.includes('Karachi'),
    )!;
    const start = performance.now();
    button.click();
    await new Promise<void>((done) => {
      const check = () => (document.querySelector('.maplibregl-popup') ? done() : requestAnimationFrame(check));
      check();
    });
    await new Promise((done) => requestAnimationFrame(done));
    const ms = performance.now() - start;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    return ms;
  });
}

interface HeapRun {
  /** JS heap in use (after a collection): after load, along the cycles, and after the last. */
  bytes: { afterLoad: number; afterWarmUp: number; after100: number; afterCycles: number };
  /** The same points split by a heap snapshot: where the growth is. */
  parts: { afterLoad: HeapParts; afterWarmUp: HeapParts; afterCycles: HeapParts };
}

/**
 * Runs `expression` in the page and awaits the promise it gives. Sent over a CDP session, not through
 * Playwright's locators: their script runs in the page's own heap, and over 200 cycles V8 compiles its
 * hot paths (about 0.3 MB measured), which the heap figure would count as the page's.
 */
async function inPage(cdp: CDPSession, expression: string): Promise<void> {
  const { exceptionDetails } = await cdp.send('Runtime.evaluate', { awaitPromise: true, expression });
  if (exceptionDetails) throw new Error(`bench: in the page, ${expression}: ${exceptionDetails.text}`);
}

/** Waits until `condition` (a JS expression) holds at an animation frame. */
const untilInPage = (cdp: CDPSession, condition: string) =>
  inPage(
    cdp,
    `new Promise((done) => { const check = () => (${condition}) ? done() : requestAnimationFrame(check); check(); })`,
  );

/**
 * The heap of a ready page, then under `POPUP_CYCLES` repetitions of `cycle`, which gets only raw input
 * (`page.mouse`, `page.keyboard`: the browser's input events, no script in the page) and `untilInPage`.
 * Playwright's own script (about 330 KB of source text) enters the page at the first locator action:
 * `locate` runs before the first reading, so neither its source nor its code counts as the page's growth.
 */
async function heapUnderCycles(
  page: Page,
  locate: () => Promise<void>,
  cycle: (cdp: CDPSession) => Promise<void>,
): Promise<HeapRun> {
  await locate();
  const cdp = await page.context().newCDPSession(page);
  // One evaluation over the session before the first reading: whatever the first one sets up is not growth.
  await untilInPage(cdp, 'true');
  const afterLoad = await heapBytes(page);
  const partsAfterLoad = await snapshotHeap(page);
  const along: Record<number, number> = {};
  let partsAfterWarmUp: HeapParts | undefined;
  for (let count = 1; count <= POPUP_CYCLES; count++) {
    await cycle(cdp);
    // Where the heap stands along the way: a warm-up levels off, a leak keeps climbing.
    if (count === WARM_UP_CYCLES || count === 100) along[count] = await heapBytes(page);
    if (count === WARM_UP_CYCLES) partsAfterWarmUp = await snapshotHeap(page);
  }
  const afterCycles = await heapBytes(page);
  // What grew: code V8 compiles as the paths get hot, or objects that pile up (a leak).
  const partsAfterCycles = await snapshotHeap(page);
  await cdp.detach();
  return {
    bytes: { afterLoad, afterWarmUp: along[WARM_UP_CYCLES]!, after100: along[100]!, afterCycles },
    parts: { afterLoad: partsAfterLoad, afterWarmUp: partsAfterWarmUp!, afterCycles: partsAfterCycles },
  };
}

const growth = (heap: HeapRun['bytes']) => heap.afterCycles / heap.afterLoad - 1;
const warmGrowth = (heap: HeapRun['bytes']) => heap.afterCycles / heap.afterWarmUp - 1;
/** Growth of what a leak piles up (JS and DOM objects), from the warm-up to the last cycle. */
const objectGrowth = (run: HeapRun) => leakable(run.parts.afterCycles) / leakable(run.parts.afterWarmUp) - 1;
/** The target's measure: JS objects from the warm-up to the last cycle, without the code V8 compiles. */
const jsObjectGrowth = (run: HeapRun) => run.parts.afterCycles.jsObjects / run.parts.afterWarmUp.jsObjects - 1;
/** The run whose JS objects grew the median amount of the runs: its figures are shown together. */
const medianRun = (runs: HeapRun[]): HeapRun =>
  [...runs].sort((a, b) => jsObjectGrowth(a) - jsObjectGrowth(b))[Math.floor(runs.length / 2)]!;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n');
}

const ms = (s: Summary) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percent = (fraction: number) => `${fraction < 0 ? '' : '+'}${(fraction * 100).toFixed(1)} %`;
const heapSteps = (heap: HeapRun['bytes']) =>
  [heap.afterWarmUp, heap.after100, heap.afterCycles].map((bytes) => (bytes / 1024 / 1024).toFixed(2)).join(' → ') +
  ' MB';
const partSteps = (run: HeapRun, part: keyof HeapParts) =>
  [run.parts.afterLoad, run.parts.afterWarmUp, run.parts.afterCycles].map((parts) => kb(parts[part])).join(' → ');

async function main() {
  const bareDir = await buildBarePage();
  const measuresCpu = canMeasureCpu();
  const { url, server } = await serveStatic({ '/app/': join(ROOT, 'dist'), '/bare/': bareDir });
  const browser = await launchBrowser();
  try {
    // `named`: the bare page with MapLibre writing the same names (bare/main.ts), the floor with
    // names added; it shows what names cost where nothing else is built to save the time back.
    const ready = { app: [] as number[], bare: [] as number[], named: [] as number[] };
    const cpu = { app: [] as number[], bare: [] as number[] };
    const frames = { app: [] as number[], bare: [] as number[] };
    const clicks: number[] = [];
    // One load of each page first, not counted. The first page a fresh browser opens compiles its
    // shaders and fills its caches in the GPU process; a page drawing the same kinds of layers after it
    // finds them ready. The app always loads first in a run, so uncounted, only its first load paid.
    const warmUp = await openReady(browser, `${url}/app/`);
    const camera = (await warmUp.page.locator('[data-map-ready]').getAttribute('data-camera'))!;
    await warmUp.close();
    await (await openReady(browser, `${url}/bare/?camera=${camera}`)).close();
    await (await openReady(browser, `${url}/bare/?camera=${camera}&names`)).close();
    for (let run = 0; run < RUNS; run++) {
      const app = await openReady(browser, `${url}/app/`);
      ready.app.push(app.readyMs);
      cpu.app.push(app.cpuMs);
      clicks.push(await clickToPopupMs(app.page));
      await app.page.keyboard.press('Escape');
      frames.app.push(await frameTimeOnPath(app.page));
      await app.close();

      const bare = await openReady(browser, `${url}/bare/?camera=${camera}`);
      ready.bare.push(bare.readyMs);
      cpu.bare.push(bare.cpuMs);
      frames.bare.push(await frameTimeOnPath(bare.page));
      await bare.close();

      const named = await openReady(browser, `${url}/bare/?camera=${camera}&names`);
      ready.named.push(named.readyMs);
      await named.close();
      console.log(
        `bench: run ${run + 1}/${RUNS} done: ready in ${Math.round(app.readyMs)} ms (app), ${Math.round(bare.readyMs)} ms (bare), ${Math.round(named.readyMs)} ms (bare with names)`,
      );
    }

    // The slow phone: first visits, app and bare page alternating, after the loopback runs (the GPU
    // process has compiled every shader by then, as a phone that has drawn a map before would have).
    const slow = {
      appDrawn: [] as number[],
      appReady: [] as number[],
      bareDrawn: [] as number[],
      namedDrawn: [] as number[],
    };
    for (let run = 0; run < THROTTLED_RUNS; run++) {
      const app = await openOnSlowPhone(browser, `${url}/app/`);
      slow.appDrawn.push(app.drawnMs);
      slow.appReady.push(app.readyMs);
      const bare = await openOnSlowPhone(browser, `${url}/bare/?camera=${camera}`);
      slow.bareDrawn.push(bare.drawnMs);
      const named = await openOnSlowPhone(browser, `${url}/bare/?camera=${camera}&names`);
      slow.namedDrawn.push(named.drawnMs);
      console.log(
        `bench: slow phone ${run + 1}/${THROTTLED_RUNS} done: drawn in ${Math.round(app.drawnMs)} ms (app, ready ${Math.round(app.readyMs)} ms), ${Math.round(bare.drawnMs)} ms (bare), ${Math.round(named.drawnMs)} ms (bare with names)`,
      );
    }

    // Memory: the app opens and closes Karachi's popup; the bare page, which has no popup, is
    // pressed at the same point. MapLibre draws a frame at every press (its pan gesture starts and
    // ends), and V8 compiles that path too: that is the floor for the same measure. The heap's growth
    // varies by several points from one page load to the next: each is measured MEMORY_RUNS times.
    const heapRuns = { app: [] as HeapRun[], bare: [] as HeapRun[] };
    let karachiAt = { x: 0, y: 0 };
    for (let run = 0; run < MEMORY_RUNS; run++) {
      const memory = await openReady(browser, `${url}/app/`);
      const karachi = memory.page.locator('.place-marker', { hasText: 'Karachi' });
      heapRuns.app.push(
        await heapUnderCycles(
          memory.page,
          async () => {
            // Opened once first: on a wide map the camera then makes room for the popup beside
            // Karachi, and later openings find it there and leave the map still.
            await karachi.click();
            await memory.page.locator('.maplibregl-popup').waitFor();
            await memory.page.keyboard.press('Escape');
            await memory.page.locator('[data-map-ready="true"]').waitFor();
            const dot = (await karachi.locator('.dot').boundingBox())!;
            karachiAt = { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 };
          },
          async (cdp) => {
            await memory.page.mouse.click(karachiAt.x, karachiAt.y);
            await untilInPage(cdp, 'document.querySelector(".maplibregl-popup")');
            await memory.page.keyboard.press('Escape');
            await untilInPage(cdp, '!document.querySelector(".maplibregl-popup")');
          },
        ),
      );
      await memory.close();

      const bareMemory = await openReady(browser, `${url}/bare/?camera=${camera}`);
      heapRuns.bare.push(
        await heapUnderCycles(
          bareMemory.page,
          async () => void (await bareMemory.page.locator('#map').boundingBox()),
          async (cdp) => {
            await bareMemory.page.mouse.click(karachiAt.x, karachiAt.y);
            // Each press's frame drawn before the next press, as the app's popup cycles wait on theirs.
            await inPage(cdp, 'new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)))');
          },
        ),
      );
      await bareMemory.close();
      console.log(`bench: memory run ${run + 1}/${MEMORY_RUNS} done`);
    }
    const appHeap = medianRun(heapRuns.app);
    const bareHeap = medianRun(heapRuns.bare);

    const bytes = bytesShipped(join(ROOT, 'dist'));
    const results = {
      date: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores, Chromium ${browser.version()} with SwiftShader (no GPU)`,
      runs: RUNS,
      readyMs: { app: summarize(ready.app), bare: summarize(ready.bare) },
      readyRatio: summarize(ready.app).median / summarize(ready.bare).median,
      // The floor with names added, against the floor.
      readyMsBareWithNames: summarize(ready.named),
      readyRatioBareWithNames: summarize(ready.named).median / summarize(ready.bare).median,
      // CPU of every browser process from navigation to ready; absent where there is no /proc.
      cpuToReadyMs: measuresCpu ? { app: summarize(cpu.app), bare: summarize(cpu.bare) } : undefined,
      cpuRatio: measuresCpu ? summarize(cpu.app).median / summarize(cpu.bare).median : undefined,
      clickToPopupMs: summarize(clicks),
      // A first visit on a slow phone (SLOW_PHONE): the first view drawn whole, and the app ready.
      slowPhone: {
        conditions: SLOW_PHONE,
        runs: THROTTLED_RUNS,
        drawnMs: {
          app: summarize(slow.appDrawn),
          bare: summarize(slow.bareDrawn),
          bareWithNames: summarize(slow.namedDrawn),
        },
        drawnRatio: summarize(slow.appDrawn).median / summarize(slow.bareDrawn).median,
        // The floor with names added (its one Latin font file), against the floor.
        drawnRatioBareWithNames: summarize(slow.namedDrawn).median / summarize(slow.bareDrawn).median,
        appReadyMs: summarize(slow.appReady),
      },
      frameMs: { app: summarize(frames.app), bare: summarize(frames.bare) },
      frameRatio: summarize(frames.app).median / summarize(frames.bare).median,
      // The app: popups opened and closed; the bare page: presses at the same point.
      heap: { app: appHeap, bare: bareHeap },
      heapGrowthRuns: {
        app: heapRuns.app.map((run) => growth(run.bytes)),
        bare: heapRuns.bare.map((run) => growth(run.bytes)),
      },
      heapGrowth: { app: growth(appHeap.bytes), bare: growth(bareHeap.bytes) },
      jsObjectGrowthRuns: { app: heapRuns.app.map(jsObjectGrowth), bare: heapRuns.bare.map(jsObjectGrowth) },
      heapGrowthAfterWarmUp: { app: warmGrowth(appHeap.bytes), bare: warmGrowth(bareHeap.bytes) },
      // From the warm-up on: JS objects alone, and JS and DOM objects together.
      jsObjectGrowthAfterWarmUp: { app: jsObjectGrowth(appHeap), bare: jsObjectGrowth(bareHeap) },
      objectGrowthAfterWarmUp: { app: objectGrowth(appHeap), bare: objectGrowth(bareHeap) },
      bytes,
      targets: checkTargets({
        readyRatio: summarize(ready.app).median / summarize(ready.bare).median,
        frameRatio: summarize(frames.app).median / summarize(frames.bare).median,
        slowDrawnRatio: summarize(slow.appDrawn).median / summarize(slow.bareDrawn).median,
        firstVisitGzip: FIRST_VISIT.reduce((sum, name) => sum + (bytes[name]?.gzip ?? 0), 0),
        jsObjectGrowth: { app: jsObjectGrowth(appHeap), bare: jsObjectGrowth(bareHeap) },
        ourJsGzip: bytes['our JS']?.gzip ?? 0,
        geoGzip: bytes['geo data']?.gzip ?? 0,
      }),
    };

    const byteRow = (name: ByteCategory) => [name, kb(bytes[name]?.raw ?? 0), kb(bytes[name]?.gzip ?? 0)];
    console.log(`\nCorridor map benchmark, ${results.date.slice(0, 10)}; ${results.machine}; ${RUNS} runs each\n`);
    console.log(
      table([
        ['measure', 'app', 'bare MapLibre', 'app/bare'],
        ['time to ready', ms(results.readyMs.app), ms(results.readyMs.bare), results.readyRatio.toFixed(2)],
        [
          '  the same, bare MapLibre writing the names',
          '',
          ms(results.readyMsBareWithNames),
          results.readyRatioBareWithNames.toFixed(2),
        ],
        results.cpuToReadyMs
          ? [
              '  CPU to ready, all browser processes',
              ms(results.cpuToReadyMs.app),
              ms(results.cpuToReadyMs.bare),
              results.cpuRatio!.toFixed(2),
            ]
          : ['  CPU to ready', 'not measured here (needs Linux /proc)', '', ''],
        ['frame time, camera path', ms(results.frameMs.app), ms(results.frameMs.bare), results.frameRatio.toFixed(2)],
        ['click to popup', ms(results.clickToPopupMs), '', ''],
        [
          `slow phone: first view drawn (${THROTTLED_RUNS} first visits each)`,
          ms(results.slowPhone.drawnMs.app),
          ms(results.slowPhone.drawnMs.bare),
          results.slowPhone.drawnRatio.toFixed(2),
        ],
        [
          '  the same, bare MapLibre writing the names',
          '',
          ms(results.slowPhone.drawnMs.bareWithNames),
          results.slowPhone.drawnRatioBareWithNames.toFixed(2),
        ],
        ['  the same, app ready', ms(results.slowPhone.appReadyMs), '', ''],
        [
          `JS objects (snapshot), load → ${WARM_UP_CYCLES} → ${POPUP_CYCLES} popups (bare: presses)`,
          partSteps(appHeap, 'jsObjects'),
          partSteps(bareHeap, 'jsObjects'),
          `${percent(results.jsObjectGrowthAfterWarmUp.app)} / ${percent(results.jsObjectGrowthAfterWarmUp.bare)}`,
        ],
        [
          `  ${WARM_UP_CYCLES} → ${POPUP_CYCLES} in each of the ${MEMORY_RUNS} loads`,
          results.jsObjectGrowthRuns.app.map(percent).join(', '),
          results.jsObjectGrowthRuns.bare.map(percent).join(', '),
          '',
        ],
        [
          `  compiled code (snapshot), load → ${WARM_UP_CYCLES} → ${POPUP_CYCLES}`,
          partSteps(appHeap, 'code'),
          partSteps(bareHeap, 'code'),
          '',
        ],
        [
          `  DOM and browser objects, outside the JS heap, the same`,
          partSteps(appHeap, 'browserObjects'),
          partSteps(bareHeap, 'browserObjects'),
          '',
        ],
        [
          `  JS and DOM objects together, ${WARM_UP_CYCLES} → ${POPUP_CYCLES}`,
          '',
          '',
          `${percent(results.objectGrowthAfterWarmUp.app)} / ${percent(results.objectGrowthAfterWarmUp.bare)}`,
        ],
        [
          `used JS heap, load → ${POPUP_CYCLES} (for information: counts compiled code), median of ${MEMORY_RUNS} loads`,
          `${kb(appHeap.bytes.afterLoad)} → ${kb(appHeap.bytes.afterCycles)}`,
          `${kb(bareHeap.bytes.afterLoad)} → ${kb(bareHeap.bytes.afterCycles)}`,
          `${percent(results.heapGrowth.app)} / ${percent(results.heapGrowth.bare)}`,
        ],
        [
          `  in each of the ${MEMORY_RUNS} loads`,
          results.heapGrowthRuns.app.map(percent).join(', '),
          results.heapGrowthRuns.bare.map(percent).join(', '),
          '',
        ],
        [
          `  after ${WARM_UP_CYCLES} → 100 → ${POPUP_CYCLES}`,
          heapSteps(appHeap.bytes),
          heapSteps(bareHeap.bytes),
          `${percent(results.heapGrowthAfterWarmUp.app)} / ${percent(results.heapGrowthAfterWarmUp.bare)}`,
        ],
      ]),
    );
    console.log('');
    console.log(
      table([
        ['bytes shipped', 'raw', 'gzip'],
        byteRow('our JS'),
        byteRow('maplibre-gl JS'),
        byteRow('maplibre-gl CSS'),
        byteRow('CSS'),
        byteRow('fonts'),
        byteRow('geo data'),
        byteRow('on demand'),
        byteRow('other'),
        [
          `first visit beyond MapLibre's files (${FIRST_VISIT.join(', ')})`,
          kb(FIRST_VISIT.reduce((sum, name) => sum + (bytes[name]?.raw ?? 0), 0)),
          kb(FIRST_VISIT.reduce((sum, name) => sum + (bytes[name]?.gzip ?? 0), 0)),
        ],
      ]),
    );
    console.log('');
    console.log(
      table([
        ['target', 'figure', 'target', 'met'],
        ...results.targets.map((check) => [check.measure, check.value, check.target, check.met ? 'yes' : 'no']),
      ]),
    );
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nbench: figures written to ${OUTPUT}`);
  } finally {
    await browser.close();
    server.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
}

/**
 * The scale mode: the app with 1, 10 and 100 times its nodes, segments and article places (scale.ts,
 * built for the benchmark alone), loaded in turn: ready, the drag's frame time and a click to a popup
 * at each, and how many markers the page then holds.
 */
async function scaleMode() {
  const browserPath = findChromium();
  if (!browserPath) throw new Error('bench: no Chromium found; run `npm run test:e2e` once, or set CHROMIUM_PATH');
  const folders: Record<number, string> = { 1: join(ROOT, 'dist') };
  for (const factor of SCALES.filter((factor) => factor > 1)) folders[factor] = await buildScaled(ROOT, factor);
  const { url, server } = await serveStatic(
    Object.fromEntries(SCALES.map((factor) => [`/x${factor}/`, folders[factor]!])),
  );
  const browser = await launchBrowser();
  try {
    const figures = Object.fromEntries(
      SCALES.map((factor) => [
        factor,
        { ready: [] as number[], frame: [] as number[], click: [] as number[], markers: 0 },
      ]),
    );
    for (const factor of SCALES) await (await openReady(browser, `${url}/x${factor}/`)).close();
    for (let run = 0; run < SCALE_RUNS; run++) {
      for (const factor of SCALES) {
        const page = await openReady(browser, `${url}/x${factor}/`);
        const at = figures[factor]!;
        at.ready.push(page.readyMs);
        at.markers = await page.page.locator('.maplibregl-marker').count();
        at.click.push(await clickToPopupMs(page.page));
        await page.page.keyboard.press('Escape');
        at.frame.push(await frameTimeOnPath(page.page));
        await page.close();
      }
      console.log(`bench: scale run ${run + 1}/${SCALE_RUNS} done`);
    }
    const one = figures[1]!;
    const rows = SCALES.map((factor) => {
      const at = figures[factor]!;
      return {
        factor,
        markers: at.markers,
        readyMs: summarize(at.ready),
        frameMs: summarize(at.frame),
        clickToPopupMs: summarize(at.click),
        readyRatio: summarize(at.ready).median / summarize(one.ready).median,
        frameRatio: summarize(at.frame).median / summarize(one.frame).median,
      };
    });
    console.log(`\nCorridor map at scale, ${new Date().toISOString().slice(0, 10)}; ${SCALE_RUNS} runs each\n`);
    console.log(
      table([
        ['content', 'markers', 'time to ready', 'frame time, drag', 'click to popup', 'ready / 1×', 'frame / 1×'],
        ...rows.map((row) => [
          `${row.factor}×`,
          String(row.markers),
          ms(row.readyMs),
          ms(row.frameMs),
          ms(row.clickToPopupMs),
          row.readyRatio.toFixed(2),
          row.frameRatio.toFixed(2),
        ]),
      ]),
    );
    const ten = rows.find((row) => row.factor === 10)!;
    console.log(
      `\ntarget: at 10×, ready and frame time ≤ 1.2× their 1× figures: ${ten.readyRatio.toFixed(2)} and ${ten.frameRatio.toFixed(2)}, ${ten.readyRatio <= 1.2 && ten.frameRatio <= 1.2 ? 'met' : 'not met'}`,
    );
    mkdirSync(dirname(SCALE_OUTPUT), { recursive: true });
    writeFileSync(
      SCALE_OUTPUT,
      `${JSON.stringify({ date: new Date().toISOString(), runs: SCALE_RUNS, rows }, null, 2)}\n`,
    );
    console.log(`\nbench: figures written to ${SCALE_OUTPUT}`);
  } finally {
    await browser.close();
    server.close();
    for (const factor of SCALES.filter((factor) => factor > 1)) rmSync(dirname(folders[factor]!), { recursive: true });
  }
}

(process.argv.includes('--scale') ? scaleMode() : main()).catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
