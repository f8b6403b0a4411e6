import type { Map as MapLibreMap } from 'maplibre-gl';
import { attribution, figureSubtitle } from '../../content/credits';
import { title } from '../../content/page';
import { ui } from '../../content/ui';
import type { Catalogue } from '../model/catalogue';
import { drawsRouteLine, routesDrawn } from '../model/compared';
import type { Shown } from '../model/describe';
import { palettes } from '../../theme/tokens';
import { supersededDrawn } from '../model/timeline';
import { sourceDate } from '../ui/format';
import type { LabelBoard } from '../map/label-board.svelte';
import { countryLabelSize } from '../map/style';
import { drawFigure, type FigureInput } from './figure';

/**
 * The figure as the page draws it from its map: its subtitle, what it shows over the map's pixels,
 * and the printed figure, drawn at once. Saving it as a file is save.ts, loaded on demand.
 */

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

/** How far a map made for a figure may zoom from the page's before the page's placed names no longer fit it. */
const SAME_NAMES_ZOOM = 0.75;

/**
 * What the figure shows over the map's pixels, placed where the map has them now. `apart`: the map was
 * made for the figure (a publishing size), at `zoom` where the page's map is at another: each corridor
 * country the page did not name is named at its label's point, each place's name takes the side with
 * room, and if the zooms differ much, of the names the page placed only the main stops' and the routes'
 * stay (the rest were placed for another scale and would crowd or overlap).
 */
export function overlays(
  map: MapLibreMap,
  catalogue: Catalogue,
  labels: LabelBoard,
  shown: Shown,
  apart?: { zoom: number },
) {
  const everyCountry = apart !== undefined;
  const rescaled = apart !== undefined && Math.abs(map.getZoom() - apart.zoom) > SAME_NAMES_ZOOM;
  const major = new Set(catalogue.stops.filter((stop) => stop.major).map((stop) => stop.name));
  const kept = labels.names.filter(
    (name) => !rescaled || name.kind === 'route' || (name.kind === 'stop' && major.has(name.text)),
  );
  const { selection, month, route } = shown;
  const project = (at: [number, number]): [number, number] => {
    const { x, y } = map.project(at);
    return [x, y];
  };
  // Where the page put the names: a country's centred on its point, the others by their box's corner.
  const named = labels.names.filter((name) => name.kind === 'country');
  const countryLabels = [
    ...named.map((name) => ({ at: project(name.at), name: name.text, native: name.native ?? [] })),
    ...(everyCountry ? catalogue.countries : [])
      .filter((country) => !named.some((name) => name.text === country.content.name))
      .map((country) => ({ at: project(country.label), name: country.content.name, native: country.content.native })),
  ];
  const names = kept.flatMap((name) => {
    if (name.kind === 'country') return [];
    const [x, y] = project(name.at);
    return [{ kind: name.kind, text: name.text, at: [x + name.offset[0], y + name.offset[1]] as [number, number] }];
  });
  const places = catalogue.places.map((place) => ({
    at: project(place.at),
    name: place.content.name,
    native: place.content.native,
    selected: selection?.kind === 'place' && selection.id === place.id,
    side: apart ? undefined : labels.sides[place.id],
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
    palette: palettes[shown.theme ?? 'light'],
    /** Whether the names were placed for another scale than this map's (a map made apart, zoomed otherwise). */
    rescaled,
  };
}

/** The map box in CSS pixels. */
export function boxOf(map: MapLibreMap): { width: number; height: number } {
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
