import type { RouteLegs } from '../../../geo/contract';

/** The compared route the reader picked (`#route=iran`, or `all`): drawn on the map and marked in the table; none by default. */
export class ComparedState {
  route = $state<string | null>(null);
  /** The routes' legs (geo/routes.json), once a route was first picked and they were loaded: where their names go. */
  legs = $state.raw<RouteLegs | null>(null);
}
