import { describe, expect, it } from 'vitest';
import { chapters } from '../../content/chapters';
import { article, type ArticleBlock } from './article';
import { isKnownSelection } from './catalogue';
import { chaptersOf } from './story';

const blocks: ArticleBlock[] = ['One.', 'Two.', 'Three', 'Four.'].map((text) => ({
  kind: text.endsWith('.') ? 'paragraph' : 'subheading',
  text,
}));
const known = () => true;
const chapter = (id: string, opensWith: string) => ({ id, title: id, opensWith, shows: 'corridor' as const });

describe('chaptersOf', () => {
  it('gives each chapter the blocks from its opening to the next chapter', () => {
    const story = chaptersOf(blocks, [chapter('a', 'One'), chapter('b', 'Three')], known);
    expect(story.map((c) => [c.index, c.blocks.map((b) => b.text)])).toEqual([
      [0, ['One.', 'Two.']],
      [1, ['Three', 'Four.']],
    ]);
  });

  it('refuses chapters that leave the opening out, repeat, run backwards or open nothing', () => {
    expect(() => chaptersOf(blocks, [chapter('a', 'Two')], known)).toThrow(
      'src/content/chapters.ts: chapter "a": the first chapter must begin the article',
    );
    expect(() => chaptersOf(blocks, [chapter('a', 'One'), chapter('a', 'Two')], known)).toThrow(
      'chapter "a": the id is used twice',
    );
    expect(() => chaptersOf(blocks, [chapter('a', 'One'), chapter('b', 'Four'), chapter('c', 'Two')], known)).toThrow(
      'chapter "c": begins before the chapter "b" ends',
    );
    expect(() => chaptersOf(blocks, [chapter('a', 'One'), chapter('b', 'Five')], known)).toThrow(
      'chapter "b": "Five" opens no blocks of the article; it must open exactly one',
    );
    expect(() => chaptersOf(blocks, [chapter('a', '')], known)).toThrow('opens no blocks');
  });

  it('refuses a chapter that shows something without content', () => {
    const story = [{ ...chapter('a', 'One'), shows: { kind: 'place' as const, id: 'minsk' } }];
    expect(() => chaptersOf(blocks, story, () => false)).toThrow(
      'chapter "a": shows place "minsk", which has no content',
    );
  });

  it('refuses a chapter dated outside the timeline, or not by month', () => {
    for (const at of ['1850-01', '2023-07-18', 'today'])
      expect(() => chaptersOf(blocks, [{ ...chapter('a', 'One'), at }], known)).toThrow(
        `chapter "a": shows the corridor at "${at}", which is not a month (YYYY-MM) of the timeline`,
      );
    expect(chaptersOf(blocks, [{ ...chapter('a', 'One'), at: '2023-07' }], known)[0]!.at).toBe('2023-07');
  });
});

describe('the story of the article', () => {
  const story = chaptersOf(article.blocks, chapters, isKnownSelection);

  it('reads every block of the article once, in order, a chapter for each in the content', () => {
    expect(story.flatMap((c) => c.blocks)).toEqual(article.blocks);
    expect(story.map((c) => c.id)).toEqual(chapters.map((c) => c.id));
  });

  // That each chapter shows something the content speaks of, chaptersOf checks as it builds the story.
  it('comes back to the whole corridor, the article’s subject, in at least one chapter', () => {
    expect(story.some((chapter) => chapter.shows === 'corridor')).toBe(true);
  });

  it('shows the corridor as it stood on the article’s day in its corridor chapter', () => {
    expect(story.find((chapter) => chapter.id === 'corridor')!.at).toBe(article.date.slice(0, 7));
  });
});
