import type { ArticleBlock } from './article';
import type { ChapterContent } from '../../content/chapters';
import type { Selection } from './selection';
import { isTimelineMonth } from './timeline';

export interface Chapter extends ChapterContent {
  /** Its place in the story, from 0. */
  index: number;
  /** The article's blocks it holds, in order. */
  blocks: ArticleBlock[];
}

/**
 * Cuts the article into its chapters. Each chapter begins at the block that opens with its
 * `opensWith`; the first must begin the article and the others must follow in order, so every block
 * is read in exactly one chapter. Anything else is an error that names the chapter and the reason.
 */
export function chaptersOf(
  blocks: ArticleBlock[],
  chapters: ChapterContent[],
  isKnown: (selection: Selection) => boolean,
  file = 'src/content/chapters.ts',
): Chapter[] {
  if (chapters.length === 0) throw new Error(`${file}: (file): no chapters`);
  const seen = new Set<string>();
  const starts = chapters.map((chapter) => {
    const where = `${file}: chapter "${chapter.id}"`;
    if (seen.has(chapter.id)) throw new Error(`${where}: the id is used twice`);
    seen.add(chapter.id);
    if (chapter.shows !== 'corridor' && !isKnown(chapter.shows))
      throw new Error(`${where}: shows ${chapter.shows.kind} "${chapter.shows.id}", which has no content`);
    if (chapter.at !== undefined && !isTimelineMonth(chapter.at))
      throw new Error(
        `${where}: shows the corridor at "${chapter.at}", which is not a month (YYYY-MM) of the timeline`,
      );
    const opening = chapter.opensWith.trim();
    const matches = blocks.flatMap((block, index) => (opening && block.text.startsWith(opening) ? [index] : []));
    if (matches.length !== 1)
      throw new Error(
        `${where}: "${chapter.opensWith}" opens ${matches.length === 0 ? 'no' : matches.length} blocks of the article; it must open exactly one`,
      );
    return matches[0]!;
  });
  if (starts[0] !== 0)
    throw new Error(`${file}: chapter "${chapters[0]!.id}": the first chapter must begin the article`);
  starts.forEach((start, i) => {
    if (i > 0 && start <= starts[i - 1]!)
      throw new Error(
        `${file}: chapter "${chapters[i]!.id}": begins before the chapter "${chapters[i - 1]!.id}" ends; chapters follow the article's order`,
      );
  });
  return chapters.map((chapter, index) => ({
    ...chapter,
    index,
    blocks: blocks.slice(starts[index], starts[index + 1] ?? blocks.length),
  }));
}
