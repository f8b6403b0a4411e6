import { phoneMedia } from '../../theme/tokens';

/** Whether the page is laid out for a phone: the map above a sheet (the theme's one breakpoint). */
export const isPhone = (): boolean => matchMedia(phoneMedia).matches;

/** Whether the reader asks for reduced motion: the camera cuts instead of flying, the article jumps. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
