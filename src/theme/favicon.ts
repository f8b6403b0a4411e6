import { channels } from './colour.ts';
import { colour } from './tokens.ts';

/** A `#rrggbb` colour at another HSL lightness (0–1), its hue and saturation kept. */
export function atLightness(hex: string, lightness: number): string {
  const [r, g, b] = channels(hex).map((value) => value / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  const saturation = chroma === 0 ? 0 : chroma / (1 - Math.abs(max + min - 1));
  const hue =
    chroma === 0 ? 0 : max === r ? ((g - b) / chroma + 6) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  const c = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = c * (1 - Math.abs((hue % 2) - 1));
  const m = lightness - c / 2;
  const [rr, gg, bb] = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][Math.floor(hue) % 6]!;
  const channel = (value: number) =>
    Math.round((value + m) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(rr!)}${channel(gg!)}${channel(bb!)}`;
}

/**
 * The tab's icon: the corridor as a line between two stations on an ink tile, its red lightened to
 * stand out on the dark. Inline in the page, not a file: Chromium fetches a favicon file again at
 * every change of the URL hash.
 */
export function faviconDataUrl(): string {
  const svg = [
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'>`,
    `<rect width='32' height='32' rx='6' fill='${colour.ink}'/>`,
    `<path d='M5 7 L13 9 L19 16 L22 22 L26 27' fill='none' stroke='${atLightness(colour.corridor, 0.6)}' stroke-width='3' stroke-linecap='round' stroke-linejoin='round'/>`,
    `<circle cx='5' cy='7' r='2.5' fill='${colour.white}'/>`,
    `<circle cx='26' cy='27' r='2.5' fill='${colour.white}'/>`,
    `</svg>`,
  ].join('');
  return `data:image/svg+xml,${svg.replace(/[<>#]/g, encodeURIComponent)}`;
}
