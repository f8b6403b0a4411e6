import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_MOST,
  BELOW_SOUTH,
  CONTROLS_ROW,
  DESKTOP_PADDING,
  firstViewHeight,
  firstViewPadding,
  heightPerWidth,
  keyFolds,
  mapWidth,
  viewFits,
  type Frame,
} from './layout';

// The app's first view (geo/facts.json) and limits (MAP_EXTENT.maxBounds), Minsk and Moscow to Karachi and Beijing.
const corridor: [[number, number], [number, number]] = [
  [27.5667, 24.8608],
  [116.3972, 55.7522],
];
const limits: [[number, number], [number, number]] = [
  [8, -8],
  [142, 78],
];
const desktop = (width: number, height: number): Frame => ({ phone: false, embed: false, panel: true, width, height });
const measured = { attributionHeight: () => 40, aboveFoldedKey: () => 70 };

describe('the first view on a desktop', () => {
  it('gives the map the window less the panel’s column: 400 px, or 36 % of a narrower window', () => {
    expect(mapWidth(desktop(1280, 800))).toBe(880);
    expect(mapWidth(desktop(1000, 800))).toBe(640);
    expect(mapWidth({ ...desktop(390, 844), phone: true })).toBe(390);
    // An embed's map alone, or over its figures, has no column beside it.
    expect(mapWidth({ ...desktop(700, 480), embed: true, panel: false })).toBe(700);
  });

  it('opens the key where the corridor fits above it, and folds it in a short or narrow window', () => {
    expect(keyFolds(desktop(1280, 800), corridor, limits)).toBe(false);
    expect(keyFolds(desktop(1280, 720), corridor, limits)).toBe(false);
    expect(keyFolds(desktop(1280, 430), corridor, limits)).toBe(true);
    expect(keyFolds(desktop(1024, 768), corridor, limits)).toBe(true);
  });

  it('always folds the key in an embed and on a phone', () => {
    expect(keyFolds({ ...desktop(1280, 800), embed: true }, corridor, limits)).toBe(true);
    expect(keyFolds({ ...desktop(390, 844), phone: true }, corridor, limits)).toBe(true);
  });

  it('keeps the view above the open key, or above the folded key as the page lays it out', () => {
    expect(firstViewPadding(desktop(1280, 800), false, measured)).toEqual(DESKTOP_PADDING);
    // The folded key reaches 70 px up, the view's controls 40 + CONTROLS_ROW above the credits: the higher counts.
    const folded = firstViewPadding(desktop(1024, 768), true, measured);
    expect({ ...folded }).toEqual({ ...DESKTOP_PADDING, top: 48, bottom: 40 + CONTROLS_ROW + BELOW_SOUTH });
    const tallKey = firstViewPadding(desktop(1024, 768), true, { ...measured, aboveFoldedKey: () => 120 });
    expect(tallKey.bottom).toBe(120 + BELOW_SOUTH);
  });

  it('leans the view right in a map too narrow for Beijing’s name on its right (a phone held sideways)', () => {
    // 568 × 320: the map is 364 px beside the panel; Beijing's name turns left of its dot there.
    const sideways = firstViewPadding(desktop(568, 320), true, measured);
    expect({ ...sideways }).toEqual({ top: 48, right: 32, bottom: 40 + CONTROLS_ROW + BELOW_SOUTH, left: 60 });
    expect(viewFits(corridor, limits, { width: mapWidth(desktop(568, 320)), height: 320 }, sideways)).toBe(true);
    // 640 px wide, the map is 410 px wide: still narrow. 1024 px wide: the desktop's sides.
    expect(firstViewPadding(desktop(640, 360), true, measured).right).toBe(32);
    expect(firstViewPadding(desktop(1024, 768), true, measured).right).toBe(DESKTOP_PADDING.right);
  });

  it('needs no height of its own: the panel is beside the map', () => {
    expect(firstViewHeight(desktop(1280, 800), DESKTOP_PADDING, corridor, limits)).toBeUndefined();
  });
});

describe('the first view on a phone', () => {
  const phone: Frame = { phone: true, embed: false, panel: true, width: 390, height: 844 };

  it('keeps above the credits as tall as the page lays them out and the controls over them, and below the folded key', () => {
    expect({ ...firstViewPadding(phone, true, measured) }).toEqual({
      top: 56,
      right: 32,
      bottom: 40 + CONTROLS_ROW + BELOW_SOUTH,
      left: 60,
    });
    expect(firstViewPadding({ ...phone, embed: true }, true, measured).top).toBe(48);
  });

  it('reads the credits’ height when the map asks, not before', () => {
    let height = 20;
    const padding = firstViewPadding(phone, true, { ...measured, attributionHeight: () => height });
    height = 53;
    expect(padding.bottom).toBe(53 + CONTROLS_ROW + BELOW_SOUTH);
  });

  it('asks for the corridor’s height at the widest zoom, and the padding above and below', () => {
    const padding = firstViewPadding(phone, true, measured);
    expect(firstViewHeight(phone, padding, corridor, limits)).toBe(
      `calc(${heightPerWidth(corridor, limits).toFixed(4)} * 100vw + ${56 + ATTRIBUTION_MOST + CONTROLS_ROW + BELOW_SOUTH}px)`,
    );
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
