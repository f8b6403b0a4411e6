/**
 * Which side of its dot a place's name goes: the right, as everywhere on this map, unless the map's
 * right edge would cut it there and the left has room for all of it (Beijing on a phone). The page's
 * markers and the exported figure both ask, so a saved image shows what the reader saw.
 *
 * @param x the dot's centre, in pixels from the map's left edge
 * @param reach how far the name reaches from the dot's centre: half the dot, the gap and the label
 * @param width the map's width in pixels
 */
export function nameSide(x: number, reach: number, width: number): 'left' | 'right' {
  return x + reach > width && x - reach >= 0 ? 'left' : 'right';
}
