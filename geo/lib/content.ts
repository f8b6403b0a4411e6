import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FACTS_FILE, GEO_FILES } from '../contract.ts';
import type { GeoData } from './files.ts';
import type { Problem } from './types.ts';

/** Where the app's words live: the article, and what is said of each place, country, segment and crossing. */
export const CONTENT_DIR = fileURLToPath(new URL('../../src/content/', import.meta.url));
export const CONTENT_FILES = {
  article: 'article-2025-09-02.txt',
  excerpts: 'excerpts.ts',
  places: 'places.ts',
  countries: 'countries.ts',
  segments: 'segments.ts',
  crossings: 'crossings.ts',
  sources: 'sources.ts',
  ledger: 'ledger.ts',
  timeline: 'timeline.ts',
  routes: 'routes.ts',
} as const;

/** The content as geo:check reads it: plain data, whatever the modules' own types. */
export interface ContentData {
  article: string;
  excerpts: Record<string, string>;
  places: Array<{ id: string; excerpts: string[]; dated?: unknown }>;
  countries: Array<{ id: string; excerpts: string[]; role?: unknown }>;
  segments: Array<{ id: string; facts: unknown }>;
  crossings: Array<{ id: string; facts: unknown }>;
  sources: Record<string, unknown>;
  ledger: unknown;
  timeline: Array<{ id: string; facts: unknown }>;
  routes: Array<{ id: string; facts: unknown; transit?: { sources?: unknown } }>;
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
    crossings: await load(CONTENT_FILES.crossings, 'crossings'),
    sources: await load(CONTENT_FILES.sources, 'sources'),
    ledger: await load(CONTENT_FILES.ledger, 'ledger'),
    timeline: await load(CONTENT_FILES.timeline, 'timeline'),
    routes: await load(CONTENT_FILES.routes, 'routes'),
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
  content: Array<{ id: string; excerpts?: string[] }>;
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
  }
  return problems;
}

