import { CORRIDOR_ROUTE, type ComparedRoute } from '../../../geo/contract';
import { routes as figures } from '../../../geo/facts.json';
import { routes as content, type RouteContent } from '../../content/routes';

/** A compared route: what the content says of it, and its figures from `npm run geo`. */
export interface ComparedRouteView {
  id: string;
  content: RouteContent;
  figures: ComparedRoute;
}

/** The compared routes in the content's order; one without figures is left out (geo:check reports it). */
export const comparedRoutes: ComparedRouteView[] = content.flatMap((said) => {
  const found = (figures as ComparedRoute[]).find((route) => route.id === said.id);
  return found ? [{ id: said.id, content: said, figures: found }] : [];
});

export const isKnownRoute = (id: string): boolean => comparedRoutes.some((route) => route.id === id);

/** Whether a picked route adds a line to the map: the corridor's own row does not, the map draws it anyway. */
export const drawsRouteLine = (route: string | null): boolean => route !== null && route !== CORRIDOR_ROUTE;

/** What the table of routes sorts by: a column. */
export type RouteSortKey =
  'name' | 'km' | 'countries' | 'borderCrossings' | 'gaugeBreaks' | 'operatingShare' | 'transit';
export type SortDirection = 'ascending' | 'descending';

/** A route's value in a column; none for a transit time no source reports, which sorts last either way. */
function valueOf(route: ComparedRouteView, key: RouteSortKey): string | number | undefined {
  if (key === 'name') return route.content.name;
  if (key === 'countries') return route.figures.countries.length;
  if (key === 'transit') return route.content.transit?.days[0];
  return route.figures[key];
}

/** The routes sorted by a column, ties kept in the content's order; missing values last. */
export function sortRoutes(
  routes: readonly ComparedRouteView[],
  key: RouteSortKey,
  direction: SortDirection,
): ComparedRouteView[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return routes
    .map((route, index) => ({ route, index, value: valueOf(route, key) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined)
        return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
      const order = typeof a.value === 'string' ? a.value.localeCompare(String(b.value)) : a.value - Number(b.value);
      return order * sign || a.index - b.index;
    })
    .map(({ route }) => route);
}
