import { describe, expect, it } from 'vitest';
import { passagesOf } from './passages';

describe('passagesOf', () => {
  it('marks a place’s excerpt inside a paragraph and keeps the text around it', () => {
    expect(passagesOf('Before. The excerpt. After.', [{ placeId: 'karachi', text: 'The excerpt.' }])).toEqual([
      { text: 'Before. ' },
      { text: 'The excerpt.', placeId: 'karachi' },
      { text: ' After.' },
    ]);
  });

  it('returns the paragraph whole when no excerpt is in it', () => {
    expect(passagesOf('Nothing here.', [{ placeId: 'moscow', text: 'Elsewhere.' }])).toEqual([
      { text: 'Nothing here.' },
    ]);
  });

  it('marks two excerpts in the order they occur and never nests an overlapping one', () => {
    const runs = passagesOf('A b. C d.', [
      { placeId: 'two', text: 'C d.' },
      { placeId: 'one', text: 'A b.' },
      { placeId: 'overlap', text: 'b. C' },
    ]);
    expect(runs).toEqual([{ text: 'A b.', placeId: 'one' }, { text: ' ' }, { text: 'C d.', placeId: 'two' }]);
  });
});
