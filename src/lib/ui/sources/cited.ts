import { countries } from '../../../content/countries';
import { places } from '../../../content/places';
import { segments } from '../../../content/segments';
import { citedBy, type SourceKey, type Statement } from '../../../content/sources';
import type { SelectionView } from '../../model/catalogue';

/** What a selection states beyond the article: a place's dated facts, a country's role, a stretch's facts. */
export function statementsOf(view: SelectionView): readonly Statement[] {
  if (view.kind === 'place') return view.place.content.dated;
  if (view.kind === 'country') return view.country.content.role;
  return view.segment.content.facts;
}

/** Every source the page cites, in the order a reader meets them: the places, the countries, the stretches. */
export const citedByContent: readonly SourceKey[] = citedBy([
  ...places.flatMap((place) => place.dated),
  ...countries.flatMap((country) => country.role),
  ...segments.flatMap((segment) => segment.facts),
]);
