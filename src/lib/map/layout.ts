import { mercatorY, type Box } from '../../../geo/contract';
import { panel } from '../../theme/tokens';

/**
 * Where the first view sits on the page: the padding that keeps it clear of the key, the credits
 * and the place names, whether the key starts folded, and how tall a phone's map must be. Pure
 * arithmetic on the window's size; the page measures what only layout can tell and passes it in.
 */

/** A map's padding, as MapLibre takes it. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The page as the map opens in it: its layout (phone or desktop), whether it is embedded, whether the
 * panel takes a column beside the map on a desktop (an embed's map alone or over its figures has none),
 * its size.
 */
export interface Frame {
  phone: boolean;
  embed: boolean;
  panel: boolean;
  width: number;
  height: number;
}

/** What only the laid-out page can tell, read when the map asks for its padding. */
export interface Measured {
  /** The credits' height under the map: up to three lines on a narrow screen. */
  attributionHeight(): number;
  /** From the map's bottom to the top of the folded key, on a desktop. */
  aboveFoldedKey(): number;
}

/** Between the credits (or the folded key) and the view's southern edge: Karachi's name hangs 10 px below its dot. */
export const BELOW_SOUTH = 12;
/**
 * On a desktop the first view keeps clear of the open key, which takes the map's lower left, and of
 * the place names, which run right of their dots.
 */
export const DESKTOP_PADDING: Padding = { top: 40, right: 100, bottom: 220, left: 40 };
/**
 * Under this width a map beside the panel (a phone held sideways) is too narrow to keep Beijing's
 * name to the right of its dot: there it turns left, as on a phone, and the view leans right.
 */
export const NARROW_MAP = 560;
/** The sides of a narrow map's first view: room for Belarus's name on the left, Beijing's dot on the right. */
const NARROW_SIDES = { left: 60, right: 32 };

/**
 * The view's controls above the credits, bottom right (zoom, reset, scale): their row's height and
 * the gap under it. The first view keeps above them.
 */
export const CONTROLS_ROW = 40;

/** The credits at their tallest under the map: three lines, on a screen 320 to 390 px wide. */
export const ATTRIBUTION_MOST = 53;

/** The map's width beside the panel's column on a desktop (the column is `panel.max` px, or `panel.share` of the window). */
export function mapWidth(frame: Frame): number {
  return frame.phone || !frame.panel ? frame.width : frame.width - Math.min(panel.max, panel.share * frame.width);
}

/**
 * Whether the key starts folded. On a desktop it starts open where the whole corridor fits above it,
 * and folded where it would cover part of it: in a short window (a laptop under its toolbars) the map
 * cannot zoom out far enough to fit both; in one under about 1120 px wide the map may not show south
 * of 8° S, so it holds Karachi low, beside the key. In an embed it always starts folded; on a phone
 * it sits folded at the top.
 */
export function keyFolds(frame: Frame, firstView: Box, maxBounds: Box): boolean {
  if (frame.phone) return true;
  if (frame.embed) return true;
  return !viewFits(firstView, maxBounds, { width: mapWidth(frame), height: frame.height }, DESKTOP_PADDING);
}

/**
 * The first view's padding: the whole corridor and every marked place, above the key and clear of the
 * place names (right). On a phone or in a small embed the credits may take three lines: the view stays
 * above them, measured when the map reads the padding (after the page is laid out). There Beijing's
 * name turns to the left of its dot, so the view leans right, and Belarus's name fits on the left.
 * The bottom is a getter: MapLibre reads it as the map is created, once the page is laid out.
 */
export function firstViewPadding(frame: Frame, keyFolded: boolean, measured: Measured): Padding {
  if (frame.phone)
    return {
      // Clear of the folded key (and the embed's link), which sit higher in an embed.
      top: frame.embed ? 48 : 56,
      right: NARROW_SIDES.right,
      get bottom() {
        return measured.attributionHeight() + CONTROLS_ROW + BELOW_SOUTH;
      },
      left: NARROW_SIDES.left,
    };
  if (!keyFolded) return DESKTOP_PADDING;
  return {
    ...DESKTOP_PADDING,
    ...(mapWidth(frame) < NARROW_MAP && NARROW_SIDES),
    // Where the corridor fills the map's height, Russia's name, north of Moscow, needs 8 px more.
    top: 48,
    get bottom() {
      return Math.max(measured.aboveFoldedKey(), measured.attributionHeight() + CONTROLS_ROW) + BELOW_SOUTH;
    },
  };
}

