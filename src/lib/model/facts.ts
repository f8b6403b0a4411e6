import type { CorridorFacts } from '../../../geo/contract';
import { alternative, firstView, main } from '../../../geo/facts.json';

/**
 * The corridor's derived figures and first view, computed by `npm run geo`. Bundled rather than
 * fetched (under 1 KB gzipped): the map's first view needs them before anything else arrives. Only
 * what the page shows is taken; the per-segment figures and the compared routes' stay out of the bundle.
 */
// JSON imports widen tuples to arrays; the file is made and checked by npm run geo, so the cast is safe.
export const corridorFacts = { firstView, main, alternative } as unknown as Omit<CorridorFacts, 'segments' | 'routes'>;
