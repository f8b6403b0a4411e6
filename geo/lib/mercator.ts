/** Web Mercator's y for a latitude, on a sphere of radius 1: the map's projection, for geo/ and the app alike. */
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