/**
 * The map's height the first view needs on a phone or in an embed, at any width, as CSS. maxBounds
 * stops the map zooming out past showing its whole width, so on a wide, short screen the corridor's
 * north–south reach would not fit: the sheet under the map gives way, down to its story bar, so the
 * map keeps the corridor's height at that zoom and the padding above and below. Undefined on a desktop.
 */
export function firstViewHeight(frame: Frame, padding: Padding, firstView: Box, maxBounds: Box): string | undefined {
  if (!frame.phone) return undefined;
  return `calc(${heightPerWidth(firstView, maxBounds).toFixed(4)} * 100vw + ${
    padding.top + ATTRIBUTION_MOST + CONTROLS_ROW + BELOW_SOUTH
  }px)`;
}

/** The first view as the page lays it out: the key open or folded, the map's padding, a phone map's height. */
export function firstViewLayout(frame: Frame, firstView: Box, maxBounds: Box, measured: Measured) {
  const keyFolded = keyFolds(frame, firstView, maxBounds);
  const padding = firstViewPadding(frame, keyFolded, measured);
  return { keyOpen: !keyFolded, padding, height: firstViewHeight(frame, padding, firstView, maxBounds) };
}

/**
 * How many pixels of height a map needs per pixel of its width to show all of `view` north to
 * south when it is zoomed out as far as `limits` allow. A map may not zoom out past showing the
 * limits' whole width, so a map too wide for its height cannot show the whole view, however it is
 * padded: its height must be at least this times its width, plus the padding.
 */
export function heightPerWidth(view: Box, limits: Box): number {
  const northSouth = (mercatorY(view[1][1]) - mercatorY(view[0][1])) / (2 * Math.PI);
  const eastWest = (limits[1][0] - limits[0][0]) / 360;
  return northSouth / eastWest;
}

/**
 * Whether a map of `width` × `height` px opens with all of `view` inside its padding, when it may
 * not show anything beyond `limits` (MapLibre's maxBounds). It fits the view the way MapLibre does:
 * the largest scale at which the view fits the padded box, but never zoomed out past the limits;
 * then, where the view's placement would show beyond the limits, the map is pushed back inside
 * them, which can push the view's edge under the padding (a wide key, say) even with room to spare.
 */
export function viewFits(view: Box, limits: Box, size: { width: number; height: number }, padding: Padding): boolean {
  // Positions as fractions of the Mercator world's width (its height is the same): x east, y north.
  const x = (lng: number) => lng / 360;
  const y = (lat: number) => mercatorY(lat) / (2 * Math.PI);
  const viewWidth = x(view[1][0]) - x(view[0][0]);
  const viewHeight = y(view[1][1]) - y(view[0][1]);
  const inner = {
    width: size.width - padding.left - padding.right,
    height: size.height - padding.top - padding.bottom,
  };
  if (inner.width <= 0 || inner.height <= 0) return false;
  // World widths in pixels: the scale at which the view fills the padded box, and the least the limits allow.
  const fitting = Math.min(inner.width / viewWidth, inner.height / viewHeight);
  const least = Math.max(
    size.width / (x(limits[1][0]) - x(limits[0][0])),
    size.height / (y(limits[1][1]) - y(limits[0][1])),
  );
  const scale = Math.max(fitting, least);
  // Less than a pixel over does not count: MapLibre's placement is no finer.
  const room = 1;
  return (
    viewHeight * scale <= inner.height + room &&
    viewWidth * scale <= inner.width + room &&
    (y(view[0][1]) - y(limits[0][1])) * scale >= padding.bottom - room &&
    (y(limits[1][1]) - y(view[1][1])) * scale >= padding.top - room &&
    (x(view[0][0]) - x(limits[0][0])) * scale >= padding.left - room &&
    (x(limits[1][0]) - x(view[1][0])) * scale >= padding.right - room
  );
}
