/**
 * For unit tests: the geo files the page loads, read from geo/ as they are, and the catalogue joined
 * from them, as the page joins it once its data is in.
 */
import { readFileSync } from 'node:fs';
import type { Corridor, Labels, Places } from '../../../geo/contract';
import { catalogue } from './catalogue';

/** A file of geo/, parsed. */
export const geoFile = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../geo/${name}`, import.meta.url), 'utf8')) as T;

/** What the page loads for its catalogue: the corridor, the places and the labels. */
export const mapData = () => ({
  corridor: geoFile<Corridor>('corridor.geojson'),
  places: geoFile<Places>('places.geojson'),
  labels: geoFile<Labels>('labels.geojson'),
});

/** The catalogue of today's geo files. */
export const geoCatalogue = () => catalogue(mapData());
