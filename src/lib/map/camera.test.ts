import { describe, expect, it } from 'vitest';
import { MAP_EXTENT } from '../../../geo/contract';
import { geoCatalogue } from '../model/geo-data.fixture';
import {
  besideAnchor,
  type BesideAnchor,
  boundsOf,
  cameraFor,
  corridorBoundsIn,
  FIT_MAX_ZOOM,
  PLACE_ZOOM,
  besidePoint,
  panInto,
  besidePadding,
  besidePan,
  pastWestBound,
  abovePadding,
  CARD_SHARE,
  CARD_GAP,
  POPUP_GAP,
  POPUP_WIDTH,
  subjectPoints,
} from './camera';

const catalogue = geoCatalogue();
const overview: [[number, number], [number, number]] = [
  [27, 24],
  [117, 56],
];

describe('cameraFor', () => {
  it('fits the whole corridor to the first view’s box', () => {
    expect(cameraFor('corridor', catalogue, { overview, zoom: 3, closer: false })).toEqual({
      subject: 'corridor',
      kind: 'fit',
      bounds: overview,
    });
  });

  it('centres a place at the place zoom, or closer where the reader already was', () => {
    const karachi = catalogue.place('karachi')!.at;
    const place = { kind: 'place', id: 'karachi' } as const;
    expect(cameraFor(place, catalogue, { overview, zoom: 2, closer: false })).toEqual({
      subject: place,
      kind: 'centre',
      center: karachi,
      zoom: PLACE_ZOOM,
    });
    expect(cameraFor(place, catalogue, { overview, zoom: 5.5, closer: false })).toMatchObject({ zoom: PLACE_ZOOM });
    expect(cameraFor(place, catalogue, { overview, zoom: 5.5, closer: true })).toMatchObject({ zoom: 5.5 });
    expect(cameraFor(place, catalogue, { overview, zoom: 2, closer: true })).toMatchObject({ zoom: PLACE_ZOOM });
  });

  it('fits a country’s stretch of the main route, and a stretch of the corridor, no closer than the fit zoom', () => {
    const pakistan = cameraFor({ kind: 'country', id: 'PAK' }, catalogue, { overview, zoom: 2, closer: false });
    expect(pakistan).toEqual({
      subject: { kind: 'country', id: 'PAK' },
      kind: 'fit',
      bounds: corridorBoundsIn(catalogue.segments, 'PAK'),
      maxZoom: FIT_MAX_ZOOM,
    });
    const segment = cameraFor({ kind: 'segment', id: 'segment-6' }, catalogue, { overview, zoom: 2, closer: false });
    expect(segment).toEqual({
      subject: { kind: 'segment', id: 'segment-6' },
      kind: 'fit',
      bounds: boundsOf(catalogue.segment('segment-6')!.line),
      maxZoom: FIT_MAX_ZOOM,
    });
  });

  it('has nowhere to go for what the catalogue does not hold', () => {
    expect(cameraFor({ kind: 'place', id: 'minsk' }, catalogue, { overview, zoom: 2, closer: false })).toBeUndefined();
    expect(cameraFor({ kind: 'country', id: 'CHN' }, catalogue, { overview, zoom: 2, closer: false })).toBeUndefined();
  });
});

