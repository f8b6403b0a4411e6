/**
 * The map's own title and the page's description: on the page, in the printed and saved figure, and
 * in the HTML head (vite.config.ts writes them there), so this file imports nothing.
 */
export const title = 'A trade corridor from Belarus to Pakistan';

/** The browser tab's title and what a search engine or a shared link shows. */
export const documentTitle = 'The Belarus–Pakistan trade corridor';
export const description =
  'An interactive map of the trade corridor Shehbaz Sharif stressed when he met Vladimir Putin in Beijing on 2 September 2025.';
