import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_FILES, charactersOf, fontAlias, pageText, unescaped, writeSubsets } from './fonts';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(root, 'node_modules/.cache/corridor-fonts');

/** The code points a font file (woff2) maps to glyphs. */
async function cmapOf(bytes: Uint8Array): Promise<Set<number>> {
  const face = new Face(new Blob(await convert(bytes, 'sfnt')));
  return new Set(face.collectUnicodes());
}

/** Every string a value holds, however deep: the content as the page gets it. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, found);
  return found;
}

/**
 * The page's own words, as the content modules export them (the article, its excerpts, the places,
 * countries, stretches, events, routes, sources and the interface's fixed words), and the names the
 * geo files give the map: gathered apart from `pageText`, which reads the source files.
 */
function contentStrings(): string[] {
  const modules = import.meta.glob(['../content/*.ts', '!../content/*.test.ts'], { eager: true });
  const texts = Object.values(modules).flatMap((module) => stringsIn(module));
  expect(Object.keys(modules)).toContain('../content/places.ts');
  const article = readFileSync(join(root, 'src/content/article-2025-09-02.txt'), 'utf8');
  const geo = ['places.geojson', 'labels.geojson', 'facts.json'].flatMap((file) =>
    stringsIn(JSON.parse(readFileSync(join(root, 'geo', file), 'utf8'))),
  );
  return [...texts, article, ...geo];
}

describe('the page text the fonts are cut to', () => {
  it('reads the escapes and entities sources write letters with', () => {
    expect(unescaped('≈\\u00a0km')).toBe('≈\u00a0km');
    expect(unescaped('\\u{1F30D} \\x41')).toBe('🌍 A');
    expect(unescaped('78&nbsp;km &#8212; &#x2014; &amp; &unknown;')).toBe('78\u00a0km — — & &unknown;');
  });

  it('holds each letter in both cases and every printable ASCII character', () => {
    const found = charactersOf(['Қазақстан', 'Oʻzbekiston']);
    for (const char of 'ҚқАаЗзOoʻ~ 0') expect(found.has(char.codePointAt(0)!), char).toBe(true);
    expect(found.has('Ж'.codePointAt(0)!)).toBe(false);
  });

  it('holds every character of the content, the article and the geo files’ names', () => {
    const text = new Set(pageText(root));
    const missing = new Set<string>();
    for (const string of contentStrings())
      for (const char of string) if (!text.has(char.codePointAt(0)!)) missing.add(char);
    expect([...missing]).toEqual([]);
    // The native names' scripts are there.
    for (const char of 'کراچیافغانستانБеларусьҚазақстан北京') expect(text.has(char.codePointAt(0)!), char).toBe(true);
  });
});

describe('the fonts that ship', () => {
  const text = pageText(root);
  let folder = '';
  beforeAll(async () => {
    folder = await writeSubsets(text, CACHE);
  });

  it.each(FONT_FILES)(
    '%s holds every character of the page text that the whole file holds, and no other',
    async (file) => {
      const whole = await cmapOf(readFileSync(require.resolve(file)));
      const subset = await cmapOf(readFileSync(join(folder, file.split('/').pop()!)));
      const wanted = text.filter((point) => whole.has(point));
      expect(wanted.length).toBeGreaterThan(0);
      expect([...subset].sort((a, b) => a - b)).toEqual(wanted);
    },
  );

  it('are what every name of a fontsource file resolves to, in CSS and as a URL; other files stay fontsource’s', () => {
    const { find, replacement } = fontAlias(folder);
    for (const file of FONT_FILES) {
      const name = file.split('/').pop()!;
      expect(file.replace(find, replacement)).toBe(`${folder}/${name}`);
      expect(`${file}?url`.replace(find, replacement)).toBe(`${folder}/${name}?url`);
    }
    expect(find.test('@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff2')).toBe(false);
  });

  it('are made again for another text, in a folder of their own', async () => {
    const other = await writeSubsets([...text, 'Ж'.codePointAt(0)!], CACHE);
    expect(other).not.toBe(folder);
    const cyrillic = FONT_FILES.find((file) => file.includes('cyrillic-400'))!;
    const subset = await cmapOf(readFileSync(join(other, cyrillic.split('/').pop()!)));
    expect(subset.has('Ж'.codePointAt(0)!)).toBe(true);
  });
});
