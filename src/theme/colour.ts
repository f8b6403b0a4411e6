/** A `#rrggbb` colour's red, green and blue, 0–255; an error naming the value for anything else. */
export function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`src/theme: "${hex}" is not a #rrggbb colour`);
  return match.slice(1).map((pair) => parseInt(pair, 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance of a colour given as its 0–255 channels. */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** WCAG 2.x contrast ratio of two colours (hex or 0–255 channels), from 1 to 21. */
export function contrastRatio(a: string | readonly number[], b: string | readonly number[]): number {
  const [x, y] = [a, b].map((c) => relativeLuminance(typeof c === 'string' ? channels(c) : c));
  return (Math.max(x!, y!) + 0.05) / (Math.min(x!, y!) + 0.05);
}
