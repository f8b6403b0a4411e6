import { describe, expect, it } from 'vitest';
import { besideDot, centredOn, lineCrosses, overlaps, placeLabels, segmentCrosses, type Rect } from './placement';

const box: Rect = { x: 10, y: 10, width: 20, height: 10 };
const map: Rect = { x: 0, y: 0, width: 200, height: 100 };

describe('segmentCrosses', () => {
  it('finds a piece through the box, one ending inside it, and none that passes by', () => {
    expect(segmentCrosses(box, [0, 15], [50, 15])).toBe(true);
    expect(segmentCrosses(box, [0, 0], [15, 15])).toBe(true);
    expect(segmentCrosses(box, [0, 0], [40, 5])).toBe(false);
    // A diagonal that passes the box's corner without entering it.
    expect(segmentCrosses(box, [0, 12], [12, 0])).toBe(false);
    expect(segmentCrosses(box, [35, 0], [35, 40])).toBe(false);
  });

  it('follows a line through all its pieces', () => {
    expect(
      lineCrosses(box, [
        [0, 0],
        [5, 40],
        [20, 40],
        [20, 15],
      ]),
    ).toBe(true);
    expect(
      lineCrosses(box, [
        [0, 0],
        [5, 40],
        [40, 40],
      ]),
    ).toBe(false);
  });
});

describe('placeLabels', () => {
  const size = { width: 30, height: 10 };

  it('gives each name its first clear candidate, in order of importance', () => {
    const first = { id: 'first', candidates: [centredOn([50, 50], size)] };
    const second = { id: 'second', candidates: [centredOn([55, 50], size), centredOn([120, 50], size)] };
    const placed = placeLabels([first, second], { boxes: [], dots: [], lines: [], within: map });
    expect(placed.get('first')).toBe(0);
    expect(placed.get('second')).toBe(1);
  });

  it('keeps names off the corridor, off markers and controls, and inside the map, or leaves them out', () => {
    const line: Array<[number, number]> = [
      [50, 0],
      [50, 100],
    ];
    const marker = { x: 100, y: 40, width: 20, height: 20 };
    const items = [
      { id: 'on-the-line', candidates: [centredOn([50, 50], size)] },
      { id: 'on-a-marker', candidates: [centredOn([110, 50], size), centredOn([160, 50], size)] },
      { id: 'off-the-map', candidates: [centredOn([195, 50], size)] },
    ];
    const placed = placeLabels(items, { boxes: [marker], dots: [], lines: [line], within: map });
    expect([...placed]).toEqual([
      ['on-the-line', undefined],
      ['on-a-marker', 1],
      ['off-the-map', undefined],
    ]);
  });

  it('keeps a gap: a name touching the line by a pixel is on it', () => {
    const line: Array<[number, number]> = [
      [50, 0],
      [50, 100],
    ];
    const touching = { id: 'a', candidates: [{ x: 51, y: 10, width: 20, height: 10 }] };
    const clear = { id: 'b', candidates: [{ x: 53, y: 40, width: 20, height: 10 }] };
    const placed = placeLabels([touching, clear], { boxes: [], dots: [], lines: [line], within: map });
    expect(placed.get('a')).toBeUndefined();
    expect(placed.get('b')).toBe(0);
  });
});

describe('a required name', () => {
  it('takes its fallback when nothing is clear, and later names keep off it', () => {
    const size = { width: 30, height: 10 };
    const line: Array<[number, number]> = [
      [0, 50],
      [200, 50],
    ];
    const place = { id: 'place', candidates: [centredOn([50, 50], size), centredOn([52, 50], size)], required: 1 };
    const other = { id: 'other', candidates: [centredOn([60, 48], size), centredOn([150, 20], size)] };
    const placed = placeLabels([place, other], { boxes: [], dots: [], lines: [line], within: map });
    expect(placed.get('place')).toBe(1);
    expect(placed.get('other')).toBe(1);
  });
});

describe('a stop’s name', () => {
  it('sits beside its own dot, and keeps well clear of any other', () => {
    const own = { x: 96, y: 46, width: 8, height: 8 };
    const other = { x: 150, y: 46, width: 8, height: 8 };
    const item = { id: 'a', dot: own, candidates: besideDot([100, 50], 4, { width: 40, height: 12 }) };
    // Right of its dot, the name would end 3 px from the other dot: it goes left instead.
    const placed = placeLabels([item], { boxes: [], dots: [own, other], lines: [], within: map });
    expect(placed.get('a')).toBe(1);
  });
});

describe('besideDot', () => {
  it('offers right, left, above and below, then the corners, each clear of the dot', () => {
    const dot = { x: 96, y: 46, width: 8, height: 8 };
    const boxes = besideDot([100, 50], 4, { width: 40, height: 12 }, 3);
    const [right, left, above, below, aboveRight] = boxes;
    expect(right).toEqual({ x: 107, y: 44, width: 40, height: 12 });
    expect(left).toEqual({ x: 53, y: 44, width: 40, height: 12 });
    expect(above).toEqual({ x: 80, y: 31, width: 40, height: 12 });
    expect(below).toEqual({ x: 80, y: 57, width: 40, height: 12 });
    expect(aboveRight!.x).toBeGreaterThan(100);
    expect(aboveRight!.y + aboveRight!.height).toBeLessThan(50);
    expect(boxes).toHaveLength(8);
    for (const box of boxes) expect(overlaps(box, dot), JSON.stringify(box)).toBe(false);
  });
});
