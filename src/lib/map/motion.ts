/**
 * Map timings that tests depend on, in one place. Symbol fading is off so that a screenshot taken at
 * `data-map-ready` shows every label at full opacity.
 */
export const FADE_DURATION_MS = 0;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
