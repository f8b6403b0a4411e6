import type { Position } from 'geojson';
import {
  checkCorridorCountries,
  checkGeoJson,
  checkLabels,
  checkPlaces,
  checkRoute,
  checkUniqueIds,
} from './checks.ts';
import { GEO_FILES, type GeoData } from './files.ts';
import type { CorridorSource, Countries, Problem } from './types.ts';

/** Every check over all of geo/, each problem reported, not only the first. */
export function validateGeo(data: GeoData, source: CorridorSource, reference: Countries, dir = 'geo'): Problem[] {
  const collections = [
    { file: GEO_FILES.countries, collection: data.countries },
    { file: GEO_FILES.context, collection: data.context },
    { file: GEO_FILES.corridor, collection: data.corridor },
    { file: GEO_FILES.places, collection: data.places },
    { file: GEO_FILES.labels, collection: data.labels },
  ];
  const problems = collections.flatMap(({ file, collection }) => checkGeoJson(`${dir}/${file}`, collection));
  // The semantic checks read geometry the structural checks vouch for: run them on sound files only.
  if (problems.length > 0) return problems;
  const referencePositions = new Map<string, Position>(
    source.points.map((point) => [point.id, [point.lon, point.lat]]),
  );
  return [
    ...checkUniqueIds(collections.map(({ file, collection }) => ({ file: `${dir}/${file}`, collection }))),
    ...checkCorridorCountries(`${dir}/${GEO_FILES.countries}`, data.countries),
    ...checkRoute(`${dir}/${GEO_FILES.corridor}`, data.corridor, data.places, reference),
    ...checkPlaces(`${dir}/${GEO_FILES.places}`, data.places, reference, referencePositions),
    ...checkLabels(`${dir}/${GEO_FILES.labels}`, data.labels, data.countries),
  ];
}
