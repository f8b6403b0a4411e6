import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, textsOf, withTexts } from './png-text';

/** A 1 × 1 white PNG, made here so the test owns every byte of it. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const pixels = deflateSync(Buffer.from([0, 255, 255, 255]));
  return new Uint8Array([
    ...[137, 80, 78, 71, 13, 10, 26, 10],
    ...chunk('IHDR', header),
    ...chunk('IDAT', pixels),
    ...chunk('IEND', new Uint8Array()),
  ]);
}

describe('text inside a PNG', () => {
  it('computes the CRC-32 of the PNG specification', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('writes iTXt chunks after the header, any script, and reads them back', () => {
    const texts = { Title: 'The corridor', Description: 'Map of the trade corridor … Karachi, کراچی, 北京.' };
    const png = withTexts(tinyPng(), texts);
    expect(textsOf(png)).toEqual(texts);
    expect(String.fromCharCode(...png.subarray(37, 41))).toBe('iTXt');
    // Every chunk's CRC is right, so strict readers keep the file.
    const view = new DataView(png.buffer);
    for (let at = 8; at < png.length;) {
      const length = view.getUint32(at);
      expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });

  it('refuses what is not a PNG, and names why', () => {
    expect(() => withTexts(new TextEncoder().encode('GIF89a, not a PNG at all'), { Title: 'x' })).toThrow(
      'withTexts: not a PNG file',
    );
  });
});
