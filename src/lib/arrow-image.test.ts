import { describe, expect, it } from 'vitest';
import { chevronImage } from './arrow-image';

describe('chevronImage', () => {
  const image = chevronImage(16, [179, 38, 30]);
  const opaque = (x: number, y: number) => image.data[(y * 16 + x) * 4 + 3] === 255;

  it('is an RGBA image of the size asked for', () => {
    expect(image.data).toHaveLength(16 * 16 * 4);
  });

  it('points east: its tip is on the middle row, right of its arms', () => {
    const columns = (y: number) => [...Array(16).keys()].filter((x) => opaque(x, y));
    const tip = Math.max(...columns(8));
    expect(tip).toBeGreaterThan(Math.max(...columns(2)));
    expect(tip).toBeGreaterThan(Math.max(...columns(14)));
  });

  it('leaves the background transparent', () => {
    expect(opaque(0, 0)).toBe(false);
    expect(opaque(15, 0)).toBe(false);
  });
});
