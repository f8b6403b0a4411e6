import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { countries } from './content/countries';
import { places } from './content/places';

const require = createRequire(import.meta.url);

interface Face {
  family: string;
  weight: string;
  file: string;
  ranges: Array<[number, number]>;
}

/** The @font-face rules of a stylesheet, its @imports' first: family, weight, first file, unicode-range. */
function facesOf(css: string): Face[] {
  const imported = [...css.matchAll(/@import\s+'([^']+)'/g)].flatMap(([, name]) =>
    facesOf(readFileSync(require.resolve(name!), 'utf8')),
  );
  const own = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const field = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body!)?.[1]?.trim();
    const file = /url\(['"]?([^'")]+)['"]?\)/.exec(body!)![1]!;
    const ranges = (field('unicode-range') ?? 'U+0-10FFFF').split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
    return {
      family: field('font-family')!.replace(/'/g, ''),
      weight: field('font-weight')!,
      file: file.split('/').pop()!,
      ranges,
    };
  });
  return [...imported, ...own];
}

const covers = (face: Face, codePoint: number) =>
  face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** What the browser can pick for a native name: the page's family at weight 400, last rule first. */
const ours = facesOf(readFileSync(new URL('./fonts.css', import.meta.url), 'utf8')).filter(
  (face) => face.family === 'Noto Sans' && face.weight === '400',
);
/** fontsource's own rules for the packages we take files from: what each file really holds. */
const theirs = [
  '@fontsource/noto-sans/400.css',
  '@fontsource/noto-sans-arabic/400.css',
  '@fontsource/noto-sans-sc/400.css',
]
  .map((name) => readFileSync(require.resolve(name), 'utf8'))
  .flatMap(facesOf);

const nativeNames = [...places, ...countries].flatMap((item) =>
  item.native.map((name) => ({ owner: item.name, ...name })),
);

describe('src/fonts.css', () => {
  it('reads faces and ranges from a stylesheet', () => {
    const [face] = facesOf(
      "@font-face { font-family: 'X'; font-weight: 400; src: url('./a/b.woff2'); unicode-range: U+41-5A, U+4EAC; }",
    );
    expect(face).toEqual({
      family: 'X',
      weight: '400',
      file: 'b.woff2',
      ranges: [
        [0x41, 0x5a],
        [0x4eac, 0x4eac],
      ],
    });
    expect(covers(face!, 0x4eac)).toBe(true);
    expect(covers(face!, 0x61)).toBe(false);
  });

  it('covers every letter of every native name with a bundled file that really holds it', () => {
    expect(nativeNames.length).toBeGreaterThanOrEqual(10);
    for (const name of nativeNames) {
      for (const char of name.text) {
        const codePoint = char.codePointAt(0)!;
        const where = `${name.owner}'s ${name.language} name "${name.text}", letter ${char} (U+${codePoint.toString(16).toUpperCase()})`;
        const face = [...ours].reverse().find((candidate) => covers(candidate, codePoint));
        expect(face, `${where}: no face in src/fonts.css covers it`).toBeDefined();
        const source = theirs.find((candidate) => candidate.file === face!.file);
        expect(source, `${where}: ${face!.file} is not a fontsource file`).toBeDefined();
        expect(covers(source!, codePoint), `${where}: ${face!.file} does not hold it`).toBe(true);
      }
    }
  });
});
