import type { FeatureCollection, Position } from 'geojson';
import {
  checkArrows,
  checkCorridorCountries,
  checkGeoJson,
  checkLabels,
  checkPlaces,
  checkRoute,
  checkUniqueIds,
} from './checks.ts';
import { GEO_FILES, ROUTES_FILE, type Countries, type GeoFile } from '../contract.ts';
import { checkRoutes } from './routes.ts';
import type { GeoData } from './files.ts';
import type { CorridorSource, Problem } from './types.ts';

/**
 * Every check over all of geo/, each problem reported, not only the first. The checks that read a
 * file's geometry run only when that file passed the structural checks, so one broken file does not
 * hide the problems of the others.
 */
export function validateGeo(data: GeoData, source: CorridorSource, reference: Countries, dir = 'geo'): Problem[] {
  const collections = (Object.keys(GEO_FILES) as GeoFile[]).map((key) => ({
    file: GEO_FILES[key],
    collection: data[key] as FeatureCollection,
  }));
  const problems = collections.flatMap(({ file, collection }) => checkGeoJson(`${dir}/${file}`, collection));
  const sound = (...files: string[]) => files.every((file) => !problems.some((p) => p.file === `${dir}/${file}`));
  const referencePositions = new Map<string, Position>(
    source.points.map((point) => [point.id, [point.lon, point.lat]]),
  );
  const soundCollections = collections.filter(({ file }) => sound(file));
  problems.push(
    ...checkUniqueIds(soundCollections.map(({ file, collection }) => ({ file: `${dir}/${file}`, collection }))),
  );
  if (sound(GEO_FILES.countries))
    problems.push(...checkCorridorCountries(`${dir}/${GEO_FILES.countries}`, data.countries));
  if (sound(GEO_FILES.corridor, GEO_FILES.places))
    problems.push(...checkRoute(`${dir}/${GEO_FILES.corridor}`, data.corridor, data.places, reference));
  if (sound(GEO_FILES.arrows, GEO_FILES.corridor))
    problems.push(...checkArrows(`${dir}/${GEO_FILES.arrows}`, data.arrows, data.corridor));
  if (sound(GEO_FILES.places))
    problems.push(...checkPlaces(`${dir}/${GEO_FILES.places}`, data.places, reference, referencePositions));
  if (sound(GEO_FILES.labels, GEO_FILES.countries))
    problems.push(...checkLabels(`${dir}/${GEO_FILES.labels}`, data.labels, data.countries, data.context));
  const routesFile = `${dir}/${ROUTES_FILE}`;
  const routeProblems = checkGeoJson(routesFile, data.routes);
  problems.push(
    ...routeProblems,
    ...(routeProblems.length ? [] : checkRoutes(routesFile, data.routes, source, reference)),
  );
  return problems;
}
