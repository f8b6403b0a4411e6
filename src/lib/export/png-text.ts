/**
 * Text carried inside a PNG file: an iTXt chunk (UTF-8, any script), placed after the header, as the
 * PNG specification keeps words for an image ("Title", "Description", "Source"). The saved image then
 * carries its own alt text wherever the file goes.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 a PNG chunk ends with, over its type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const IHDR_END = 8 + 4 + 4 + 13 + 4;

/** The PNG with an iTXt chunk for each entry, after its header; an error if it is not a PNG. */
export function withTexts(png: Uint8Array, texts: Record<string, string>): Uint8Array {
  if (!SIGNATURE.every((byte, i) => png[i] === byte) || String.fromCharCode(...png.slice(12, 16)) !== 'IHDR')
    throw new Error('withTexts: not a PNG file');
  const encoder = new TextEncoder();
  const chunks = Object.entries(texts).map(([keyword, text]) => {
    // keyword, NUL, no compression (0, 0), no language tag, NUL, no translated keyword, NUL, the text
    const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set(encoder.encode('iTXt'), 4);
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    return chunk;
  });
  const size = png.length + chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, IHDR_END));
  let at = IHDR_END;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(IHDR_END), at);
  return out;
}

/** The iTXt chunks of a PNG, keyword to text: what `withTexts` wrote, as any reader of the file finds it. */
export function textsOf(png: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Record<string, string> = {};
  for (let at = 8; at + 8 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const keywordEnd = data.indexOf(0);
      let text = keywordEnd + 3;
      text = data.indexOf(0, text) + 1; // language tag
      text = data.indexOf(0, text) + 1; // translated keyword
      found[decoder.decode(data.subarray(0, keywordEnd))] = decoder.decode(data.subarray(text));
    }
    at += 12 + length;
  }
  return found;
}