/** What each kind of entry states beyond the article: the field, and the file it is in. */
const STATED = [
  { file: CONTENT_FILES.places, field: 'dated', entries: (content: ContentData) => content.places },
  { file: CONTENT_FILES.countries, field: 'role', entries: (content: ContentData) => content.countries },
  { file: CONTENT_FILES.segments, field: 'facts', entries: (content: ContentData) => content.segments },
  { file: CONTENT_FILES.crossings, field: 'facts', entries: (content: ContentData) => content.crossings },
  { file: CONTENT_FILES.timeline, field: 'facts', entries: (content: ContentData) => content.timeline },
  { file: CONTENT_FILES.routes, field: 'facts', entries: (content: ContentData) => content.routes },
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A statement shortened for a message. */
const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

/**
 * Every fact beyond the article cites its sources. Each entry's statements (a place's `dated`, a
 * country's `role`, a segment's or a crossing's `facts`) are a list of `{ text, sources }`, or `{ text, drawn: true }`
 * for what only describes the line as drawn (which may hold no figure: a figure is a reported fact).
 * A statement cites at least one source, each in sources.ts, not all of them weak (C); so does each
 * report in the ledger of conflicting figures, where weak sources may stand beside the others. Every
 * source is dated as YYYY-MM(-DD) or undated, has an outlet and an https address, and is cited.
 */
export function checkSources(content: ContentData, contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const registry = isRecord(content.sources) ? content.sources : {};
  const sourcesFile = `${contentDir}/${CONTENT_FILES.sources}`;
  const cited = new Set<string>();
  for (const { file, field, entries } of STATED) {
    for (const entry of entries(content)) {
      const problem = (message: string) =>
        problems.push({ file: `${contentDir}/${file}`, feature: String(entry.id), message });
      const statements = (entry as Record<string, unknown>)[field];
      if (!Array.isArray(statements) || statements.length === 0) {
        problem(`has no ${field}: a list of statements, each with its sources`);
        continue;
      }
      statements.forEach((statement: unknown, i) => {
        const where = `${field}[${i}]`;
        if (!isRecord(statement) || typeof statement.text !== 'string' || statement.text.trim() === '')
          return problem(`${where} is not a statement: it needs a text`);
        const text = quote(statement.text);
        if (statement.drawn === true) {
          if (/\d/.test(statement.text))
            problem(`${where} ${text} describes the line as drawn but holds a figure: a figure needs a source`);
          return;
        }
        if (!Array.isArray(statement.sources) || statement.sources.length === 0)
          return problem(`${where} ${text} states a fact without a source`);
        const known = statement.sources.filter((key: unknown) => {
          cited.add(String(key));
          if (typeof key === 'string' && key in registry) return true;
          problem(`${where} cites "${String(key)}", which is not in ${sourcesFile}`);
          return false;
        });
        if (known.length > 0 && known.every((key: string) => isRecord(registry[key]) && registry[key].strength === 'C'))
          problem(`${where} ${text} rests on weak (C) sources alone`);
      });
    }
  }
  // A compared route's reported transit time cites its sources, as a statement does.
  for (const route of content.routes) {
    const keys = route.transit?.sources;
    if (route.transit === undefined) continue;
    const problem = (message: string) =>
      problems.push({ file: `${contentDir}/${CONTENT_FILES.routes}`, feature: route.id, message });
    if (!Array.isArray(keys) || keys.length === 0) problem('transit has no source');
    for (const key of Array.isArray(keys) ? keys : []) {
      cited.add(String(key));
      if (!(typeof key === 'string' && key in registry))
        problem(`transit cites "${String(key)}", which is not in ${sourcesFile}`);
    }
  }
  // The ledger of conflicting figures: each report cites its sources; weak ones may stand there, beside others.
  const ledgerFile = `${contentDir}/${CONTENT_FILES.ledger}`;
  const rows = isRecord(content.ledger) && Array.isArray(content.ledger.rows) ? content.ledger.rows : [];
  if (rows.length === 0) problems.push({ file: ledgerFile, feature: 'rows', message: 'has no figures' });
  for (const row of rows) {
    const id = isRecord(row) ? String(row.id) : '?';
    const problem = (message: string) => problems.push({ file: ledgerFile, feature: id, message });
    const reports = isRecord(row) && Array.isArray(row.reports) ? row.reports : [];
    if (reports.length === 0) problem('has no reports');
    reports.forEach((report: unknown, i) => {
      if (!isRecord(report) || typeof report.value !== 'number') return problem(`reports[${i}] has no value`);
      if (!Array.isArray(report.sources) || report.sources.length === 0)
        return problem(`reports[${i}] (${report.value}) has no source`);
      for (const key of report.sources) {
        cited.add(String(key));
        if (!(typeof key === 'string' && key in registry))
          problem(`reports[${i}] cites "${String(key)}", which is not in ${sourcesFile}`);
      }
    });
  }
  for (const [key, source] of Object.entries(registry)) {
    const problem = (message: string) => problems.push({ file: sourcesFile, feature: key, message });
    if (!isRecord(source)) {
      problem('is not a source');
      continue;
    }
    if (typeof source.outlet !== 'string' || source.outlet.trim() === '') problem('has no outlet');
    if (typeof source.url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(source.url))
      problem(`has no https address: ${JSON.stringify(source.url)}`);
    if (source.date !== undefined && !isDate(source.date))
      problem(`has date ${JSON.stringify(source.date)}: give YYYY-MM-DD, or YYYY-MM where the day is not known`);
    if (!['A', 'B', 'C'].includes(source.strength as string)) problem('has no strength (A, B or C)');
    if (!cited.has(key)) problem('is cited by no statement');
  }
  return problems;
}

/** The order a stretch goes through its stages; superseded may come after any of the others. */
const STAGES = ['proposed', 'agreed', 'built', 'superseded'] as const;

/**
 * The timeline: each event with an id of its own, a date (YYYY, YYYY-MM or YYYY-MM-DD) no earlier than
 * the one before, a title, excerpts that exist, and changes that name a stretch of geo/corridor.geojson
 * and a stage after the stretch's last. Its facts' sources are checked with every other statement's.
 */
export function checkTimeline(
  events: unknown,
  segmentIds: readonly string[],
  excerpts: Record<string, string>,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  if (!Array.isArray(events) || events.length === 0) return [{ file, feature: 'timeline', message: 'has no events' }];
  const seen = new Set<string>();
  const lastStage = new Map<string, number>();
  let previous = '';
  events.forEach((event: unknown, i) => {
    const id = isRecord(event) && typeof event.id === 'string' ? event.id : `[${i}]`;
    const problem = (message: string) => problems.push({ file, feature: id, message });
    if (!isRecord(event)) return problem('is not an event');
    if (seen.has(id)) problem('appears more than once');
    seen.add(id);
    const date = event.date;
    if (typeof date !== 'string' || !(/^\d{4}$/.test(date) || isDate(date)))
      problem(`has date ${JSON.stringify(date)}: give YYYY, YYYY-MM or YYYY-MM-DD`);
    else {
      if (date < previous) problem(`is dated ${date}, before the event above it (${previous}): keep them in order`);
      previous = date;
    }
    if (typeof event.title !== 'string' || event.title.trim() === '') problem('has no title');
    for (const key of Array.isArray(event.excerpts) ? event.excerpts : [])
      if (!(String(key) in excerpts)) problem(`names excerpt "${String(key)}", which does not exist`);
    const changes = event.changes === undefined ? {} : event.changes;
    if (!isRecord(changes)) return problem('has changes that are not a list of stretches and stages');
    for (const [segment, stage] of Object.entries(changes)) {
      if (!segmentIds.includes(segment)) problem(`changes "${segment}", which is not a stretch in the corridor`);
      const rank = STAGES.indexOf(stage as (typeof STAGES)[number]);
      if (rank < 0) {
        problem(`gives "${segment}" the stage "${String(stage)}": give one of ${STAGES.join(', ')}`);
        continue;
      }
      const before = lastStage.get(segment);
      if (before !== undefined && rank <= before)
        problem(`gives "${segment}" the stage "${String(stage)}" after it was ${STAGES[before]}`);
      lastStage.set(segment, rank);
    }
  });
  return problems;
}

/** A calendar date as YYYY-MM-DD or YYYY-MM. */
function isDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The content against the article and against geo/: every excerpt verbatim, every article place,
 * corridor country and segment with something to say, nothing said of a feature that is not there,
 * and every fact beyond the article with its sources (checkSources).
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
    {
      content: content.routes,
      name: CONTENT_FILES.routes,
      ids: (geo.facts?.routes ?? []).map((route) => String(route.id)),
      geoName: FACTS_FILE,
      what: 'compared route',
    },
    {
      content: content.crossings,
      name: CONTENT_FILES.crossings,
      ids: [...(geo.facts?.main?.crossings ?? []), ...(geo.facts?.alternative?.crossings ?? [])].map((crossing) =>
        String(crossing.id),
      ),
      geoName: FACTS_FILE,
      what: 'crossing',
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
    ...checkTimeline(content.timeline, ids(features(geo.corridor)), content.excerpts, file(CONTENT_FILES.timeline)),
    ...checkSources(content, contentDir),
  ];
}
