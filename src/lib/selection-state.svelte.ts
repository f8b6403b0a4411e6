import { sameSelection, type Selection } from './selection';

/**
 * How a selection was made; it decides whether the camera moves and whether a popup opens (not for
 * the story, whose panel already shows the passage).
 */
export type SelectionSource = 'map' | 'panel' | 'url' | 'story';

/**
 * The one selection that drives the map, the popup, the article panel and the URL. What it
 * remembers beside the selection is what the popup needs: where to open, and whom to give focus
 * back to when it closes.
 */
export class SelectionState {
  current = $state<Selection | null>(null);
  source = $state<SelectionSource>('url');
  /** Where the reader clicked on the map, if they did: the popup opens there. */
  anchor: [number, number] | null = null;
  /** The element that opened the popup; Escape gives focus back to it. */
  opener: HTMLElement | null = null;

  select(
    selection: Selection,
    how: { source: SelectionSource; anchor?: [number, number]; opener?: HTMLElement | null },
  ): void {
    this.anchor = how.anchor ?? null;
    this.opener = how.opener ?? null;
    this.source = how.source;
    if (!sameSelection(this.current, selection)) this.current = selection;
  }

  /** Clears the selection; gives focus back to the opener when asked (Escape). */
  clear({ restoreFocus = false } = {}): void {
    const opener = this.opener;
    this.current = null;
    this.anchor = null;
    this.opener = null;
    if (restoreFocus && opener?.isConnected) opener.focus();
  }
}
