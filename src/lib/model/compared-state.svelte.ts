/** The compared route the reader picked (`#route=iran`): drawn on the map and marked in the table; none by default. */
export class ComparedState {
  route = $state<string | null>(null);
}
