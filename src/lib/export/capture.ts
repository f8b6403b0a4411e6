import type { Map as MapLibreMap } from 'maplibre-gl';
import { attribution, figureSubtitle } from '../../content/credits';
import { title } from '../../content/page';
import { ui } from '../../content/ui';
import type { Catalogue } from '../model/catalogue';
import { drawsRouteLine, routesDrawn } from '../model/compared';
import type { Shown } from '../model/describe';
import { supersededDrawn } from '../model/timeline';
import { sourceDate } from '../ui/format';
import type { LabelBoard } from '../map/label-board.svelte';
import { countryLabelSize } from '../map/style';
import { drawFigure, type FigureInput } from './figure';
import { withTexts } from './png-text';

/** The largest side an exported image may have: what every WebGL2 browser can draw into. */
export const MAX_SIDE = 4096;

/**
 * The figure's subtitle: the article's line, then the date the map shows and the route drawn beside
 * the corridor, where there are, so that a saved or printed map says what it is.
 */
export function subtitleOf({ month, route }: Shown): string {
  const names = routesDrawn(route).map((drawn) => drawn.content.name);
  return [
    figureSubtitle,
    ...(month ? [ui.timeline.asOf(sourceDate(month, 'long'))] : []),
    ...(names.length ? [ui.routes.beside(names.join(', '))] : []),
  ].join(' · ');
}

/** What the figure shows over the map's pixels, placed where the map has them now. */
function overlays(map: MapLibreMap, catalogue: Catalogue, labels: LabelBoard, shown: Shown) {
  const { selection, month, route } = shown;
  const project = (at: [number, number]): [number, number] => {
    const { x, y } = map.project(at);
    return [x, y];
  };
  // Where the page put the names: a country's centred on its point, the others by their box's corner.
  const countryLabels = labels.names
    .filter((name) => name.kind === 'country')
    .map((name) => ({ at: project(name.at), name: name.text, native: name.native ?? [] }));
  const names = labels.names.flatMap((name) => {
    if (name.kind === 'country') return [];
    const [x, y] = project(name.at);
    return [{ kind: name.kind, text: name.text, at: [x + name.offset[0], y + name.offset[1]] as [number, number] }];
  });
  const places = catalogue.places.map((place) => ({
    at: project(place.at),
    name: place.content.name,
    native: place.content.native,
    selected: selection?.kind === 'place' && selection.id === place.id,
    side: labels.sides[place.id],
  }));
  return {
    countryLabels,
    countryLabelSize: countryLabelSize(map.getZoom()),
    names,
    places,
    superseded: supersededDrawn(selection, month),
    compared: drawsRouteLine(route),
    title,
    subtitle: subtitleOf(shown),
    attribution,
  };
}

/** The map box in CSS pixels. */
function boxOf(map: MapLibreMap): { width: number; height: number } {
  const container = map.getContainer();
  return { width: container.clientWidth, height: container.clientHeight };
}

/**
 * Draws the printed figure from the map as it is on screen, at once: for printing, where there is no time
 * to wait for a sharper frame. `redraw` renders synchronously, so the canvas still holds its pixels.
 * The sheet sets the title and the credits as text beside it, so the figure leaves them out. It is
 * drawn apart and copied in as one image: a browser prints a canvas's own text as text, and the map's
 * names, each drawn twice (halo, then ink), would fill the PDF with doubled, hidden words.
 */
export function drawFigureNow(
  canvas: HTMLCanvasElement,
  map: MapLibreMap,
  catalogue: Catalogue,
  labels: LabelBoard,
  shown: Shown,
) {
  map.redraw();
  const input: FigureInput = {
    map: map.getCanvas(),
    ...boxOf(map),
    scale: map.getPixelRatio(),
    ...overlays(map, catalogue, labels, shown),
    chrome: false,
  };
  const drawn = document.createElement('canvas');
  drawFigure(drawn, input);
  canvas.width = drawn.width;
  canvas.height = drawn.height;
  canvas.getContext('2d')?.drawImage(drawn, 0, 0);
}

/**
 * The figure at `factor` times the screen's resolution (capped at MAX_SIDE a side): the map is
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
  const { width, height } = boxOf(map);
  const original = map.getPixelRatio();
  const scale = Math.min(factor * devicePixelRatio, MAX_SIDE / width, MAX_SIDE / height);
  const figure = overlays(map, catalogue, labels, shown);
  const texts = [
    ...figure.countryLabels.flatMap((label) => [label.name.toUpperCase(), ...label.native.map((n) => n.text)]),
    ...figure.places.flatMap((place) => [place.name, ...place.native.map((n) => n.text)]),
    ...figure.names.map((name) => name.text.toUpperCase()),
  ];
  await Promise.all(
    ['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 13px "Noto Sans"`, texts.join(' '))),
  );

  map.setPixelRatio(scale);
  try {
    await map.once('idle');
    map.redraw();
    const canvas = document.createElement('canvas');
    drawFigure(canvas, { map: map.getCanvas(), width, height, scale, ...figure });
    return canvas;
  } finally {
    map.setPixelRatio(original);
  }
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
