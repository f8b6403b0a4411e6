import { articleMeta } from './article';

/** The figure's own words: the title and credit line an exported or printed map carries. */
export const figureTitle = 'A trade corridor from Belarus to Pakistan';
export const figureSubtitle = `As stressed by Shehbaz Sharif on meeting Vladimir Putin in Beijing, ${articleMeta.dateLabel}`;

/** Sources and the boundary disclaimer, shown under the map and on every exported or printed figure. */
export const attribution = [
  'Shapes: Natural Earth (public domain)',
  `Text: ${articleMeta.attribution}, quoted word for word`,
  'Boundaries are de facto (Natural Earth) and imply no endorsement',
].join(' · ');
