import { corridorArrows } from './arrows.ts';
import { displayCountries, loadWorld, worldCountries } from './countries.ts';
import type { GeoData } from './files.ts';
import { drawPictures } from './picture.ts';
import { comparedRoutes } from './routes.ts';
import { corridorFacts, corridorFromSource, labelsFromSource, placesFromSource } from './route.ts';
import type { Countries } from '../contract.ts';
import type { CorridorSource } from './types.ts';

/** Everything `npm run geo` makes, in memory; the unsimplified world is returned for the checks. */
export function buildGeo(source: CorridorSource): { data: GeoData; reference: Countries } {
  const world = loadWorld();
  const reference = worldCountries(world);
  const places = placesFromSource(source);
  const corridor = corridorFromSource(source, places);
  // The map keeps its detail near the route and the article's places: less away from them.
  const story = [
    ...corridor.features.flatMap((segment) => segment.geometry.coordinates),
    ...places.features.map((place) => place.geometry.coordinates),
  ];
  const { corridor: countries, context } = displayCountries(world, story);
  const arrows = corridorArrows(corridor);
  const labels = labelsFromSource(source, countries);
  const routes = comparedRoutes(source, places, corridor, reference);
  const facts = { ...corridorFacts(corridor, places, reference), routes: routes.figures };
  const pictures = drawPictures({ countries, context, corridor, places, labels }, facts.firstView);
  return {
    data: { countries, context, corridor, arrows, places, labels, facts, pictures, routes: routes.legs },
    reference,
  };
}
