import { describe, expect, it } from 'vitest';
import { boundsOf, corridorBoundsIn, middleOf } from './geometry';

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

describe('corridorBoundsIn', () => {
  const segment = (countries: string[], coordinates: number[][], alternative?: true) => ({
    geometry: { coordinates },
    properties: alternative ? { countries, alternative } : { countries },
  });
  const segments = [
    segment(
      ['AFG'],
      [
        [67, 37],
        [68, 36],
      ],
    ),
    segment(
      ['AFG', 'PAK'],
      [
        [68, 36],
        [70, 33.5],
      ],
    ),
    segment(
      ['PAK'],
      [
        [70, 33.5],
        [67, 24.9],
      ],
    ),
    segment(
      ['AFG', 'PAK'],
      [
        [60, 40],
        [75, 20],
      ],
      true,
    ),
  ];

  it('boxes the main route where it runs through the country, not the 2021 variant', () => {
    expect(corridorBoundsIn(segments, 'PAK')).toEqual([
      [67, 24.9],
      [70, 36],
    ]);
  });

  it('has no box for a country the route does not cross', () => {
    expect(corridorBoundsIn(segments, 'CHN')).toBeUndefined();
    expect(boundsOf([])).toBeUndefined();
  });
});
