/** Web Mercator's y for a latitude, on a sphere of radius 1: the map's projection, for geo/ and the app alike. */
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE_SIZE = 512;

/** Web Mercator in pixels of a 512-pixel tile world at `zoom`, as MapLibre draws it. */
export function project([lng, lat]: readonly number[], zoom: number): [number, number] {
  const world = TILE_SIZE * 2 ** zoom;
  return [((lng! + 180) / 360) * world, (0.5 - mercatorY(lat!) / (2 * Math.PI)) * world];
}