describe('corridorBoundsIn', () => {
  const segment = (countries: string[], line: number[][], alternative?: true) => ({
    line,
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

describe('a selection beside its popup', () => {
  const size = { width: 880, height: 800 };
  const padding = { top: 40, right: 100, bottom: 220, left: 40 };
  const left = padding.left + POPUP_WIDTH + POPUP_GAP;

  it('pans a box that lies under the popup’s room to just clear of it, and one below the padding up', () => {
    expect(panInto({ x0: 300, y0: 300, x1: 320, y1: 320 }, size, besidePadding(padding))).toEqual([left - 300, 0]);
    expect(panInto({ x0: 600, y0: 650, x1: 620, y1: 700 }, size, besidePadding(padding))).toEqual([0, 580 - 700]);
    expect(panInto({ x0: 500, y0: 100, x1: 700, y1: 300 }, size, besidePadding(padding))).toEqual([0, 0]);
  });

  it('keeps the card’s room along the foot of a narrower map, or the first view’s padding where that is more', () => {
    const narrow = { width: 390, height: 490 };
    const area = abovePadding({ top: 20, right: 32, bottom: 60, left: 60 }, narrow.height);
    expect(area).toEqual({ top: 20, right: 32, bottom: Math.round(490 * CARD_SHARE) + CARD_GAP, left: 60 });
    expect(abovePadding({ top: 20, right: 32, bottom: 400, left: 60 }, narrow.height).bottom).toBe(400);
    // A place under the card goes up just clear of it; one above it stays.
    const card = narrow.height - area.bottom;
    expect(panInto({ x0: 200, y0: 400, x1: 214, y1: 414 }, narrow, area)).toEqual([0, card - 414]);
    expect(panInto({ x0: 200, y0: 100, x1: 214, y1: 114 }, narrow, area)).toEqual([0, 0]);
  });

  it('gives up on a box too large for the room beside the popup: it is fitted instead', () => {
    expect(panInto({ x0: 0, y0: 100, x1: 500, y1: 200 }, size, besidePadding(padding))).toBeUndefined();
    expect(panInto({ x0: 500, y0: 0, x1: 600, y1: 600 }, size, besidePadding(padding))).toBeUndefined();
  });

  it('opens the popup centred on its point where it fits, else below or above it, else where it reaches least past its room', () => {
    // A popup beside a point, in rows 60 to 540: how far it reaches past them, laid each way.
    const pastFor = (y: number, height: number) => (anchor: BesideAnchor) => {
      const top = anchor.startsWith('top') ? y : anchor.startsWith('bottom') ? y - height : y - height / 2;
      return top < 60 ? top - 60 : top + height > 540 ? top + height - 540 : 0;
    };
    expect(besideAnchor('west', pastFor(300, 400))).toBe('right');
    expect(besideAnchor('west', pastFor(100, 400))).toBe('top-right');
    expect(besideAnchor('west', pastFor(500, 400))).toBe('bottom-right');
    // Exactly enough room is enough.
    expect(besideAnchor('west', pastFor(260, 400))).toBe('right');
    expect(besideAnchor('west', pastFor(140, 400))).toBe('top-right');
    // Too tall for every way: the way it reaches least past its room, where it shrinks.
    expect(besideAnchor('west', pastFor(100, 470))).toBe('top-right');
    expect(besideAnchor('west', pastFor(500, 470))).toBe('bottom-right');
    expect(besideAnchor('west', pastFor(250, 470))).toBe('right');
    // East of its point, the same ways mirrored.
    expect(besideAnchor('east', pastFor(300, 400))).toBe('left');
    expect(besideAnchor('east', pastFor(100, 400))).toBe('top-left');
    expect(besideAnchor('east', pastFor(500, 400))).toBe('bottom-left');
  });

  it('moves a popup just into its room’s rows, or, taller than the room, holds the end it hangs from at the room’s edge', () => {
    const room = { top: 144, bottom: 536 };
    expect(besidePan({ top: 200, bottom: 500 }, room, 'right')).toBe(0);
    expect(besidePan({ top: 100, bottom: 400 }, room, 'top-right')).toBe(-44);
    expect(besidePan({ top: 300, bottom: 600 }, room, 'bottom-left')).toBe(64);
    // Pakistan at 1280×800: 430 px above Karachi, in 392 px of rows between the locator and the key.
    expect(besidePan({ top: 115, bottom: 545 }, room, 'bottom-right')).toBe(9);
    expect(besidePan({ top: 300, bottom: 730 }, room, 'top-right')).toBe(156);
    expect(besidePan({ top: 100, bottom: 530 }, room, 'left')).toBe(-25);
  });

  it('makes the popup’s room on the east where the map’s west edge would hold the selection under it on the west', () => {
    const bounds = MAP_EXTENT.maxBounds;
    // A view 880 px wide at zoom 2.5: 1° is 512 × 2^2.5 / 360 ≈ 8 px, so its west edge lies 55° west of its centre.
    expect(pastWestBound([70, 50], 2.5, 880, bounds)).toBe(false);
    expect(pastWestBound([70, 50], 2.5, 2000, bounds)).toBe(true);
    expect(pastWestBound([50, 50], 2.5, 880, bounds)).toBe(true);
    // Closer, the same centre leaves the bound clear.
    expect(pastWestBound([50, 50], 4, 880, bounds)).toBe(false);
    expect(besidePadding(padding, 'east')).toEqual({ ...padding, right: padding.right + POPUP_WIDTH + POPUP_GAP });
    expect(besidePadding(padding)).toEqual(besidePadding(padding, 'west'));
  });

  it('points the popup at the westernmost point of what is selected', () => {
    const six = catalogue.segment('segment-6')!.line;
    const west = six.reduce((a, b) => (b[0]! < a[0]! ? b : a));
    expect(besidePoint({ kind: 'segment', id: 'segment-6' }, catalogue)).toEqual(west);
    expect(besidePoint({ kind: 'place', id: 'karachi' }, catalogue)).toEqual(catalogue.place('karachi')!.at);
    const pakistan = subjectPoints({ kind: 'country', id: 'PAK' }, catalogue);
    expect(pakistan.length).toBeGreaterThan(3);
    expect(besidePoint({ kind: 'country', id: 'PAK' }, catalogue)![0]).toBe(Math.min(...pakistan.map((p) => p[0]!)));
    expect(besidePoint({ kind: 'country', id: 'PAK' }, catalogue, 'east')![0]).toBe(
      Math.max(...pakistan.map((p) => p[0]!)),
    );
  });
});
