import type { Chapter } from './story';

/** A request to bring a chapter into view in the article panel; a new object each time it is asked. */
export interface ChapterRequest {
  index: number;
}

/**
 * Story mode: whether the article panel's scrolling drives the map, and which chapter the reader is
 * in. Leaving keeps the chapter, so entering again resumes where the reader left.
 */
export class StoryState {
  readonly chapters: Chapter[];
  active = $state(false);
  /** Whether the reader has begun the story: the control then offers to resume it. */
  started = $state(false);
  index = $state(0);
  /** Set when a control (not the reader's scrolling) picks a chapter: the panel scrolls to it. */
  request = $state.raw<ChapterRequest | null>(null);

  constructor(chapters: Chapter[]) {
    if (chapters.length === 0) throw new Error('StoryState: a story needs at least one chapter');
    this.chapters = chapters;
  }

  get chapter(): Chapter {
    return this.chapters[this.index]!;
  }

  /** Starts or resumes the story at the chapter the reader was last in. */
  enter(): void {
    this.active = true;
    this.started = true;
    this.request = { index: this.index };
  }

  leave(): void {
    this.active = false;
  }

  /** A control asks for a chapter: it becomes current and the panel brings it into view. */
  goTo(index: number): void {
    this.index = Math.min(Math.max(index, 0), this.chapters.length - 1);
    this.request = { index: this.index };
  }

  /** The reader scrolled a chapter into the reading line. */
  reached(index: number): void {
    if (this.active && index >= 0 && index < this.chapters.length) this.index = index;
  }
}
