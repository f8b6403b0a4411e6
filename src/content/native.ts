/**
 * A name in a national language, as its speakers write it. `lang` is the BCP 47 tag the page puts
 * on the text, so a screen reader speaks it in that language and the browser shapes it right;
 * `language` is how the English page names the language (more than one where they share a spelling).
 */
export interface NativeName {
  text: string;
  lang: string;
  language: string;
}

/** Scripts that run right to left; the page sets `dir="rtl"` on names written in them. */
const RTL_LANGS = new Set(['ar', 'fa', 'prs', 'ps', 'ur']);

export function directionOf(name: NativeName): 'ltr' | 'rtl' {
  return RTL_LANGS.has(name.lang.split('-')[0]!) ? 'rtl' : 'ltr';
}
