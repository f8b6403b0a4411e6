import { colour, mapColour } from './tokens.ts';

/**
 * The light theme's colours that the page draws in SVG from the tokens (the key's symbols, drawn
 * from the same lists as the saved figure's), each as the custom property that holds it in either
 * theme (src/theme/css.ts). theme.test.ts proves each property holds that colour in the light theme.
 */
const BY_VALUE: ReadonlyArray<readonly [string, `--${string}`]> = [
  [colour.corridor, '--accent'],
  [colour.white, '--white'],
  [colour.ink, '--ink'],
  [colour.compared, '--compared'],
  [mapColour.label, '--map-label'],
  [mapColour.node, '--map-node'],
  [mapColour.nodeStroke, '--map-node-stroke'],
];

/** A token colour as the page's CSS names it (`var(--accent)`); one no property holds, as it is (the pale stripe). */
export function cssColour(value: string): string {
  const name = BY_VALUE.find(([held]) => held === value)?.[1];
  return name ? `var(${name})` : value;
}

/** For the test: each name and the light colour it stands for. */
export const cssColourNames = BY_VALUE;
