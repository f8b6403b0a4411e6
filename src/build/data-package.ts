/**
 * The corridor's data for readers and other newsrooms, made at build time from the same files the
 * map draws: GeoJSON of the route, its places and its crossings, CSV of its stretches, places,
 * sources and the article's excerpts, and a `datapackage.json` (Frictionless Data) that describes
 * them, with their licences and every source. Vite writes them to `data/` (vite.config.ts); the page
 * links them. Pure: reads the project, returns the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { GEO_FILES, type Corridor, type CorridorFacts, type Crossing, type Places } from '../../geo/contract.ts';
import { articleMeta } from '../content/article.ts';
import { dataFiles, ownDataLicence, type DataFileName } from '../content/data.ts';
import { countries } from '../content/countries.ts';
import { crossings } from '../content/crossings.ts';
import { excerpts, type ExcerptKey } from '../content/excerpts.ts';
import { description, title } from '../content/page.ts';
import { places } from '../content/places.ts';
import { gaugesReportedBy, segments } from '../content/segments.ts';
import { sourceOf, type SourceKey, type Statement } from '../content/sources.ts';

export interface DataFile {
  /** Under DATA_DIR (src/content/data.ts). */
  name: DataFileName;
  mediatype: string;
  text: string;
}

/** A statement as the data gives it: its text and its sources' keys (`sources.csv`); none for what only describes the line. */
const factsOf = (statements: readonly Statement[]) =>
  statements.map((statement) => ({
    text: statement.text,
    sources: 'sources' in statement ? [...statement.sources] : [],
  }));

