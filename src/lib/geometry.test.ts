import { describe, expect, it } from 'vitest';
import { middleOf } from './geometry';

describe('middleOf', () => {
  it('takes the middle vertex, or the one before the middle of an even count', () => {
    expect(
      middleOf([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toEqual([1, 1]);
    expect(
      middleOf([
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
    ).toEqual([1, 1]);
  });
});
