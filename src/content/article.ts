/**
 * Our own words about the article (article-2025-09-02.txt, kept exactly as received), apart from
 * its text. The page reads the text through src/lib/model/article.ts.
 */
export const articleMeta = {
  /**
   * The heading the page puts over the article. The article came without a headline of its own: the
   * page does not write one for it and style it as the article's.
   */
  heading: 'The article, word for word',
  dateLabel: '2 September 2025',
  attribution: 'article, 2 September 2025',
} as const;
