import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GEO_FILES } from '../contract.ts';
import type { GeoData } from './files.ts';
import type { Problem } from './types.ts';

/** Where the app's words live: the article, and what is said of each place, country and segment. */
export const CONTENT_DIR = fileURLToPath(new URL('../../src/content/', import.meta.url));
export const CONTENT_FILES = {
  article: 'article-2025-09-02.txt',
  excerpts: 'excerpts.ts',
  places: 'places.ts',
  countries: 'countries.ts',
  segments: 'segments.ts',
} as const;

/** The content as geo:check reads it: plain data, whatever the modules' own types. */
export interface ContentData {
  article: string;
  excerpts: Record<string, string>;
  places: Array<{ id: string; excerpts: string[] }>;
  countries: Array<{ id: string; excerpts: string[] }>;
  segments: Array<{ id: string; facts: string }>;
}

/** Reads the article and imports the content modules of `dir` (src/content/ or an edited copy). */
export async function readContent(dir = CONTENT_DIR): Promise<ContentData> {
  const load = async <T>(file: string, name: string): Promise<T> =>
    ((await import(pathToFileURL(join(dir, file)).href)) as Record<string, T>)[name]!;
  return {
    article: readFileSync(join(dir, CONTENT_FILES.article), 'utf8'),
    excerpts: await load(CONTENT_FILES.excerpts, 'excerpts'),
    places: await load(CONTENT_FILES.places, 'places'),
    countries: await load(CONTENT_FILES.countries, 'countries'),
    segments: await load(CONTENT_FILES.segments, 'segments'),
  };
}

/** The longest start of `text` that the article holds word for word: where a reworded excerpt departs. */
function verbatimPrefix(article: string, text: string): string {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (article.includes(text.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return text.slice(0, low);
}

/** Every excerpt must be a run of the article's text, character for character. */
export function checkExcerpts(file: string, article: string, excerpts: Record<string, string>): Problem[] {
  return Object.entries(excerpts).flatMap(([key, text]) => {
    if (typeof text !== 'string' || text.trim() === '')
      return [{ file, feature: key, message: 'is empty; an excerpt quotes the article' }];
    if (article.includes(text)) return [];
    const kept = verbatimPrefix(article, text);
    const where = kept ? `after "${kept.slice(-40)}"` : 'from its first character';
    return [{ file, feature: key, message: `is not word for word in the article: it departs ${where}` }];
  });
}

interface Ids {
  /** What the content file says, one entry per id. */
  content: Array<{ id: string; excerpts?: string[]; facts?: string }>;
  contentFile: string;
  /** The features of geo/ the content belongs to. */
  geoIds: string[];
  geoFile: string;
  /** What a feature without content is called, in a message. */
  what: string;
}

/** Content and geo/ name the same ids, once each, and every entry says something. */
function checkCoverage(
  { content, contentFile, geoIds, geoFile, what }: Ids,
  excerpts: Record<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const contentIds = content.map((entry) => entry.id);
  for (const id of geoIds)
    if (!contentIds.includes(id))
      problems.push({ file: geoFile, feature: id, message: `${what} with no content in ${contentFile}` });
  for (const entry of content) {
    const problem = (message: string) => problems.push({ file: contentFile, feature: entry.id, message });
    if (!geoIds.includes(entry.id)) problem(`has no ${what} with this id in ${geoFile}`);
    if (contentIds.indexOf(entry.id) !== contentIds.lastIndexOf(entry.id)) problem('appears more than once');
    if (entry.excerpts !== undefined) {
      if (entry.excerpts.length === 0) problem('has no excerpt of the article');
      for (const key of entry.excerpts) if (!(key in excerpts)) problem(`names excerpt "${key}", which does not exist`);
    }
    if (entry.facts !== undefined && entry.facts.trim() === '') problem('has no facts');
  }
  return problems;
}

/**
 * The content against the article and against geo/: every excerpt verbatim, every article place,
 * corridor country and segment with something to say, and nothing said of a feature that is not there.
 */
export function checkContent(content: ContentData, geo: GeoData, contentDir: string, geoDir: string): Problem[] {
  const file = (name: string) => `${contentDir}/${name}`;
  // Read with care: a file that failed its structural checks may not even hold a list of features.
  const features = <T>(collection: { features: T[] }): T[] =>
    Array.isArray(collection?.features) ? collection.features : [];
  const articlePlaces = features(geo.places).filter((place) => place.properties?.kind === 'article-place');
  const ids = (collection: Array<{ id?: string | number }>) => collection.map((feature) => String(feature.id));
  // Each kind of content beside the geo file its ids come from.
  const kinds = [
    {
      content: content.places,
      name: CONTENT_FILES.places,
      ids: ids(articlePlaces),
      geoName: GEO_FILES.places,
      what: 'article place',
    },
    {
      content: content.countries,
      name: CONTENT_FILES.countries,
      ids: ids(features(geo.countries)),
      geoName: GEO_FILES.countries,
      what: 'corridor country',
    },
    {
      content: content.segments,
      name: CONTENT_FILES.segments,
      ids: ids(features(geo.corridor)),
      geoName: GEO_FILES.corridor,
      what: 'corridor segment',
    },
  ];
  return [
    ...checkExcerpts(file(CONTENT_FILES.excerpts), content.article, content.excerpts),
    ...kinds.flatMap((kind) =>
      checkCoverage(
        {
          content: kind.content,
          contentFile: file(kind.name),
          geoIds: kind.ids,
          geoFile: `${geoDir}/${kind.geoName}`,
          what: kind.what,
        },
        content.excerpts,
      ),
    ),
  ];
}
