/** A `#rrggbb` colour's red, green and blue, 0–255; an error naming the value for anything else. */
export function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`src/theme: "${hex}" is not a #rrggbb colour`);
  return match.slice(1).map((pair) => parseInt(pair, 16)) as [number, number, number];
}
