import { PICTURE_FILES, type Picture } from '../../../geo/contract';

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
