/**
 * A chevron pointing right (east), drawn pixel by pixel so the map needs no image file. MapLibre
 * rotates it along the line, so it shows the direction of travel.
 */
export function chevronImage(
  size: number,
  rgb: [number, number, number],
): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const half = (size - 1) / 2;
  const thickness = size / 5;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance from the two arms of a ">" whose tip sits at the right-hand middle.
      const armX = size * 0.75 - Math.abs(y - half);
      const inside = x <= armX && x >= armX - thickness && x >= size * 0.2;
      if (!inside) continue;
      const i = (y * size + x) * 4;
      data.set([...rgb, 255], i);
    }
  }
  return { width: size, height: size, data };
}
