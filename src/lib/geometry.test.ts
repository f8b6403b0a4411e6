import { describe, expect, it } from 'vitest';
import { boundsOf, corridorBoundsIn, heightPerWidth, middleOf, viewFits } from './geometry';

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

describe('heightPerWidth', () => {
  /** The latitude at which Web Mercator's square world ends. */
  const EDGE = 85.0511287798;

  it('is 1 for the whole Mercator square within limits a world wide', () => {
    expect(
      heightPerWidth(
        [
          [-180, -EDGE],
          [180, EDGE],
        ],
        [
          [-180, -EDGE],
          [180, EDGE],
        ],
      ),
    ).toBeCloseTo(1, 6);
  });

  it('doubles when the limits are half as wide, and ignores the view’s own width', () => {
    const view: [[number, number], [number, number]] = [
      [10, -EDGE],
      [20, EDGE],
    ];
    expect(
      heightPerWidth(view, [
        [0, -10],
        [180, 10],
      ]),
    ).toBeCloseTo(2, 6);
  });

  it('stretches latitudes as Mercator does: 30–60° N takes more height than 0–30° N, and the two add up', () => {
    const world: [[number, number], [number, number]] = [
      [-180, -EDGE],
      [180, EDGE],
    ];
    const span = (south: number, north: number) =>
      heightPerWidth(
        [
          [0, south],
          [1, north],
        ],
        world,
      );
    expect(span(0, 30)).toBeCloseTo(0.08742, 4);
    expect(span(30, 60)).toBeCloseTo(0.12218, 4);
    expect(span(0, 60)).toBeCloseTo(span(0, 30) + span(30, 60), 10);
  });
});

describe('viewFits', () => {
  // The app's first view (geo/facts.json) and limits (MAX_BOUNDS), Minsk and Moscow to Karachi and Beijing.
  const corridor: [[number, number], [number, number]] = [
    [27.5667, 24.8608],
    [116.3972, 55.7522],
  ];
  const limits: [[number, number], [number, number]] = [
    [8, -8],
    [142, 78],
  ];
  const openKey = { top: 40, right: 100, bottom: 220, left: 40 };
  const foldedKey = { ...openKey, bottom: 100 };

  it('fits a roomy map, and one only just tall enough, with or without the open key', () => {
    expect(viewFits(corridor, limits, { width: 880, height: 800 }, openKey)).toBe(true);
    expect(viewFits(corridor, limits, { width: 880, height: 600 }, openKey)).toBe(true);
    expect(viewFits(corridor, limits, { width: 880, height: 420 }, foldedKey)).toBe(true);
  });

  it('does not fit a map too wide for its height: the limits stop it zooming out far enough', () => {
    // 1920 × 560: zoomed out to the limits' width, the corridor is 474 px tall; the padded box 420.
    expect(viewFits(corridor, limits, { width: 1520, height: 560 }, foldedKey)).toBe(false);
    expect(viewFits(corridor, limits, { width: 880, height: 420 }, openKey)).toBe(false);
  });

  it('does not fit when the limits push the view under its padding, though the padded box is tall enough', () => {
    // 760 × 420: the corridor fills the box 160 px tall between 40 and 220 px of padding, but the map
    // south of Karachi down to 8° S is only 129 px at that scale: the map is pushed north, Karachi under the key.
    const size = { width: 486, height: 420 };
    expect(viewFits(corridor, limits, size, openKey)).toBe(false);
    expect(viewFits(corridor, limits, size, foldedKey)).toBe(true);
  });

  it('does not fit when the padding leaves no room at all', () => {
    expect(viewFits(corridor, limits, { width: 880, height: 250 }, openKey)).toBe(false);
    expect(viewFits(corridor, limits, { width: 130, height: 800 }, openKey)).toBe(false);
  });
});
