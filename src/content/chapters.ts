import type { Subject } from './subject';

export interface ChapterContent {
  id: string;
  /** Our heading for the chapter, in our words: never presented as the article's. */
  title: string;
  /** The opening words of the article block the chapter begins with, verbatim; the first begins the article. */
  opensWith: string;
  /** What the map shows while the chapter is read: a place, a country, or the whole corridor. */
  shows: Subject | 'corridor';
  /**
   * The date the map shows the corridor at while the chapter is read (a month of src/content/timeline.ts,
   * YYYY-MM); today where none is given.
   */
  at?: string;
}

/**
 * The article read as a story: every block belongs to exactly one chapter, in the article's order
 * (src/lib/model/story.test.ts proves it). Each chapter points the map at what its paragraphs talk about.
 */
export const chapters: ChapterContent[] = [
  {
    id: 'beijing',
    title: 'Beijing: two leaders meet',
    opensWith: 'Pakistani Prime Minister Shehbaz Sharif',
    shows: { kind: 'place', id: 'beijing' },
  },
  {
    id: 'floods',
    title: 'Pakistan: condolences over the floods',
    opensWith: 'The Russian president extended condolences',
    shows: { kind: 'country', id: 'PAK' },
  },
  {
    id: 'crude',
    title: 'Karachi: Russian crude',
    opensWith: 'Sharif responded by highlighting recent progress',
    shows: { kind: 'place', id: 'karachi' },
  },
  {
    id: 'corridor',
    title: 'The corridor, Belarus to Pakistan',
    opensWith: 'The Pakistani leader also underlined',
    shows: 'corridor',
    // The corridor on the article's day: built, planned, and the 2021 plan it replaced.
    at: '2025-09',
  },
  {
    id: 'astana',
    title: 'Astana: a year of agreements',
    opensWith: 'Both leaders reflected positively',
    shows: { kind: 'place', id: 'astana' },
  },
  {
    id: 'steel',
    title: 'Karachi: the steel mills',
    opensWith: 'In July, Moscow and Islamabad',
    shows: { kind: 'place', id: 'karachi' },
  },
  {
    id: 'moscow',
    title: 'Moscow: an invitation',
    opensWith: 'Sharif accepted Putin’s invitation',
    shows: { kind: 'place', id: 'moscow' },
  },
  {
    id: 'balance',
    title: 'Russia, India and Pakistan',
    opensWith: 'A balancing act in South Asia',
    shows: 'corridor',
  },
];
