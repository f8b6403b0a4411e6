import { describe, expect, it } from 'vitest';
import { boundsOf, middleOf } from './geometry';

describe('boundsOf', () => {
  it('holds every position', () => {
    expect(
      boundsOf([
        [27.5667, 53.9],
        [116.3972, 39.9075],
        [67.0104, 24.8608],
      ]),
    ).toEqual([
      [27.5667, 24.8608],
      [116.3972, 53.9],
    ]);
  });

  it('refuses no positions', () => {
    expect(() => boundsOf([])).toThrow('boundsOf: no positions to bound');
  });
});

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
