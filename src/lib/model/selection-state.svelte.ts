import { sameSelection, type Selection } from './selection';

/**
 * Who chose a selection: the reader on the map, or in the panel beside it (a passage, a country in
 * the figures); a link (the URL); or the story, following its chapters.
 */
export type ChosenBy = 'map' | 'panel' | 'link' | 'story';

/**
 * The one selection that drives the map, the popup, the article panel and the URL. Who chose it
 * decides what follows; the readers ask what follows (`popup`, `reveal`, `followed`), never who chose.
 */
export class SelectionState {
  current = $state<Selection | null>(null);
  #by = $state<ChosenBy>('link');
  /** Where the reader clicked on the map, if they did: the popup points there. */
  anchor: [number, number] | null = null;

  /** Whether a popup shows it: not for the story's own selections, whose passages the panel shows. */
  get popup(): boolean {
    return this.#by !== 'story';
  }

  /** Whether the article brings its first passage into view: not when chosen there, or by the story. */
  get reveal(): boolean {
    return this.#by === 'map' || this.#by === 'link';
  }

  /** Whether the camera goes to it: chosen beside the map, where the reader may not see it yet. */
  get followed(): boolean {
    return this.#by === 'panel';
  }

  /** Whether the reader chose it rather than the story: that takes them out of the story. */
  get byReader(): boolean {
    return this.#by !== 'story';
  }

  select(selection: Selection, by: ChosenBy, anchor?: [number, number]): void {
    this.anchor = anchor ?? null;
    this.#by = by;
    if (!sameSelection(this.current, selection)) this.current = selection;
  }

  clear(): void {
    this.current = null;
    this.anchor = null;
  }
}
