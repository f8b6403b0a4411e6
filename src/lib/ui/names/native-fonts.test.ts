import { describe, expect, it, vi } from 'vitest';
import { countries } from '../../../content/countries';
import { places } from '../../../content/places';
import { loadNativeFonts, NATIVE_LETTERS } from './native-fonts';

describe('loadNativeFonts', () => {
  it('asks the page family at weight 400 for every letter of every native name, each once', async () => {
    const load = vi.fn(() => Promise.resolve([] as FontFace[]));
    await loadNativeFonts({ load });
    expect(load).toHaveBeenCalledWith("400 1em 'Noto Sans'", NATIVE_LETTERS);
    const letters = [...places, ...countries].flatMap((item) => item.native.flatMap((name) => [...name.text]));
    for (const letter of letters) expect(NATIVE_LETTERS).toContain(letter);
    expect([...NATIVE_LETTERS]).toHaveLength(new Set(letters).size);
    // Every script the names are written in: Cyrillic, Arabic, Han.
    expect(NATIVE_LETTERS).toMatch(/\p{Script=Cyrillic}/u);
    expect(NATIVE_LETTERS).toMatch(/\p{Script=Arabic}/u);
    expect(NATIVE_LETTERS).toMatch(/\p{Script=Han}/u);
  });

  it('leaves a font that fails to the system, saying so once, without failing the page', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(loadNativeFonts({ load: () => Promise.reject(new Error('network')) })).resolves.toBeUndefined();
    expect(spy.mock.calls).toEqual([['src/fonts.css: a font of the native names did not load (network)']]);
    spy.mockRestore();
  });
});
