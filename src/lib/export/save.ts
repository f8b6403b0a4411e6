/**
 * Saving the figure as a PNG file: as on screen, or laid out anew at a publishing size. Loaded when a
 * reader first asks to save (ExportControls): a first visit does not download it. Printing needs only
 * capture.ts, which draws at once.
 */
import { Map as MapLibreMap, type LngLatBoundsLike } from 'maplibre-gl';
import { MAP_EXTENT } from '../../../geo/contract';
import { attribution } from '../../content/credits';
import { title } from '../../content/page';
import type { Catalogue } from '../model/catalogue';
import { drawsRouteLine } from '../model/compared';
import { calloutOf } from '../model/callout';
import type { Selection } from '../model/selection';
import type { Shown } from '../model/describe';
import { corridorFacts } from '../model/facts';
import type { LabelBoard } from '../map/label-board.svelte';
import { provideCrossingIcons } from '../map/crossing-marks';
import { boxOf, overlays, subtitleOf } from './capture';
import { bandHeight, drawFigure, overlayInsets, type FigureInput, type FigureName } from './figure';
import { font as fontTokens, mapNames } from '../../theme/tokens';
import { calloutPlace, pixelsOf, type Density, type Preset } from './presets';
import { withTexts } from './png-text';

/** How long a map made for a publishing size may take to draw: far past the slowest seen (a few seconds on the CPU). */
const PRESET_WAIT_MS = 60_000;

/** The largest side an exported image may have: what every WebGL2 browser can draw into. */
export const MAX_SIDE = 4096;

/** What a saved figure shows over the map: the page's overlays and the selection's callout. */
type Overlays = ReturnType<typeof overlays> & Pick<FigureInput, 'callout'>;

/** The overlays with the selection's callout, pointing from where the selection lies on `map`. */
function withCallout(
  map: MapLibreMap,
  catalogue: Catalogue,
  selection: Selection | null,
  figure: ReturnType<typeof overlays>,
): Overlays {
  const callout = calloutOf(catalogue, selection);
  if (!callout) return figure;
  const view = catalogue.view(selection);
  if (!view) return { ...figure, callout };
  const { x, y } = map.project(view.at);
  return { ...figure, callout: { ...callout, anchor: [x, y] } };
}

/** Names whose boxes (measured in the figure's own type) do not overlap one kept before them, in order. */
function clearOfEachOther<T extends { kind: FigureName['kind']; text: string; at: [number, number] }>(names: T[]): T[] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return names;
  const kept: Array<{ left: number; top: number; right: number; bottom: number }> = [];
  return names.filter((name) => {
    const style: { size: number; weight?: number } =
      name.kind === 'stop' || name.kind === 'route'
        ? mapNames[name.kind]
        : mapNames[name.kind === 'sea' ? 'sea' : 'neighbour'];
    context.font = `${style.weight ?? fontTokens.regular} ${style.size}px ${fontTokens.sans}`;
    const [left, top] = name.at;
    const box = { left, top, right: left + context.measureText(name.text).width, bottom: top + style.size * 1.2 };
    if (
      kept.some(
        (other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom,
      )
    )
      return false;
    kept.push(box);
    return true;
  });
}

