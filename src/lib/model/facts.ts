import type { CorridorFacts } from '../../../geo/contract';
import facts from '../../../geo/facts.json';

/**
 * The corridor's derived figures and first view, computed by `npm run geo`. Bundled rather than
 * fetched (under 1 KB gzipped): the map's first view needs them before anything else arrives.
 */
// JSON imports widen tuples to arrays; the file is made and checked by npm run geo, so the cast is safe.
export const corridorFacts = facts as unknown as CorridorFacts;
