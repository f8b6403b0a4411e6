import { articleMeta } from './article';

/** The credit line under the title of an exported or printed map. */
export const figureSubtitle = `As stressed by Shehbaz Sharif on meeting Vladimir Putin in Beijing, ${articleMeta.dateLabel}`;

/**
 * Sources and the boundary disclaimer, shown under the map and on every exported or printed figure:
 * the quotations are the article's; every other fact cites its own source (the Sources list).
 */
export const attribution = [
  'Shapes: Natural Earth (public domain)',
  `Quotes: ${articleMeta.attribution}`,
  'Facts: as cited',
  'Boundaries are de facto (Natural Earth) and imply no endorsement',
].join(' · ');
