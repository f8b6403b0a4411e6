import { describe, expect, it } from 'vitest';
import { wrap } from './figure';

/** A context whose text is 1 px a character: enough to test where lines break. */
const monospace = { measureText: (text: string) => ({ width: text.length }) } as unknown as CanvasRenderingContext2D;

describe('wrap', () => {
  it('breaks at spaces, filling each line up to the width', () => {
    expect(wrap(monospace, 'Shapes: Natural Earth · Text: article', 15)).toEqual([
      'Shapes: Natural',
      'Earth · Text:',
      'article',
    ]);
  });

  it('keeps a line that fits whole', () => {
    expect(wrap(monospace, 'A trade corridor', 100)).toEqual(['A trade corridor']);
  });

  it('gives a word longer than the width a line of its own rather than losing it', () => {
    expect(wrap(monospace, 'to Kazakhstan', 5)).toEqual(['to', 'Kazakhstan']);
  });

  it('gives no line for no text', () => {
    expect(wrap(monospace, '', 10)).toEqual([]);
  });
});
