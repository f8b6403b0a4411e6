/**
 * The corridor's data to download, as the page lists it and the build makes it
 * (src/build/data-package.ts): each file beside the page under `data/`, in this order.
 */
export const DATA_DIR = 'data';

export const dataFiles = [
  { name: 'corridor.geojson', label: 'The route, stretch by stretch, with the facts behind each', format: 'GeoJSON' },
  { name: 'places.geojson', label: 'The places of the article and the route’s stops', format: 'GeoJSON' },
  { name: 'crossings.geojson', label: 'Where it crosses a border or changes gauge', format: 'GeoJSON' },
  { name: 'segments.csv', label: 'The stretches: ends, status, gauge, length, sources', format: 'CSV' },
  { name: 'places.csv', label: 'The places and stops: country, position and where it comes from', format: 'CSV' },
  { name: 'sources.csv', label: 'Every source the data cites, with its address', format: 'CSV' },
  { name: 'excerpts.csv', label: 'The article’s words the map quotes', format: 'CSV' },
  {
    name: 'datapackage.json',
    label: 'What each file holds, its licences and its sources',
    format: 'Frictionless Data Package',
  },
] as const;

export type DataFileName = (typeof dataFiles)[number]['name'];

/** The licence of our own data: the README states it too. */
export const ownDataLicence = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0: our own data (the corridor’s lines, places, crossings and figures)',
};
