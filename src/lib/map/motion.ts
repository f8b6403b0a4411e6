import { motion } from '../../theme/tokens';

/** Map timings that tests depend on, from the theme: symbol fading off, and a flight's length. */
export const FADE_DURATION_MS = motion.fadeMs;

/** How long a flight to a place takes; zero (a cut) when the reader asks for reduced motion. */
export const FLIGHT_DURATION_MS = motion.flightMs;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
