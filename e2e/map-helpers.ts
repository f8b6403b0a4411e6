import type { FrameLocator, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { project, type Corridor, type CorridorFacts, type Places } from '../geo/contract.ts';
import { attribution } from '../src/content/credits.ts';
import { ui } from '../src/content/ui.ts';
import { expect } from './fixtures.ts';

/**
 * Things on the page as a reader finds them: by role and accessible name, in the content's own words
 * (src/content/), so that a change of wording is one edit. A CSS class only where nothing names the thing.
 */
type Scope = Page | FrameLocator;

/** The map's key: the group headed by its summary, "Key" (its list is hidden while it is folded). */
export const key = (scope: Scope) =>
  scope.getByRole('group').filter({ has: scope.getByText(ui.key.summary, { exact: true }) });

/** The credits and boundary disclaimer under the map. */
export const credits = (scope: Scope) => scope.getByRole('main').getByText(attribution);

/** The panel beside the map (under it on a phone): the story's controls, the figures and the article. */
export const panel = (scope: Scope) => scope.getByRole('complementary', { name: ui.sheet.label });

/**
 * The panel's sections after the article (the ledger, the timeline, the routes, the sources, the
 * data), which load as the reader nears them: brought near as a reader scrolling the panel would, and
 * waited for.
 */
export async function scrollToLowerSections(scope: Scope): Promise<void> {
  const waiting = scope.locator('[data-lower-sections="waiting"]');
  if ((await waiting.count()) > 0) await waiting.scrollIntoViewIfNeeded();
  await expect(panel(scope).getByRole('region', { name: ui.ledger.heading })).toBeAttached();
}

/** A passage of the article: a link named by its words. */
export const passage = (scope: Scope, words: string) => scope.getByRole('article').getByRole('link', { name: words });

/** The article's passages about the selected place. */
export const currentPassages = (scope: Scope) => scope.getByRole('article').locator('a[aria-current="true"]');

/** The story's line saying which chapter the reader is in (a live region with no role of its own). */
export const storyProgress = (scope: Scope) => scope.locator('.story-bar .progress');

/** The button that starts the story, or resumes it where the reader left. */
export const storyStart = (scope: Scope) =>
  scope
    .getByRole('button', { name: ui.story.enter })
    .or(scope.getByRole('button', { name: new RegExp(`^${ui.story.resume(1, 1).split(':')[0]}`) }));

/** A chapter's section of the article, by the chapter's id in src/content/chapters.ts. */
export const chapterSection = (scope: Scope, id: string) => scope.locator(`section[data-chapter="${id}"]`);

/** Where a longitude/latitude is on the page, from the camera the map reports when idle. */
export async function pixelOf(page: Page, at: [number, number]): Promise<{ x: number; y: number }> {
  return (await projector(page))(at);
}

/** Turns longitudes/latitudes into page pixels, for the camera the map reports now (when idle). */
export async function projector(page: Page): Promise<(at: readonly number[]) => { x: number; y: number }> {
  const map = page.locator('[data-map-ready="true"]');
  const camera = await map.getAttribute('data-camera');
  const box = await map.boundingBox();
  if (!camera || !box) throw new Error('projector: the map is not ready');
  const [centerLon, centerLat, zoom] = camera.split(',').map(Number) as [number, number, number];
  const [cx, cy] = project([centerLon, centerLat], zoom);
  return (at) => {
    const [x, y] = project(at, zoom);
    return { x: box.x + box.width / 2 + (x - cx), y: box.y + box.height / 2 + (y - cy) };
  };
}

/** The names over the map (MapLabels) that found room, of one kind: country, stop, neighbour or sea. */
export const placedNames = (scope: Scope, kind?: 'country' | 'stop' | 'neighbour' | 'sea') =>
  scope.locator(`.map-name${kind ? `.${kind}` : ''}:not(.unplaced)`);

/** The box of what a name shows: a country's shown without its native line is its first line. */
export async function shownBox(name: Locator): Promise<Box> {
  const short = await name.evaluate((element) => element.classList.contains('short'));
  return (await (short ? name.locator(':scope > span').first() : name).boundingBox())!;
}

/** Every name over the map, placed or waiting for room. */
export const allNames = (scope: Scope, kind: 'country' | 'stop' | 'neighbour' | 'sea') =>
  scope.locator(`.map-name.${kind}`);

const corridorGeo = JSON.parse(readFileSync(new URL('../geo/corridor.geojson', import.meta.url), 'utf8')) as Corridor;

/** The main route's lines as the page shows them now, in page pixels (the 2021 variant left out). */
export async function corridorOnPage(page: Page): Promise<Array<Array<[number, number]>>> {
  const toPage = await projector(page);
  return corridorGeo.features
    .filter((segment) => !segment.properties.alternative)
    .map((segment) =>
      segment.geometry.coordinates.map((at) => {
        const { x, y } = toPage(at);
        return [x, y] as [number, number];
      }),
    );
}

/** The crossings geo/ found on both routes, read as the other geo files are. */
const factsGeo = JSON.parse(readFileSync(new URL('../geo/facts.json', import.meta.url), 'utf8')) as CorridorFacts;
export const crossingsGeo = [...factsGeo.main.crossings, ...factsGeo.alternative.crossings];
const placesGeo = JSON.parse(readFileSync(new URL('../geo/places.geojson', import.meta.url), 'utf8')) as Places;

/** What a subject covers on the map: a place's point, a stretch's line, a country's stretches of the main route. */
export function covered(kind: string, id: string): Array<[number, number]> {
  if (kind === 'crossing') return [crossingsGeo.find((crossing) => crossing.id === id)!.at];
  if (kind === 'place')
    return [placesGeo.features.find((point) => point.id === id)!.geometry.coordinates as [number, number]];
  const lines = corridorGeo.features.filter((segment) =>
    kind === 'segment'
      ? segment.id === id
      : !segment.properties.alternative && segment.properties.countries.includes(id),
  );
  return lines.flatMap((segment) => segment.geometry.coordinates as Array<[number, number]>);
}

/** A subject's box on the page, grown by a dot's half where it is a place, by a mark's half where a crossing. */
export async function projectedBox(page: Page, kind: string, id: string): Promise<Box> {
  const toPage = await projector(page);
  const xy = covered(kind, id).map((at) => toPage(at));
  const grow = kind === 'place' ? 7 : kind === 'crossing' ? 10 : 0;
  const [xs, ys] = [xy.map((p) => p.x), xy.map((p) => p.y)];
  const [x0, y0] = [Math.min(...xs) - grow, Math.min(...ys) - grow];
  return { x: x0, y: y0, width: Math.max(...xs) + grow - x0, height: Math.max(...ys) + grow - y0 };
}

/** Clicks the map at a longitude/latitude, as a reader would click what they see there. */
export async function clickMapAt(page: Page, at: [number, number]): Promise<void> {
  const { x, y } = await pixelOf(page, at);
  await page.mouse.click(x, y);
}

export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes on the page share any area (touching edges do not count). */
export const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The selection's details: a popup beside it on a wide map, a card along the map's foot on a narrower one. */
export const popup = (page: Page) => page.locator('[data-selection-details]');

/** The selection's details as the reader sees them: a popup's content (its tip aside), or the card. */
async function detailsElement(page: Page | FrameLocator): Promise<Locator> {
  const details = page.locator('[data-selection-details]');
  const content = details.locator('.maplibregl-popup-content');
  return (await content.count()) > 0 ? content : details;
}

/** The box of the selection's details as the reader sees them. */
export async function detailsBox(page: Page | FrameLocator): Promise<Box> {
  return (await (await detailsElement(page)).boundingBox())!;
}

/**
 * How much of the details' text the reader sees, in px of its height, and how tall the whole text is:
 * a popup's content, or the card, scrolls what does not fit.
 */
export async function detailsShown(page: Page): Promise<{ shown: number; whole: number }> {
  return (await detailsElement(page)).evaluate((element) => ({
    shown: element.clientHeight,
    whole: element.scrollHeight,
  }));
}

export async function expectOnePopup(page: Page, heading: string | RegExp): Promise<void> {
  await expect(popup(page)).toHaveCount(1);
  await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText(heading);
}

/** Makes the page's canvases refuse WebGL, as a browser without it would. */
export async function disableWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return original.call(this, type as '2d', ...(rest as []));
    } as typeof original;
  });
}

