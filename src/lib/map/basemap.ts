import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-110m.json?url';

/** Natural Earth countries from world-atlas, fetched from our own origin. */
export async function loadCountries(): Promise<FeatureCollection> {
  const response = await fetch(countriesUrl);
  if (!response.ok) throw new Error(`${countriesUrl}: could not load the countries (HTTP ${response.status})`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries);
}
