import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { changesGauge } from '../../../geo/contract';
import { cataloguedCrossings } from '../model/catalogue';
import { mapMarks, palettes, type Palette } from '../../theme/tokens';

/** The map's images for a crossing's mark: one bar across the line, or two where the gauge changes. */
export const CROSSING_ICONS = { border: 'crossing-border', gaugeBreak: 'crossing-gauge-break' } as const;

export interface CrossingMarkProperties {
  id: string;
  icon: (typeof CROSSING_ICONS)[keyof typeof CROSSING_ICONS];
  /** The line's direction there, degrees clockwise from north: the mark turns with it. */
  bearing: number;
  alternative: boolean;
}

/** Every crossing of both routes as a point for the map, from the figures geo/ computed (bundled). */
export function crossingFeatures(): FeatureCollection<Point, CrossingMarkProperties> {
  return {
    type: 'FeatureCollection',
    features: cataloguedCrossings.map(({ id, facts, alternative }) => ({
      type: 'Feature' as const,
      properties: {
        id,
        icon: changesGauge(facts) ? CROSSING_ICONS.gaugeBreak : CROSSING_ICONS.border,
        bearing: facts.bearing,
        alternative,
      },
      geometry: { type: 'Point' as const, coordinates: facts.at },
    })),
  };
}

/** A bar of a crossing's mark: its middle's offset along the line, and its size along and across it (px). */
interface Bar {
  along: number;
  alongSize: number;
  acrossSize: number;
}

/** The bars of a crossing's mark, centred on the crossing: the map, the key and the saved figure draw them alike. */
export function crossingBars(gaugeBreak: boolean): Bar[] {
  const { length, bar, gap } = mapMarks.crossing;
  const offsets = gaugeBreak ? [-(bar + gap) / 2, (bar + gap) / 2] : [0];
  return offsets.map((along) => ({ along, alongSize: bar, acrossSize: length }));
}

/** The room a mark takes, halo included, along and across the line (px). */
export function crossingExtent(gaugeBreak: boolean): { along: number; across: number } {
  const bars = crossingBars(gaugeBreak);
  const { halo } = mapMarks.crossing;
  const last = bars[bars.length - 1]!;
  return { along: 2 * (last.along + last.alongSize / 2 + halo), across: last.acrossSize + 2 * halo };
}

/**
 * Draws a crossing's mark centred at (x, y) on a 2D canvas, for a line running along x (`alongX`,
 * as in the key) or along y (as on the map before it turns the mark to the line's bearing).
 */
export function drawCrossingMark(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  gaugeBreak: boolean,
  alongX: boolean,
  { colour }: Palette = palettes.light,
): void {
  const { halo } = mapMarks.crossing;
  const rects = crossingBars(gaugeBreak).map((bar) => {
    const [w, h] = alongX ? [bar.alongSize, bar.acrossSize] : [bar.acrossSize, bar.alongSize];
    const [cx, cy] = alongX ? [x + bar.along, y] : [x, y + bar.along];
    return { left: cx - w / 2, top: cy - h / 2, w, h };
  });
  context.save();
  context.fillStyle = colour.white;
  for (const r of rects) context.fillRect(r.left - halo, r.top - halo, r.w + 2 * halo, r.h + 2 * halo);
  context.fillStyle = colour.ink;
  for (const r of rects) context.fillRect(r.left, r.top, r.w, r.h);
  context.restore();
}

/** A crossing's mark as an image at the screen's pixel ratio, in a theme's colours. */
function crossingIcon(gaugeBreak: boolean, palette: Palette): { data: ImageData; ratio: number } | undefined {
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  const { along, across } = crossingExtent(gaugeBreak);
  // Before it turns, the mark lies across a line running north to south: along is y.
  const width = Math.ceil(across) * ratio;
  const height = Math.ceil(along) * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.scale(ratio, ratio);
  drawCrossingMark(context, width / ratio / 2, height / ratio / 2, gaugeBreak, false, palette);
  return { data: context.getImageData(0, 0, width, height), ratio };
}

/**
 * Gives the map a crossing's mark when its style first asks for it, drawn at the screen's pixel
 * ratio in the theme's colours (`palette()`, read then): no sprite file, so no request.
 */
export function provideCrossingIcons(map: MapLibreMap, palette: () => Palette = () => palettes.light): void {
  map.setMissingStyleImageResolver((id) => {
    const gaugeBreak = id === CROSSING_ICONS.gaugeBreak;
    if (!gaugeBreak && id !== CROSSING_ICONS.border) return;
    const icon = crossingIcon(gaugeBreak, palette());
    if (icon) map.addImage(id, icon.data, { pixelRatio: icon.ratio });
  });
}

/** Draws the marks the map already has again, in another theme's colours. */
export function repaintCrossingIcons(map: MapLibreMap, palette: Palette): void {
  for (const id of [CROSSING_ICONS.border, CROSSING_ICONS.gaugeBreak]) {
    if (!map.hasImage(id)) continue;
    const icon = crossingIcon(id === CROSSING_ICONS.gaugeBreak, palette);
    if (icon) map.updateImage(id, icon.data);
  }
}
