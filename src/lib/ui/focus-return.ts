import { sameSelection, type Selection } from '../model/selection';
import type { SelectionState } from '../model/selection-state.svelte';

/**
 * The element that opened a selection (a marker, a passage, a country's button, the map's canvas):
 * when the reader closes that selection (Escape, the popup's close button), focus goes back to it.
 */
export class FocusReturn {
  #element: HTMLElement | null = null;
  #selection: Selection | null = null;

  opened(selection: Selection, element: HTMLElement): void {
    this.#selection = selection;
    this.#element = element;
  }

  /** The reader closes the selection: it clears, and focus goes back to what opened it, if still on the page. */
  close(selection: SelectionState): void {
    const closing = selection.current;
    if (!closing) return;
    selection.clear();
    const [element, opened] = [this.#element, this.#selection];
    this.#element = null;
    this.#selection = null;
    if (element?.isConnected && sameSelection(opened, closing)) element.focus();
  }
}