/** One CSV field, quoted where RFC 4180 asks: a comma, a quote or a line break inside. */
function field(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file: a header row, then one row per record, CRLF line ends (RFC 4180). */
export function csvOf(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined>>,
): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every key of `sources` a list of statements cites, once each, in order. */
const keysOf = (statements: readonly Statement[]): SourceKey[] => [
  ...new Set(statements.flatMap((statement) => ('sources' in statement ? statement.sources : []))),
];

/** Reads geo/ from the project's root and makes every file of the package, `datapackage.json` last. */
export function dataPackage(root: string): DataFile[] {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(root, 'geo', file), 'utf8')) as T;
  const corridor = read<Corridor>(GEO_FILES.corridor);
  const points = read<Places>(GEO_FILES.places);
  const facts = read<CorridorFacts>('facts.json');
  const nameOf = new Map(points.features.map((point) => [String(point.id), point.properties.name]));
  const segmentSaid = new Map(segments.map((segment) => [segment.id, segment.facts]));
  const placeSaid = new Map(places.map((place) => [place.id, place]));
  const crossingSaid = new Map(crossings.map((crossing) => [crossing.id, crossing]));

  // GeoJSON: the files the map draws, each feature with the facts behind it and their sources.
  const route: Corridor = {
    ...corridor,
    features: corridor.features.map((line) => ({
      ...line,
      properties: { ...line.properties, facts: factsOf(segmentSaid.get(String(line.id)) ?? []) },
    })),
  };
  const placesOut: Places = {
    ...points,
    features: points.features.map((point) => {
      const said = placeSaid.get(String(point.id));
      return said ? { ...point, properties: { ...point.properties, facts: factsOf(said.dated) } } : point;
    }),
  };
  const crossingFeatures = (['main', 'alternative'] as const).flatMap((routeName) =>
    facts[routeName].crossings.map((crossing: Crossing): Feature<Point> => ({
      type: 'Feature',
      id: crossing.id,
      geometry: { type: 'Point', coordinates: crossing.at },
      properties: {
        id: crossing.id,
        name: crossingSaid.get(crossing.id)?.name ?? crossing.id,
        countries: crossing.countries,
        gauges: crossing.gauges,
        segments: [...new Set(crossing.segments)],
        status: crossing.status,
        superseded: routeName === 'alternative',
        facts: factsOf(crossingSaid.get(crossing.id)?.facts ?? []),
      },
    })),
  );
  const crossingsOut: FeatureCollection<Point> = { type: 'FeatureCollection', features: crossingFeatures };

  // CSV: the stretches and the places, flat, for a spreadsheet; the sources they cite; the article's words.
  const segmentsCsv = csvOf(
    ['id', 'from', 'to', 'via', 'countries', 'status', 'path', 'gauge_mm', 'length_km', 'superseded', 'sources'],
    corridor.features.map(({ id, properties: p }) => [
      String(id),
      nameOf.get(p.from) ?? p.from,
      nameOf.get(p.to) ?? p.to,
      p.via.map((stop) => nameOf.get(stop) ?? stop).join('; '),
      p.countries.join(' '),
      p.status,
      p.alignment === 'sourced' ? 'named by a source' : 'approximate',
      p.gauge,
      p.lengthKm,
      p.alternative === true,
      keysOf(segmentSaid.get(String(id)) ?? []).join(' '),
    ]),
  );
  const placesCsv = csvOf(
    ['id', 'name', 'kind', 'country', 'border', 'longitude', 'latitude', 'role', 'position_from', 'sources'],
    points.features.map(({ id, geometry, properties: p }) => [
      String(id),
      p.name,
      p.kind === 'article-place' ? 'place in the article' : 'stop',
      p.country,
      (p.border ?? []).join(' '),
      geometry.coordinates[0],
      geometry.coordinates[1],
      p.role,
      p.confidence,
      keysOf(placeSaid.get(String(id))?.dated ?? []).join(' '),
    ]),
  );
  const cited = [
    ...new Set([
      ...segments.flatMap((segment) => keysOf(segment.facts)),
      ...places.flatMap((place) => keysOf(place.dated)),
      ...crossings.flatMap((crossing) => keysOf(crossing.facts)),
      // The gauges in segments.csv.
      ...gaugesReportedBy,
    ]),
  ];
  const sourcesCsv = csvOf(
    ['key', 'outlet', 'title', 'date', 'url'],
    cited.map((key) => {
      const { outlet, title, date, url } = sourceOf(key);
      return [key, outlet, title, date, url];
    }),
  );
  const quoting = (key: ExcerptKey) => [
    ...places.filter((place) => place.excerpts.includes(key)).map((place) => place.id),
    ...countries.filter((country) => country.excerpts.includes(key)).map((country) => country.id),
  ];
  const excerptsCsv = csvOf(
    ['key', 'text', 'quoted_for'],
    (Object.keys(excerpts) as ExcerptKey[]).map((key) => [key, excerpts[key], quoting(key).join(' ')]),
  );

  const files: DataFile[] = [
    { name: 'corridor.geojson', mediatype: 'application/geo+json', text: json(route) },
    { name: 'places.geojson', mediatype: 'application/geo+json', text: json(placesOut) },
    { name: 'crossings.geojson', mediatype: 'application/geo+json', text: json(crossingsOut) },
    { name: 'segments.csv', mediatype: 'text/csv', text: segmentsCsv },
    { name: 'places.csv', mediatype: 'text/csv', text: placesCsv },
    { name: 'sources.csv', mediatype: 'text/csv', text: sourcesCsv },
    { name: 'excerpts.csv', mediatype: 'text/csv', text: excerptsCsv },
  ];
  const descriptor = {
    profile: 'data-package',
    name: 'belarus-pakistan-trade-corridor',
    title,
    description: `${description} The corridor's lines, places and border crossings, as the map draws them, with the facts and sources behind each, and the article's excerpts the map quotes.`,
    keywords: ['railway', 'trade corridor', 'Belarus', 'Russia', 'Kazakhstan', 'Uzbekistan', 'Afghanistan', 'Pakistan'],
    licenses: [
      ownDataLicence,
      {
        title: 'Public domain: Natural Earth, whose country shapes the lengths by country are measured on',
        path: 'https://www.naturalearthdata.com/about/terms-of-use/',
      },
      {
        title: `The article of ${articleMeta.dateLabel} (excerpts.csv): quoted word for word with attribution; its rights stay with its publisher`,
      },
    ],
    sources: [
      {
        title: 'Natural Earth, 1:50m and 1:110m countries (world-atlas 2.0.2)',
        path: 'https://www.naturalearthdata.com/',
      },
      { title: `The article of ${articleMeta.dateLabel}, quoted in excerpts.csv` },
      ...cited.map((key) => {
        const source = sourceOf(key);
        return {
          title: [source.outlet, source.title, source.date].filter(Boolean).join(', '),
          path: source.url,
        };
      }),
    ],
    resources: [
      geoResource('corridor', 'The corridor’s stretches, Minsk to Karachi, and the superseded 2021 variant'),
      geoResource('places', 'The places the article names and the route’s stops'),
      geoResource('crossings', 'Where the route crosses a border or changes gauge'),
      table('segments', 'The corridor’s stretches, one a row', SEGMENT_FIELDS, ['id']),
      table('places', 'The places and stops, one a row', PLACE_FIELDS, ['id']),
      table('sources', 'Every source the data cites', SOURCE_FIELDS, ['key']),
      table('excerpts', 'The article’s words the map quotes, verbatim', EXCERPT_FIELDS, ['key']),
    ],
  };
  const made = [...files, { name: 'datapackage.json' as const, mediatype: 'application/json', text: json(descriptor) }];
  const listed = dataFiles.map((file) => file.name);
  if (made.map((file) => file.name).join() !== listed.join())
    throw new Error(
      `src/content/data.ts: the page lists ${listed.join(', ')}; the build makes ${made.map((file) => file.name).join(', ')}`,
    );
  return made;
}

