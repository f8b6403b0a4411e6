/**
 * The sizes a newsroom publishes the map at. Each is laid out at `css` pixels, the size its type is
 * set for, and saved at `pixels` (1×) or twice that (2×): a social card's title stays legible at a
 * thumbnail, a column's at its own width.
 */
export interface Preset {
  id: 'landscape' | 'square' | 'portrait' | 'column';
  /** What an editor calls it. */
  label: string;
  /** The image at 1×, in pixels. */
  pixels: { width: number; height: number };
  /** The layout's size: the map and its overlays are drawn at this size, then scaled up to `pixels`. */
  css: { width: number; height: number };
}

export const PRESETS: readonly Preset[] = [
  { id: 'landscape', label: '16:9', pixels: { width: 1920, height: 1080 }, css: { width: 960, height: 540 } },
  { id: 'square', label: '1:1', pixels: { width: 1080, height: 1080 }, css: { width: 720, height: 720 } },
  { id: 'portrait', label: '4:5', pixels: { width: 1080, height: 1350 }, css: { width: 720, height: 900 } },
  { id: 'column', label: '640 px column', pixels: { width: 640, height: 720 }, css: { width: 640, height: 720 } },
];

/** The densities each preset is saved at. */
export const DENSITIES = [1, 2] as const;
export type Density = (typeof DENSITIES)[number];

/** A preset's size at a density, in pixels: what the file holds. */
export function pixelsOf(preset: Preset, density: Density): { width: number; height: number } {
  return { width: preset.pixels.width * density, height: preset.pixels.height * density };
}

/**
 * Where the callout goes in a figure of this shape: over the map on the right at the top in a wide one,
 * where the corridor, tall and narrow, leaves room beside it; in a band of its own under the map in a
 * tall one, its whole width, so that the map keeps its width (the key then goes top right, over Siberia).
 */
export const calloutPlace = (width: number, height: number): 'top' | 'band' => (height >= width ? 'band' : 'top');
