import { countries } from '../../../content/countries';
import { places } from '../../../content/places';

/** Every letter of the native names the page shows, each once, in the order first met. */
export const NATIVE_LETTERS = [
  ...new Set([...places, ...countries].flatMap((item) => item.native.map((name) => name.text)).join('')),
].join('');

/**
 * Starts loading the font files that hold the native names, as the page starts. The browser asks
 * for a face of `unicode-range` only once text needing it is laid out: for the names over the map,
 * that is after the map's first frame, and the map is not ready until they are in. Asked for now,
 * they arrive while MapLibre's worker is still cutting tiles. A face that fails leaves its names
 * in the system's font, said once in the log.
 */
export function loadNativeFonts(fonts: Pick<FontFaceSet, 'load'> = document.fonts): Promise<void> {
  return fonts.load(`400 1em 'Noto Sans'`, NATIVE_LETTERS).then(
    () => undefined,
    (error: unknown) =>
      console.error(`src/fonts.css: a font of the native names did not load (${(error as Error).message ?? error})`),
  );
}