function geoResource(name: string, title: string) {
  return {
    name,
    title,
    path: `${name}.geojson`,
    format: 'geojson',
    mediatype: 'application/geo+json',
    encoding: 'utf-8',
  };
}

interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  description: string;
  constraints?: Record<string, unknown>;
}

function table(name: string, title: string, fields: TableField[], primaryKey: string[]) {
  return {
    name,
    title,
    path: `${name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: { fields, primaryKey },
  };
}

const required = { required: true };
const SEGMENT_FIELDS: TableField[] = [
  {
    name: 'id',
    type: 'string',
    description: 'The stretch’s id on the map (`#segment=`)',
    constraints: { ...required, unique: true },
  },
  { name: 'from', type: 'string', description: 'The stop it starts at', constraints: required },
  { name: 'to', type: 'string', description: 'The stop it ends at', constraints: required },
  { name: 'via', type: 'string', description: 'The stops between, in order, separated by "; "' },
  {
    name: 'countries',
    type: 'string',
    description: 'ISO 3166-1 alpha-3 codes of the countries it runs through, in order',
  },
  {
    name: 'status',
    type: 'string',
    description: 'Operating, or planned',
    constraints: { ...required, enum: ['operating', 'planned'] },
  },
  {
    name: 'path',
    type: 'string',
    description: 'Whether a source names its path, or it is drawn straight between stops',
    constraints: { enum: ['named by a source', 'approximate'] },
  },
  {
    name: 'gauge_mm',
    type: 'integer',
    description: `Track gauge, in mm, as reported (sources.csv: ${gaugesReportedBy.join(', ')})`,
    constraints: { enum: [1520, 1676] },
  },
  {
    name: 'length_km',
    type: 'number',
    description: 'Great-circle length along the line as drawn, in km (approximate where the path is)',
    constraints: { ...required, minimum: 0 },
  },
  { name: 'superseded', type: 'boolean', description: 'True for the 2021 plan via Kabul, superseded in July 2023' },
  { name: 'sources', type: 'string', description: 'Keys of sources.csv behind its facts, separated by spaces' },
];
const PLACE_FIELDS: TableField[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Its id on the map (`#place=` for a place of the article)',
    constraints: { ...required, unique: true },
  },
  { name: 'name', type: 'string', description: 'Its name, in English', constraints: required },
  {
    name: 'kind',
    type: 'string',
    description: 'A place the article names, or a stop of the route',
    constraints: { enum: ['place in the article', 'stop'] },
  },
  {
    name: 'country',
    type: 'string',
    description: 'ISO 3166-1 alpha-3 code',
    constraints: { ...required, pattern: '[A-Z]{3}' },
  },
  { name: 'border', type: 'string', description: 'For a border station, the two countries’ codes' },
  {
    name: 'longitude',
    type: 'number',
    description: 'WGS 84, degrees',
    constraints: { ...required, minimum: -180, maximum: 180 },
  },
  {
    name: 'latitude',
    type: 'number',
    description: 'WGS 84, degrees',
    constraints: { ...required, minimum: -90, maximum: 90 },
  },
  { name: 'role', type: 'string', description: 'Its part in the corridor' },
  { name: 'position_from', type: 'string', description: 'Where its position comes from, and how sure it is' },
  { name: 'sources', type: 'string', description: 'Keys of sources.csv behind its dated facts, separated by spaces' },
];
const SOURCE_FIELDS: TableField[] = [
  {
    name: 'key',
    type: 'string',
    description: 'The key the other files cite it by',
    constraints: { ...required, unique: true },
  },
  { name: 'outlet', type: 'string', description: 'Who published it', constraints: required },
  { name: 'title', type: 'string', description: 'Its headline or page title, where we have it word for word' },
  { name: 'date', type: 'string', description: 'When it was published: YYYY-MM-DD, or YYYY-MM' },
  { name: 'url', type: 'string', description: 'Its address', constraints: required },
];
const EXCERPT_FIELDS: TableField[] = [
  { name: 'key', type: 'string', description: 'The excerpt’s key', constraints: { ...required, unique: true } },
  { name: 'text', type: 'string', description: 'The article’s words, verbatim', constraints: required },
  { name: 'quoted_for', type: 'string', description: 'The places and countries whose popups quote it, by id' },
];
