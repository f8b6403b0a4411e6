import { describe, expect, it } from 'vitest';
import { nameSide } from './name-side';

describe('nameSide', () => {
  it('puts the name right of its dot where it fits', () => {
    expect(nameSide(200, 100, 390)).toBe('right');
  });

  it('keeps the right when the name ends exactly at the edge', () => {
    expect(nameSide(290, 100, 390)).toBe('right');
  });

  it('turns the name left when the right edge would cut it', () => {
    expect(nameSide(291, 100, 390)).toBe('left');
  });

  it('keeps the right when the left would cut the name too', () => {
    expect(nameSide(90, 100, 150)).toBe('right');
  });

  it('turns left when the name just fits there', () => {
    expect(nameSide(100, 100, 150)).toBe('left');
  });
});
