import source from '../../content/article-2025-09-02.txt?raw';

/** The article exactly as received; every excerpt in the app is a substring of it. */
export const ARTICLE_TEXT: string = source;

export interface ArticleBlock {
  kind: 'paragraph' | 'subheading';
  text: string;
}

export interface Article {
  /** ISO date from the text's own `date` line. */
  date: string;
  blocks: ArticleBlock[];
}

/**
 * Splits the article into paragraphs. The text opens with a `date YYYY-MM-DD` field before the
 * first sentence; a short line with no full stop is a subheading.
 */
export function parseArticle(text: string): Article {
  const match = /^\s*date (\d{4}-\d{2}-\d{2})\s+/.exec(text);
  if (!match)
    throw new Error('src/content/article-2025-09-02.txt: (file): does not open with a "date YYYY-MM-DD" field');
  const blocks = text
    .slice(match[0].length)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block): ArticleBlock => ({ kind: /[.!?"”]$/.test(block) ? 'paragraph' : 'subheading', text: block }));
  return { date: match[1]!, blocks };
}

export const article: Article = parseArticle(ARTICLE_TEXT);