/** Asks for the fonts the figure sets its text in, with its text: the figure is drawn once they are in. */
async function loadFonts(figure: Overlays): Promise<void> {
  const texts = [
    ...figure.countryLabels.flatMap((label) => [label.name.toUpperCase(), ...label.native.map((n) => n.text)]),
    ...figure.places.flatMap((place) => [place.name, ...place.native.map((n) => n.text)]),
    ...figure.names.map((name) => name.text.toUpperCase()),
    figure.callout?.line ?? '',
  ].join(' ');
  await Promise.all([
    ...['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 13px "Noto Sans"`, texts)),
    document.fonts.load('400 13px "Noto Serif"', figure.callout?.excerpt?.text ?? 'a'),
  ]);
}

/**
 * The figure at `factor` times the screen's resolution (capped at MAX_SIDE a side), with a band under
 * a tall map for its selection's callout: the map is
 * drawn again at that pixel ratio, copied in the frame it is drawn, then put back as it was. The
 * text the page draws over the map must be in the fonts already loaded; they are asked for first.
 */
export async function captureFigure(
  map: MapLibreMap,
  catalogue: Catalogue,
  labels: LabelBoard,
  shown: Shown,
  factor = 2,
): Promise<HTMLCanvasElement> {
  const { width, height: mapHeight } = boxOf(map);
  const figure = withCallout(map, catalogue, shown.selection, overlays(map, catalogue, labels, shown));
  await loadFonts(figure);
  // A tall map (a phone's) keeps its whole view: the selection's callout goes in a band under it.
  const place = calloutPlace(width, mapHeight);
  if (figure.callout && place === 'band') figure.callout.place = place;
  const height =
    figure.callout?.place === 'band' ? mapHeight + bandHeight(figure.callout, width, attribution) : mapHeight;
  const original = map.getPixelRatio();
  const scale = Math.min(factor * devicePixelRatio, MAX_SIDE / width, MAX_SIDE / height);

  map.setPixelRatio(scale);
  try {
    await map.once('idle');
    map.redraw();
    const canvas = document.createElement('canvas');
    drawFigure(canvas, { map: map.getCanvas(), width, height, mapHeight, scale, ...figure });
    return canvas;
  } finally {
    map.setPixelRatio(original);
  }
}

/**
 * The figure laid out anew at a publishing size (presets.ts): a map of that shape is made apart from
 * the page's, off screen, with the same style and data, framing what the reader's map shows inside
 * the room the title, the callout and the credits leave; drawn at the preset's pixels; then removed.
 * The page's map is not touched.
 */
export async function capturePreset(
  live: MapLibreMap,
  catalogue: Catalogue,
  labels: LabelBoard,
  shown: Shown,
  preset: Preset,
  density: Density,
): Promise<HTMLCanvasElement> {
  const { width, height } = preset.css;
  const scale = pixelsOf(preset, density).width / width;
  const callout = calloutOf(catalogue, shown.selection);
  const place = calloutPlace(width, height);
  // A tall figure tells its selection in a band under the map: the map is that much shorter.
  const mapHeight = callout && place === 'band' ? height - bandHeight(callout, width, attribution) : height;
  const padding = overlayInsets({
    width,
    height: mapHeight,
    title,
    subtitle: subtitleOf(shown),
    attribution,
    ...(callout && { callout }),
  });
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  Object.assign(container.style, {
    position: 'fixed',
    top: '0',
    left: `${-2 * width}px`,
    width: `${width}px`,
    height: `${mapHeight}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  let map: MapLibreMap | undefined;
  let giveUp: ReturnType<typeof setTimeout> | undefined;
  try {
    map = new MapLibreMap({
      container,
      style: live.getStyle(),
      bounds: framed(live, shown),
      fitBoundsOptions: { padding },
      pixelRatio: scale,
      maxBounds: MAP_EXTENT.maxBounds,
      maxZoom: MAP_EXTENT.maxZoom,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
    });
    provideCrossingIcons(map);
    // Listened for at once: with its files in the cache, the map may be loaded and idle in one frame,
    // and a listener added after 'load' would wait for an idle that never comes. A map that never
    // settles fails the export with a reason, rather than leave the button busy for good.
    await Promise.race([
      map.once('idle'),
      new Promise((_, reject) => {
        giveUp = setTimeout(
          () => reject(new Error(`the ${preset.id} map was not drawn in ${PRESET_WAIT_MS} ms`)),
          PRESET_WAIT_MS,
        );
      }),
    ]);
    const placed = overlays(map, catalogue, labels, shown, { zoom: live.getZoom() });
    // Placed for the page's scale, names drawn at another may run into each other: the first keeps its place.
    const names = placed.rescaled ? clearOfEachOther(placed.names) : placed.names;
    const figure = withCallout(map, catalogue, shown.selection, { ...placed, names });
    if (figure.callout) figure.callout.place = place;
    await loadFonts(figure);
    map.redraw();
    const canvas = document.createElement('canvas');
    drawFigure(canvas, {
      map: map.getCanvas(),
      width,
      height,
      scale,
      ...figure,
      mapHeight,
      keyAt: place === 'band' ? 'top-right' : 'bottom-left',
    });
    return canvas;
  } finally {
    clearTimeout(giveUp);
    map?.remove();
    container.remove();
  }
}

/**
 * What a map made for a publishing size frames: the whole corridor, as the first view does, its
 * selection highlighted and told in the callout; with other routes drawn beside it, what the reader's
 * map shows, which the page framed to hold them.
 */
function framed(live: MapLibreMap, shown: Shown): LngLatBoundsLike {
  return drawsRouteLine(shown.route) ? live.getBounds() : corridorFacts.firstView;
}

/**
 * Saves a canvas as a PNG file through the browser's download, with no request to any server; `texts`
 * travel inside the file (its title and its alt text, as iTXt chunks).
 */
export async function downloadPng(
  canvas: HTMLCanvasElement,
  fileName: string,
  texts: Record<string, string>,
): Promise<void> {
  const encoded = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (made) => (made ? resolve(made) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
  const png = withTexts(new Uint8Array(await encoded.arrayBuffer()), texts);
  const blob = new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
