import { articleMeta } from '../../content/article';
import { excerpts } from '../../content/excerpts';
import type { Statement } from '../../content/sources';
import type { Catalogue } from './catalogue';
import type { Selection } from './selection';

/** What an exported image says of its selection, in a box of its own: its name, its dated line, the article's words. */
export interface Callout {
  title: string;
  /** The first fact a source gives of it: what happened there, and when. */
  line?: string;
  /** The article's first excerpt about it, word for word, and whose words they are. */
  excerpt?: { text: string; attribution: string };
}

/** A selection's first fact resting on sources; what only describes the line as drawn comes after. */
const firstSourced = (statements: readonly Statement[]) =>
  (statements.find((statement) => 'sources' in statement) ?? statements[0])?.text;

/**
 * The callout of a selection on an exported image. A place or a country quotes its own first
 * excerpt; a stretch or a crossing, of which the article says nothing alone, the article's sentence on
 * the corridor. None without a selection.
 */
export function calloutOf(catalogue: Catalogue, selection: Selection | null): Callout | undefined {
  const view = catalogue.view(selection);
  if (!view) return undefined;
  const quote = (key: keyof typeof excerpts | undefined) =>
    key ? { excerpt: { text: excerpts[key], attribution: articleMeta.attribution } } : {};
  const line = (statements: readonly Statement[]) => {
    const text = firstSourced(statements);
    return text ? { line: text } : {};
  };
  switch (view.kind) {
    case 'place':
      return {
        title: view.place.content.name,
        ...line(view.place.content.dated),
        ...quote(view.place.content.excerpts[0]),
      };
    case 'country':
      return {
        title: view.country.content.name,
        ...line(view.country.content.role),
        ...quote(view.country.content.excerpts[0]),
      };
    case 'segment':
      return {
        title: `${view.segment.from} → ${view.segment.to}`,
        ...line(view.segment.content.facts),
        ...quote('corridor'),
      };
    case 'crossing':
      return { title: view.crossing.content.name, ...line(view.crossing.content.facts), ...quote('corridor') };
  }
}
