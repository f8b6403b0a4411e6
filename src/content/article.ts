/**
 * Our own words about the article (article-2025-09-02.txt, kept exactly as received), apart from
 * its text. The page reads the text through src/lib/model/article.ts.
 */
export const articleMeta = {
  headline: 'Sharif and Putin meet in Beijing and pledge to strengthen ties',
  dateLabel: '2 September 2025',
  attribution: 'article, 2 September 2025',
} as const;
