import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * The bundled fonts cut to the letters the page can show. Every file `src/fonts.css` (and the map's
 * label font) takes from `@fontsource/*` is subset at build time to the characters of the page's own
 * text, so that a word added to the content brings its letters with it and nothing else ships. The
 * text is read from the sources themselves (`pageText`); the subsets are made by harfbuzz (through
 * subset-font), which keeps what shaping needs (the Arabic letters' joined forms), and are written once
 * per text into a cache. Vite's alias (`fontAlias`, vite.config.ts) points the fontsource files there,
 * in the build and in `npm start` (which reads the text as it starts).
 */

const require = createRequire(import.meta.url);

/** The files the app takes from fontsource, by package: what is subset. */
export const FONT_FILES = [
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
  '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2',
  '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
  '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2',
  '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2',
  '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
  '@fontsource/noto-sans-sc/files/noto-sans-sc-117-400-normal.woff2',
] as const;

/** Where the page's words are: its content, its components and the names in the geo files. */
const TEXT_SOURCES = [
  { folder: 'src', files: /\.(ts|svelte|html|txt|css)$/, skip: /(\.test\.ts$|^src\/build\/)/ },
  { folder: 'geo', files: /^[\w-]+\.(geojson|json)$/, skip: /^geo\/corridor-source\.json$/ },
];

/** The HTML entities the components write, as the letters they stand for. */
const ENTITIES: Record<string, string> = { nbsp: '\u00a0', thinsp: '\u2009', amp: '&', lt: '<', gt: '>', quot: '"' };

/** A source's text with its escapes read: `\u00a0`, `\u{1F600}`, `\x41`, `&nbsp;`, `&#8212;`, `&#x2014;`. */
export function unescaped(text: string): string {
  return text
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

/**
 * Every character the page may set: those of the texts, each in upper and lower case too (names are
 * set in capitals by CSS and by the figure), and the printable ASCII letters, digits and signs, which
 * numbers, URLs and formatting may produce from any text.
 */
export function charactersOf(texts: Iterable<string>): Set<number> {
  const found = new Set<number>();
  for (let code = 0x20; code < 0x7f; code++) found.add(code);
  for (const text of texts)
    for (const char of unescaped(text))
      for (const variant of [char, char.toUpperCase(), char.toLowerCase()])
        for (const point of variant) found.add(point.codePointAt(0)!);
  return found;
}

/** The texts of the sources, under `root`: every file TEXT_SOURCES names, whole. */
export function sourceTexts(root: string): string[] {
  const texts: string[] = [];
  const walk = (folder: string, source: (typeof TEXT_SOURCES)[number]) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = path.split('\\').join('/');
      if (entry.isDirectory()) {
        if (source.folder === 'src') walk(path, source);
      } else if (source.files.test(entry.name) && !source.skip.test(name)) {
        texts.push(readFileSync(join(root, path), 'utf8'));
      }
    }
  };
  for (const source of TEXT_SOURCES) walk(source.folder, source);
  return texts;
}

/** The characters of the page's text, as code points in order. */
export const pageText = (root: string): number[] => [...charactersOf(sourceTexts(root))].sort((a, b) => a - b);

/**
 * Subsets every FONT_FILES file to `characters` into `cacheDir`, under the file's own name in a
 * folder named for the text and the fonts, so that a build finds the subsets of its text made and
 * never mixes those of another. Returns that folder.
 */
export async function writeSubsets(characters: readonly number[], cacheDir: string): Promise<string> {
  const text = String.fromCodePoint(...characters);
  const originals = FONT_FILES.map((file) => ({ file, bytes: readFileSync(require.resolve(file)) }));
  const hash = createHash('sha256').update(text);
  for (const { bytes } of originals) hash.update(bytes);
  const folder = join(cacheDir, hash.digest('hex').slice(0, 16));
  const done = join(folder, '.done');
  if (existsSync(done)) return folder;
  mkdirSync(folder, { recursive: true });
  for (const { file, bytes } of originals) {
    const subset = await subsetFont(bytes, text, { targetFormat: 'woff2' });
    writeFileSync(join(folder, file.split('/').pop()!), subset);
  }
  writeFileSync(done, '');
  return folder;
}

/**
 * Vite's alias from each fontsource file the app names (`@fontsource/<package>/files/<file>.woff2`,
 * with or without `?url`) to its subset in `folder`; any other file is left to fontsource.
 */
export function fontAlias(folder: string): { find: RegExp; replacement: string } {
  const names = FONT_FILES.map((file) =>
    file
      .split('/')
      .pop()!
      .replace(/[.-]/g, (c) => `\\${c}`),
  );
  return {
    find: new RegExp(`^@fontsource/[\\w-]+/files/(${names.join('|')})(\\?url)?$`),
    replacement: `${folder.split('\\').join('/')}/$1$2`,
  };
}