/** A place's marker: a button named by its English name, then its native name. */
export const marker = (scope: Scope, name: string) =>
  scope.getByRole('button', { name: new RegExp(`^${name} `) }).and(scope.locator('.place-marker'));

/**
 * Turns the mouse wheel over the article's scrolling panel (`body`) until `section`'s top sits `above` px
 * above the reading line (30 % of the panel's height) and `reached` passes, measuring again and correcting
 * as a reader does when a turn lands short. A turn scrolls smoothly, after the call that sent it returns:
 * each is let come to rest before measuring again, or a second turn would add to one still under way.
 */
export async function wheelToReadingLine(
  page: Page,
  body: Locator,
  section: Locator,
  above: number,
  reached: () => Promise<void>,
): Promise<void> {
  const box = (await body.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(async () => {
    const { delta, top } = await section.evaluate((element, above) => {
      const panel = element.closest<HTMLElement>('.body')!;
      const line = panel.clientHeight * 0.3 - above;
      return {
        delta: element.getBoundingClientRect().top - panel.getBoundingClientRect().top - line,
        top: panel.scrollTop,
      };
    }, above);
    if (Math.abs(delta) > 1) {
      await page.mouse.wheel(0, delta);
      await scrollComesToRest(body, top);
    }
    await reached();
  }).toPass();
}

/** Resolves once the panel's scroll position has left `from` and held still for five frames, or after 5 s. */
async function scrollComesToRest(body: Locator, from: number): Promise<void> {
  await body.evaluate(
    (panel, from) =>
      new Promise<void>((done) => {
        const started = performance.now();
        let last = panel.scrollTop;
        let stillFrames = 0;
        const check = () => {
          const top = panel.scrollTop;
          stillFrames = top === last ? stillFrames + 1 : 0;
          last = top;
          if ((top !== from && stillFrames >= 5) || performance.now() - started > 5000) return done();
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    from,
  );
}

/** A frame in which the page drew with WebGL: its time (ms from navigation) and its draw calls. */
export interface DrawnFrame {
  time: number;
  draws: number;
}

/**
 * Records every frame in which the page draws with WebGL. Draw calls are grouped by the frame's
 * time (`document.timeline`), the same for every animation callback of one frame.
 */
export async function recordDrawnFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const frames: DrawnFrame[] = [];
    (globalThis as { drawnFrames?: typeof frames }).drawnFrames = frames;
    const count = () => {
      const time = Number(document.timeline.currentTime);
      const last = frames.at(-1);
      if (last?.time === time) last.draws++;
      else frames.push({ time, draws: 1 });
    };
    const gl = WebGL2RenderingContext.prototype;
    const { drawElements, drawArrays } = gl;
    gl.drawElements = function (this: WebGL2RenderingContext, ...args: Parameters<typeof drawElements>) {
      count();
      return drawElements.apply(this, args);
    };
    gl.drawArrays = function (this: WebGL2RenderingContext, ...args: Parameters<typeof drawArrays>) {
      count();
      return drawArrays.apply(this, args);
    };
  });
}

export const drawnFrames = (page: Page): Promise<DrawnFrame[]> =>
  page.evaluate(() => (globalThis as unknown as { drawnFrames: DrawnFrame[] }).drawnFrames);
