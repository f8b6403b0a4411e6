import source from './article-2025-09-02.txt?raw';

/** The article exactly as received; every excerpt in the app is a substring of it. */
export const ARTICLE_TEXT: string = source;

/** Our own words about the article, kept apart from its text. */
export const articleMeta = {
  headline: 'Sharif and Putin meet in Beijing and pledge to strengthen ties',
  dateLabel: '2 September 2025',
  attribution: 'article, 2 September 2025',
} as const;
