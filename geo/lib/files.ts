import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import {
  FACTS_FILE,
  GEO_FILES,
  PICTURE_FILES,
  ROUTES_FILE,
  type Arrows,
  type Corridor,
  type CorridorFacts,
  type Countries,
  type Labels,
  type Picture,
  type Pictures,
  type Places,
  type RouteLegs,
} from '../contract.ts';
import type { CorridorSource } from './types.ts';

export const GEO_DIR = fileURLToPath(new URL('..', import.meta.url));

export const SOURCE_FILE = 'corridor-source.json';

export interface GeoData {
  countries: Countries;
  context: Countries;
  corridor: Corridor;
  arrows: Arrows;
  places: Places;
  labels: Labels;
  facts: CorridorFacts;
  pictures: Pictures;
  /** The other ways from Pakistan to Russia, leg by leg (their figures are in `facts.routes`). */
  routes: RouteLegs;
}

/**
 * One feature a line, keys in a fixed order: a changed feature shows as one changed line. The id is
 * repeated as `properties.id`: MapLibre keeps only numeric feature ids, so the map promotes that
 * property instead (`promoteId`).
 */
export function serializeCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((feature: Feature) =>
    JSON.stringify({
      type: 'Feature',
      id: feature.id,
      properties: { id: feature.id, ...feature.properties },
      geometry: feature.geometry,
    }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** One path a line, so that a changed country or segment shows as one changed line. */
function serializePicture(value: Picture): string {
  return (
    [
      `{"zoom":${value.zoom},"origin":${JSON.stringify(value.origin)},"width":${value.width},"height":${value.height},`,
      ...(['countries', 'route', 'points', 'names'] as const).map(
        (part, i, parts) =>
          `"${part}":[${value[part].map((item) => `\n${JSON.stringify(item)}`).join(',')}\n]${i < parts.length - 1 ? ',' : ''}`,
      ),
      '}',
    ].join('\n') + '\n'
  );
}

export function serializeGeo(data: GeoData): Record<string, string> {
  return {
    [GEO_FILES.countries]: serializeCollection(data.countries),
    [GEO_FILES.context]: serializeCollection(data.context),
    [GEO_FILES.corridor]: serializeCollection(data.corridor),
    [GEO_FILES.arrows]: serializeCollection(data.arrows),
    [GEO_FILES.places]: serializeCollection(data.places),
    [GEO_FILES.labels]: serializeCollection(data.labels),
    [FACTS_FILE]: `${JSON.stringify(data.facts, null, 2)}\n`,
    [ROUTES_FILE]: serializeCollection(data.routes),
    [PICTURE_FILES.route]: serializePicture(data.pictures.route),
    [PICTURE_FILES.locator]: serializePicture(data.pictures.locator),
  };
}

function readJson<T>(dir: string, file: string): T {
  let text: string;
  try {
    text = readFileSync(`${dir}/${file}`, 'utf8');
  } catch (error) {
    throw new Error(`${dir}/${file}: (file): cannot be read; run npm run geo to build it`, { cause: error });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${dir}/${file}: (file): not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

export function readSource(dir = GEO_DIR): CorridorSource {
  return readJson<CorridorSource>(dir, SOURCE_FILE);
}

export function readGeo(dir = GEO_DIR): GeoData {
  return {
    countries: readJson(dir, GEO_FILES.countries),
    context: readJson(dir, GEO_FILES.context),
    corridor: readJson(dir, GEO_FILES.corridor),
    arrows: readJson(dir, GEO_FILES.arrows),
    places: readJson(dir, GEO_FILES.places),
    labels: readJson(dir, GEO_FILES.labels),
    facts: readJson(dir, FACTS_FILE),
    pictures: { route: readJson(dir, PICTURE_FILES.route), locator: readJson(dir, PICTURE_FILES.locator) },
    routes: readJson(dir, ROUTES_FILE),
  };
}

/**
 * Writes every file or none: all are written beside their targets first and renamed into place
 * only when every write succeeded, so a failed build leaves the previous files as they were.
 */
export function writeAtomically(dir: string, files: Record<string, string>): void {
  const written: string[] = [];
  try {
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(`${dir}/.${name}.tmp`, text);
      written.push(name);
    }
  } catch (error) {
    for (const name of written) rmSync(`${dir}/.${name}.tmp`, { force: true });
    throw error;
  }
  for (const name of written) renameSync(`${dir}/.${name}.tmp`, `${dir}/${name}`);
}
