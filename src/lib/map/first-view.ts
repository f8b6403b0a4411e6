import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The one place the app reaches into MapLibre's internals: the map's painter, which MapLibre types
 * as public but documents nowhere. `missingForTheHold` says what a MapLibre upgrade took away; a unit
 * test runs it on the installed maplibre-gl.
 */
const FILE = 'src/lib/map/first-view.ts';

/**
 * How long the map may stay undrawn waiting for its first view. Past it, what has arrived is drawn
 * and the rest comes in piece by piece, as MapLibre draws by default: a slow file never leaves a
 * blank map.
 */
export const FIRST_VIEW_HOLD_LIMIT_MS = 4000;

/** What of MapLibre's map this needs; the real map has it all. */
type HeldMap = Pick<MapLibreMap, 'painter' | 'loaded' | 'triggerRepaint' | 'on' | 'off'>;

export interface HoldOptions {
  /** Called once, as the first frame is drawn: what the page lays over the map may show from then on. */
  ondrawn?: () => void;
  holdLimitMs?: number;
}

/**
 * Draws the map's first view once, whole, instead of once per file as each one's tiles arrive.
 *
 * MapLibre draws a frame whenever tiles come in, so the first view is built over five to seven
 * frames, each one drawing everything so far and handing a full canvas to the page. With a GPU a
 * frame is cheap. Without one (WebGL drawn in software, as on the benchmark's machine and many
 * virtual ones) each costs the browser a few hundred milliseconds of CPU, taken from the worker that
 * is still cutting the other files' tiles. Until the map reports everything loaded (MapLibre's own
 * `loaded()`, which fires `load` at the same frame) its painter skips the frame; the first frame
 * drawn holds the whole view. Sources that fail count as loaded, so a broken file does not hold it.
 *
 * Frames after the first are never held: camera moves draw new tiles as they arrive.
 * Returns a function that lets go of the map without asking for a frame (nor calling `ondrawn`), for
 * its removal.
 */
export function drawFirstViewWhole(
  map: HeldMap,
  { ondrawn = () => {}, holdLimitMs = FIRST_VIEW_HOLD_LIMIT_MS }: HoldOptions = {},
): () => void {
  const { painter } = map;
  const render = painter?.render;
  if (typeof render !== 'function') {
    // The map still draws, file by file as before: say so plainly, once, rather than break it.
    console.error(`${FILE}: this maplibre-gl has no Map.painter.render to hold; the first view is drawn unheld`);
    ondrawn();
    return () => {};
  }
  let held = true;

  const stop = () => {
    if (!held) return;
    held = false;
    painter.render = render;
    clearTimeout(timer);
    map.off('idle', release);
  };
  /** Draws now, whatever is loaded. */
  function release() {
    if (!held) return;
    stop();
    map.triggerRepaint();
    ondrawn();
  }

  painter.render = function (...args: Parameters<typeof render>) {
    if (!map.loaded()) return;
    stop();
    render.apply(painter, args);
    ondrawn();
  };
  // MapLibre fires `idle` only once loaded, after the frame: should a frame have been skipped even
  // so, the view is drawn at the next.
  map.on('idle', release);
  const timer = setTimeout(release, holdLimitMs);
  return stop;
}

/**
 * What the hold relies on in a version of MapLibre's Map class and finds missing, in plain words;
 * empty when everything is there. The map makes its painter in `_setupPainter` and calls the
 * painter's `render` once a frame from `_render`; `loaded`, `triggerRepaint`, `on` and `off` are public.
 */
export function missingForTheHold(MapClass: { prototype: object }): string[] {
  const prototype = MapClass.prototype as Record<string, unknown>;
  const source = (name: string) => (typeof prototype[name] === 'function' ? String(prototype[name]) : '');
  const missing: string[] = [];
  if (!/\.painter\s*=/.test(source('_setupPainter'))) missing.push('Map#_setupPainter no longer sets this.painter');
  if (!/\.painter\.render\(/.test(source('_render')))
    missing.push('Map#_render no longer calls this.painter.render(…)');
  for (const name of ['loaded', 'triggerRepaint', 'on', 'off'])
    if (typeof prototype[name] !== 'function') missing.push(`Map#${name} is gone`);
  return missing.map((what) => `${FILE}: the first view's hold relies on it: ${what}`);
}
