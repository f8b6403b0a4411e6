import { CORRIDOR_ROUTE, type ComparedRoute, type RouteLegs } from '../../../geo/contract';
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

/** The choice that draws every other route at once beside the corridor (`#route=all`). */
export const ALL_ROUTES = 'all';

/** Whether a value is a route the reader may pick (`#route=`): one of the table's, or all of them. */
export const isKnownRoute = (id: string): boolean =>
  id === ALL_ROUTES || comparedRoutes.some((route) => route.id === id);

/**
 * The routes a choice draws on the map beside the corridor: the one picked, or every other for all;
 * none for the corridor's own row, which the map draws anyway.
 */
export function routesDrawn(choice: string | null): ComparedRouteView[] {
  return comparedRoutes.filter(
    (route) => route.id !== CORRIDOR_ROUTE && (choice === ALL_ROUTES || route.id === choice),
  );
}

/** Whether a choice adds a line to the map. */
export const drawsRouteLine = (choice: string | null): boolean => routesDrawn(choice).length > 0;

/**
 * Where a route's name may go on the map, best first: points along the leg it is named on, from its
 * middle outwards (the name takes the first that has room, MapLabels).
 */
export function nameCandidates(line: ReadonlyArray<readonly number[]>): Array<[number, number]> {
  const fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
  const indices = [...new Set(fractions.map((f) => Math.round(f * (line.length - 1))))];
  return indices.map((i) => [line[i]![0]!, line[i]![1]!]);
}

/** Where a leg runs, its ends in either order: two routes' legs with the same ends run side by side. */
const endsOf = (leg: RouteLegs['features'][number]) => [leg.properties.from, leg.properties.to].sort().join('–');

/**
 * Where a drawn route's name may go, best first: along the leg the content names it on, then along its
 * other legs that no other route shares (a name beside a shared line would name both).
 */
export function routeNamePoints(route: ComparedRouteView, legs: RouteLegs): Array<[number, number]> {
  const own = legs.features.filter((leg) => leg.properties.route === route.id);
  const shared = new Set(legs.features.filter((leg) => leg.properties.route !== route.id).map(endsOf));
  const named = own.filter((leg) => leg.id === route.content.namedOn);
  const others = own.filter((leg) => leg.id !== route.content.namedOn && !shared.has(endsOf(leg)));
  return [...named, ...others].flatMap((leg) => nameCandidates(leg.geometry.coordinates));
}

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
