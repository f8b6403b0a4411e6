import type { EmbedPanel } from '../model/url-state';
import { isPhone } from '../ui/media';
import { DESKTOP_PADDING, type Frame, type Measured } from './layout';

/** The page as the map opens in it, read from the window at start and as it changes size. */
export function currentFrame(embed: EmbedPanel | null): Frame {
  return {
    phone: isPhone(),
    embed: embed !== null,
    panel: embed === null || embed === 'story',
    width: innerWidth,
    height: innerHeight,
  };
}

/**
 * What the laid-out page tells the first view (layout.ts): read when the map asks for its padding,
 * by which time the page is laid out. Looked up rather than bound: the map reads it as it is created,
 * before bindings are set. The fallbacks are the sizes the page would give them.
 */
export const measuredOnPage: Measured = {
  attributionHeight: () => document.getElementById('attribution')?.offsetHeight ?? 24,
  aboveFoldedKey() {
    const key = document.querySelector<HTMLElement>('.map-area > .key');
    return key?.offsetParent ? key.offsetParent.clientHeight - key.offsetTop : DESKTOP_PADDING.bottom;
  },
};
