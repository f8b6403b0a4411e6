import { countries } from '../content/countries';
import { places } from '../content/places';
import { segments } from '../content/segments';
import type { Selection } from './selection';

const known = {
  place: new Set(places.map((place) => place.id)),
  country: new Set(countries.map((country) => country.id)),
  segment: new Set(segments.map((segment) => segment.id)),
};

/** Whether the app has content for a selection: what a URL may ask for. */
export function isKnownSelection(selection: Selection): boolean {
  return known[selection.kind].has(selection.id);
}
