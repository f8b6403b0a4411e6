import { countries } from '../../../content/countries';
import { crossings } from '../../../content/crossings';
import { places } from '../../../content/places';
import { segments } from '../../../content/segments';
import { routes } from '../../../content/routes';
import { timeline } from '../../../content/timeline';
import { citedBy, type SourceKey, type Statement } from '../../../content/sources';
import type { SelectionView } from '../../model/catalogue';

/** What a selection states beyond the article: a place's dated facts, a country's role, a stretch's or a crossing's facts. */
export function statementsOf(view: SelectionView): readonly Statement[] {
  if (view.kind === 'place') return view.place.content.dated;
  if (view.kind === 'country') return view.country.content.role;
  if (view.kind === 'segment') return view.segment.content.facts;
  return view.crossing.content.facts;
}

/**
 * Every source the page cites, in the order a reader meets them: the places, the countries, the
 * stretches, the crossings, the timeline, the compared routes.
 */
export const citedByContent: readonly SourceKey[] = citedBy([
  ...places.flatMap((place) => place.dated),
  ...countries.flatMap((country) => country.role),
  ...segments.flatMap((segment) => segment.facts),
  ...crossings.flatMap((crossing) => crossing.facts),
  ...timeline.flatMap((event) => event.facts),
  ...routes.flatMap((route) => [
    ...(route.transit ? [{ text: route.transit.counts, sources: route.transit.sources }] : []),
    ...route.facts,
  ]),
]);
