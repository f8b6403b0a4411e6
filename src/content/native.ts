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
