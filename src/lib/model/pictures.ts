import { PICTURE_FILES, project, type Picture } from '../../../geo/contract';

/**
 * The corridor drawn flat at build time (geo/lib/picture.ts), each loaded only when it is shown: the
 * route's picture by a page that cannot run the map, the locator's once the reader zooms in.
 */
const loaders: Record<keyof typeof PICTURE_FILES, () => Promise<{ default: unknown }>> = {
  route: () => import('../../../geo/picture-route.json'),
  locator: () => import('../../../geo/picture-locator.json'),
};

export async function loadPicture(name: keyof typeof PICTURE_FILES): Promise<Picture> {
  try {
    return (await loaders[name]()).default as Picture;
  } catch (error) {
    throw new Error(`geo/${PICTURE_FILES[name]}: could not be loaded (${(error as Error).message})`, { cause: error });
  }
}

/** A point of the world in a picture's pixels: the map's projection at the picture's zoom, from its corner. */
export function pictureXY(picture: Picture, lngLat: readonly [number, number]): [number, number] {
  const [x, y] = project(lngLat, picture.zoom);
  return [x - picture.origin[0], y - picture.origin[1]];
}
