import type { NativeName } from '../../../content/native';

/** Scripts that run right to left; the page sets `dir="rtl"` on names written in them. */
const RTL_LANGS = new Set(['ar', 'fa', 'prs', 'ps', 'ur']);

export function directionOf(name: NativeName): 'ltr' | 'rtl' {
  return RTL_LANGS.has(name.lang.split('-')[0]!) ? 'rtl' : 'ltr';
}
