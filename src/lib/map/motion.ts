/**
 * Map timings that tests depend on, in one place. Symbol fading is off so that a screenshot taken at
 * `data-map-ready` shows every label at full opacity.
 */
export const FADE_DURATION_MS = 0;

/** How long a flight to a place takes; zero (a cut) when the reader asks for reduced motion. */
export const FLIGHT_DURATION_MS = 1200;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
